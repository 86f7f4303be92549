import { LIMITS } from '@kring/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** Constraint context read by the validation pipe, as in engine/graphql/input-fields. */
const rule = (name: string, value?: number) => ({ context: { rule: name, value } });

/** A calendar date written YYYY-MM-DD that exists (no 30 February); the service checks its range. */
export function CalendarDateField(options: { optional?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    if (options.optional) IsOptional()(target, key);
    Matches(/^\d{4}-\d{2}-\d{2}$/, rule('date'))(target, key);
    IsISO8601({ strict: true }, rule('date'))(target, key);
  };
}

/** The author's "Ik heb dit gecontroleerd": saves despite the guard's findings. */
export function AcknowledgeField(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsBoolean(rule('invalid'))(target, key);
  };
}

/** Names and nicknames for the register: trimmed, without blanks or repeats, 1 to `max` of them. */
export function WatchNamesField(max: number): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value) ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : v)).filter((v) => v !== ''))] : value,
    )(target, key);
    IsArray(rule('invalid'))(target, key);
    ArrayMinSize(1, rule('required'))(target, key);
    ArrayMaxSize(max, rule('invalid'))(target, key);
    IsString({ each: true, ...rule('invalid') })(target, key);
    // The guard matches whole words, so a single letter would only cause false alarms.
    MinLength(2, { each: true, ...rule('minLength', 2) })(target, key);
    MaxLength(LIMITS.name, { each: true, ...rule('maxLength', LIMITS.name) })(target, key);
  };
}

/** Any text up to `max` characters, kept exactly as sent (no trimming). */
export function UntrimmedTextField(max: number): PropertyDecorator {
  return (target, key) => {
    IsString(rule('invalid'))(target, key);
    MaxLength(max, rule('maxLength', max))(target, key);
  };
}
