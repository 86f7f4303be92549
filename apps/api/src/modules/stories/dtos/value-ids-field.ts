import { taggableIds } from '@kring/domain';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { OneOfField } from '../../../engine/graphql/input-fields';

const rule = (name: string, value?: number) => ({ context: { rule: name, value } });

/** Items of the values framework (values, sub-values, factors, vulnerabilities), at most `max`. */
export function ValueIdsField(max: number): PropertyDecorator {
  return (target, key) => {
    IsArray(rule('invalid'))(target, key);
    ArrayMaxSize(max, rule('tooMany', max))(target, key);
    OneOfField(taggableIds(), { each: true })(target, key);
  };
}
