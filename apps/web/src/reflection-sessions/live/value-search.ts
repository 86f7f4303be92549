import { childrenOfValue, MENSPERSPECTIEF, type CoreValue, type FrameworkItem, type LocalizedText } from '@kring/domain';

/** Lower case without accents, so "continuiteit" finds "continuïteit". */
function plain(text: string): string {
  return text
    .toLocaleLowerCase('nl')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}

export interface ValueGroup {
  value: CoreValue;
  /** The core value itself first, then its sub-values, factors and vulnerabilities, as far as they match. */
  items: readonly FrameworkItem[];
}

/**
 * The taggable items of the mensperspectief under their six core values,
 * narrowed by what someone typed: an item matches on its name; a core value
 * that matches brings all of its items along.
 */
export function valueGroups(query: string, name: (text: LocalizedText) => string): ValueGroup[] {
  const words = plain(query).split(/\s+/).filter(Boolean);
  const matches = (item: FrameworkItem) => words.every((word) => plain(name(item.name)).includes(word));
  return MENSPERSPECTIEF.values.flatMap((value) => {
    const all: FrameworkItem[] = [value, ...childrenOfValue(value.id)];
    const items = words.length === 0 || matches(value) ? all : all.filter(matches);
    return items.length > 0 ? [{ value, items }] : [];
  });
}
