import { ACKNOWLEDGED_FINDINGS_LIMITS, LIMITS, taggableIds } from '@kring/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidationArguments,
} from 'class-validator';
import { UnguardedText } from '../privacy/text-guard.decorators';

/**
 * Validation decorators for GraphQL inputs. Each constraint carries a `rule`
 * from the shared validation catalogue, so the message can be written in the
 * user's language later (class-validator's own messages are English only).
 */
export const rule = (name: string, value?: number) => ({ context: { rule: name, value } });

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A text needed only while another field of the input is empty (a session's question, unless a case is chosen). */
interface RequiredUnless {
  readonly field: string;
  /** The validation rule (VALIDATION_MESSAGES) when neither is given. */
  readonly rule: string;
}

export function TextField(
  options: { max?: number; min?: number; optional?: boolean; requiredUnless?: RequiredUnless } = {},
): PropertyDecorator {
  const max = options.max ?? LIMITS.name;
  const unless = options.requiredUnless;
  return (target, key) => {
    trim(target, key);
    if (options.optional) IsOptional()(target, key);
    else if (unless) {
      // With the other field given, an empty or missing text is fine; anything typed is still checked.
      ValidateIf(
        (input: Record<string, unknown>, value: unknown) => !input[unless.field] || (value !== undefined && value !== null && value !== ''),
      )(target, key);
      IsNotEmpty(rule(unless.rule))(target, key);
    } else IsNotEmpty(rule('required'))(target, key);
    IsString(rule('invalid'))(target, key);
    MaxLength(max, rule('maxLength', max))(target, key);
    if (options.min) MinLength(options.min, rule('minLength', options.min))(target, key);
  };
}

export function EmailField(): PropertyDecorator {
  return (target, key) => {
    UnguardedText('an e-mail address to log in with or to write to, not a text about anyone')(target, key);
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))(target, key);
    IsNotEmpty(rule('required'))(target, key);
    MaxLength(LIMITS.email, rule('maxLength', LIMITS.email))(target, key);
    IsEmail({}, rule('email'))(target, key);
  };
}

/** Passwords are not trimmed: spaces may be part of them. */
export function PasswordField(): PropertyDecorator {
  return (target, key) => {
    UnguardedText('a password: only its hash is kept')(target, key);
    IsString(rule('invalid'))(target, key);
    MinLength(LIMITS.passwordMin, rule('minLength', LIMITS.passwordMin))(target, key);
    MaxLength(LIMITS.passwordMax, rule('maxLength', LIMITS.passwordMax))(target, key);
  };
}

/** An id that must be a UUID, so a malformed one never reaches PostgreSQL. */
export function IdField(options: { optional?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    if (options.optional) IsOptional()(target, key);
    IsUUID('all', rule('invalid'))(target, key);
  };
}

/** One of `values`; with `each`, a list of them no longer than the list of choices (which keeps every request's size bounded). */
export function OneOfField(values: readonly string[], options: { each?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    UnguardedText('one of a fixed list of ids, no free text')(target, key);
    IsIn(values as string[], { each: options.each, ...rule('oneOf') })(target, key);
    if (options.each) ArrayMaxSize(values.length, rule('tooMany', values.length))(target, key);
  };
}

/** Any text up to `max` characters, kept exactly as sent (no trimming). */
export function UntrimmedTextField(max: number): PropertyDecorator {
  return (target, key) => {
    IsString(rule('invalid'))(target, key);
    MaxLength(max, rule('maxLength', max))(target, key);
  };
}

/** A calendar date written YYYY-MM-DD that exists (no 30 February); the service checks its range. */
export function CalendarDateField(options: { optional?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    UnguardedText('a calendar date (YYYY-MM-DD), no free text')(target, key);
    if (options.optional) IsOptional()(target, key);
    Matches(/^\d{4}-\d{2}-\d{2}$/, rule('date'))(target, key);
    IsISO8601({ strict: true }, rule('date'))(target, key);
  };
}

/** A moment (GraphQL DateTime). */
export function DateTimeField(): PropertyDecorator {
  return IsDate(rule('date'));
}

/** A whole number within bounds; the message names the bound that was crossed. */
export function IntField(options: { min: number; max: number; optional?: boolean }): PropertyDecorator {
  return (target, key) => {
    if (options.optional) IsOptional()(target, key);
    IsInt(rule('invalid'))(target, key);
    Min(options.min, rule('min', options.min))(target, key);
    Max(options.max, rule('max', options.max))(target, key);
  };
}

/** An optional yes/no. */
export function FlagField(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsBoolean(rule('invalid'))(target, key);
  };
}

/** The author's "Ik heb dit gecontroleerd": saves despite the guard's findings. */
export function AcknowledgeField(): PropertyDecorator {
  return FlagField();
}

/**
 * acknowledgedFindings beside acknowledgeWarnings: the ids (findingId) of findings only the server could make that
 * the author confirmed after a refusal showed them. Compared with what the guard finds in the same save, never stored.
 */
export function FindingIdsField(): PropertyDecorator {
  const { maxItems, maxLength } = ACKNOWLEDGED_FINDINGS_LIMITS;
  return (target, key) => {
    UnguardedText('ids of findings the author confirmed, compared with the findings in this save and never stored')(target, key);
    IsOptional()(target, key);
    IsArray(rule('invalid'))(target, key);
    ArrayMaxSize(maxItems, rule('tooMany', maxItems))(target, key);
    IsString({ each: true, ...rule('invalid') })(target, key);
    MaxLength(maxLength, { each: true, ...rule('maxLength', maxLength) })(target, key);
  };
}

/**
 * "Toch bewaren" (KEEP_FLAGGED_FIELD): the author keeps a text the escalation
 * guardrail flagged, knowingly. It sits next to acknowledgeWarnings on every
 * input with guarded text; the generated content-guard test checks that.
 */
export function KeepFlaggedField(): PropertyDecorator {
  return FlagField();
}

/** ESCALATION_PROMPT_FIELD beside keepFlaggedText: the prompt the keep answers (a UUID), optional. */
export function PromptIdField(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsUUID('all', rule('invalid'))(target, key);
  };
}

/** A list of UUIDs of at most `max` ids; the service checks that they belong to the organisation. */
export function IdListField(max: number): PropertyDecorator {
  return (target, key) => {
    IsArray(rule('invalid'))(target, key);
    ArrayMaxSize(max, rule('tooMany', max))(target, key);
    IsUUID('all', { each: true, ...rule('invalid') })(target, key);
  };
}

/** Items of the values framework (values, sub-values, factors, vulnerabilities), at most `max`. */
export function ValueIdsField(max: number): PropertyDecorator {
  return (target, key) => {
    IsArray(rule('invalid'))(target, key);
    ArrayMaxSize(max, rule('tooMany', max))(target, key);
    OneOfField(taggableIds(), { each: true })(target, key);
  };
}

export type { ValidationArguments };
