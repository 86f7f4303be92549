import { LIMITS } from '@kring/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength, MinLength } from 'class-validator';
import { rule } from '../../../engine/graphql/input-fields';

/** Names and nicknames for the register: trimmed, without blanks or repeats, 1 to `max` of them. */
export function WatchNamesField(max: number): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value)
        ? [...new Set(value.map((v: unknown) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : v)).filter((v) => v !== ''))]
        : value,
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
