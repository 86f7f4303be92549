import { LANGUAGES } from '@kring/domain';
import { en } from './en';
import { catalogues } from './index';
import { nl } from './nl';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const dutch = flatten(nl);
  const english = flatten(en);

  it('exist for every supported language', async () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LANGUAGES].sort());
    expect(await catalogues.nl()).toBe(nl);
    expect(await catalogues.en()).toBe(en);
  });

  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(dutch).sort());
  });

  it('are never empty', () => {
    for (const [key, text] of [...Object.entries(dutch), ...Object.entries(english)]) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(dutch)) {
      expect({ key, placeholders: placeholders(english[key]) }).toEqual({ key, placeholders: placeholders(dutch[key]) });
    }
  });
});
