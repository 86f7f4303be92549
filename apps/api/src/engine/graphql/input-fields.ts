import { LIMITS } from '@kring/domain';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidationArguments } from 'class-validator';

/**
 * Validation decorators for GraphQL inputs. Each constraint carries a `rule`
 * from the shared validation catalogue, so the message can be written in the
 * user's language later (class-validator's own messages are English only).
 */
const rule = (name: string, value?: number) => ({ context: { rule: name, value } });

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export function TextField(options: { max?: number; min?: number; optional?: boolean } = {}): PropertyDecorator {
  const max = options.max ?? LIMITS.name;
  return (target, key) => {
    trim(target, key);
    if (options.optional) IsOptional()(target, key);
    else IsNotEmpty(rule('required'))(target, key);
    IsString(rule('invalid'))(target, key);
    MaxLength(max, rule('maxLength', max))(target, key);
    if (options.min) MinLength(options.min, rule('minLength', options.min))(target, key);
  };
}

export function EmailField(): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))(target, key);
    IsNotEmpty(rule('required'))(target, key);
    MaxLength(LIMITS.email, rule('maxLength', LIMITS.email))(target, key);
    IsEmail({}, rule('email'))(target, key);
  };
}

/** Passwords are not trimmed: spaces may be part of them. */
export function PasswordField(): PropertyDecorator {
  return (target, key) => {
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

export function OneOfField(values: readonly string[], options: { each?: boolean } = {}): PropertyDecorator {
  return IsIn(values as string[], { each: options.each, ...rule('oneOf') });
}

export type { ValidationArguments };
