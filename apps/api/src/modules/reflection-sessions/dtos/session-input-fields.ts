import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

/** Constraint context read by the validation pipe, as in engine/graphql/input-fields. */
const rule = (name: string, value?: number) => ({ context: { rule: name, value } });

/** A whole number within bounds; the message names the bound that was crossed. */
export function IntField(options: { min: number; max: number; optional?: boolean }): PropertyDecorator {
  return (target, key) => {
    if (options.optional) IsOptional()(target, key);
    IsInt(rule('invalid'))(target, key);
    Min(options.min, rule('min', options.min))(target, key);
    Max(options.max, rule('max', options.max))(target, key);
  };
}

/** A moment (GraphQL DateTime). */
export function DateTimeField(): PropertyDecorator {
  return IsDate(rule('date'));
}

export function FlagField(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsBoolean(rule('invalid'))(target, key);
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
