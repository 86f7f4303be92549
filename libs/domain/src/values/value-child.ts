import { concernOfValue } from './core-values';
import { ValueChild } from './types';

/** A child item as written in the data files; who it concerns follows from its value. */
export type ValueChildData = Omit<ValueChild, 'concerns'>;

export function withConcerns(items: readonly ValueChildData[]): readonly ValueChild[] {
  return items.map((item) => ({ ...item, concerns: concernOfValue(item.valueId) }));
}
