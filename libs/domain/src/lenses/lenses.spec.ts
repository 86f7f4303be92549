import { isCompleteText } from '../values/localized-text';
import { MENSPERSPECTIEF, isTaggableId, taggableIds } from '../values/framework';
import { BVKZ_PRINCIPLE_PROMPTS } from './bvkz-principles';
import { LENSES, findLens, findLensItem, lensItemIds } from './catalogue';
import { LENS_USE_LABELS } from './types';

describe('lenses', () => {
  it('ships mensperspectief plus the five further lenses', () => {
    expect(LENSES.map((l) => l.id)).toEqual([
      'mensperspectief',
      'presence',
      'quality_of_care_2',
      'bvkz_principles',
      'rvs_principles',
      'hermeneutic_attitude',
    ]);
  });

  it('has the item counts of the sources', () => {
    const count = (id: string) => findLens(id)?.items.length;
    expect(count('mensperspectief')).toBe(6);
    expect(count('quality_of_care_2')).toBe(4);
    expect(count('bvkz_principles')).toBe(7);
    expect(count('rvs_principles')).toBe(5);
    expect(count('hermeneutic_attitude')).toBe(5);
    expect(count('presence')).toBeGreaterThanOrEqual(5);
  });

  it('gives every lens and item a version, Dutch and English text and prompts', () => {
    for (const lens of LENSES) {
      expect(lens.version).toMatch(/^\d{4}\.\d+$/);
      expect(isCompleteText(lens.name)).toBe(true);
      expect(isCompleteText(lens.description)).toBe(true);
      expect(isCompleteText(lens.source)).toBe(true);
      expect(isCompleteText(LENS_USE_LABELS[lens.use])).toBe(true);
      for (const item of lens.items) {
        expect(isCompleteText(item.name)).toBe(true);
        expect(isCompleteText(item.description)).toBe(true);
        expect(item.prompts.length).toBeGreaterThan(0);
        for (const p of item.prompts) expect(isCompleteText(p)).toBe(true);
      }
    }
  });

  it('keeps item ids unique across lenses, and only the mensperspectief lens reuses framework ids', () => {
    const ids = lensItemIds();
    expect(new Set(ids).size).toBe(ids.length);
    for (const lens of LENSES.filter((l) => l.id !== 'mensperspectief')) {
      for (const item of lens.items) expect(isTaggableId(item.id)).toBe(false);
    }
  });

  it('mirrors the values framework and its version', () => {
    const lens = findLens('mensperspectief');
    expect(lens?.version).toBe(MENSPERSPECTIEF.version);
    expect(lens?.items.map((i) => i.id)).toEqual(MENSPERSPECTIEF.values.map((v) => v.id));
    expect(lens?.items.every((i) => taggableIds().includes(i.id))).toBe(true);
  });

  it('asks the two BVKZ questions of every principle', () => {
    expect(BVKZ_PRINCIPLE_PROMPTS.map((p) => p.nl)).toEqual(['Waar zie je dit terug?', 'Wat staat het in de weg?']);
    for (const item of findLens('bvkz_principles')?.items ?? []) expect(item.prompts).toEqual(BVKZ_PRINCIPLE_PROMPTS);
  });

  it('names the RVS principles WIE, WAAROVER, WAAR, WANNEER, HOE and marks the meta and self lenses', () => {
    expect(findLens('rvs_principles')?.items.map((i) => i.name.nl)).toEqual(['WIE', 'WAAROVER', 'WAAR', 'WANNEER', 'HOE']);
    expect(findLens('rvs_principles')?.use).toBe('reflection_quality');
    expect(findLens('hermeneutic_attitude')?.use).toBe('self_reflection');
  });

  it('finds items by id alone', () => {
    expect(findLensItem('person_oriented')?.lens.id).toBe('quality_of_care_2');
    expect(findLensItem('feeling_at_home')?.lens.id).toBe('mensperspectief');
    expect(findLensItem('nope')).toBeUndefined();
    expect(findLens('nope')).toBeUndefined();
  });
});
