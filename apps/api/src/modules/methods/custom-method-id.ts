/** Custom method ids start with this, so they can never collide with a shipped id (those use underscores, no prefix). */
const CUSTOM_METHOD_PREFIX = 'org-';

const MAX_SLUG_LENGTH = 60;

/**
 * A readable id for the organisation's own method, made from its name so links
 * say what they point at: "Onze incidentmethode" → "org-onze-incidentmethode".
 */
export function customMethodIdBase(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  return `${CUSTOM_METHOD_PREFIX}${slug || 'werkvorm'}`;
}

/** The base id, or the base with the lowest free number ("-2", "-3", …) when the organisation already uses it. */
export function freeCustomMethodId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
