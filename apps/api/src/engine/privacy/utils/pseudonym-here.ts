import type { TextGuardDeclaration } from '../text-guard.decorators';

/**
 * Whether a guarded text has a pseudonym in this input: as declared, or,
 * for `{ whenSet }`, when that field beside it holds a value. A session
 * planned without a case has no pseudonym to point to, so its question's
 * advice is "Beschrijf de situatie zonder namen".
 */
export function pseudonymHere(declaration: TextGuardDeclaration | undefined, siblings: Readonly<Record<string, unknown>>): boolean {
  const pseudonym = declaration?.pseudonym;
  if (typeof pseudonym !== 'object') return pseudonym === true;
  const value = siblings[pseudonym.whenSet];
  return value !== undefined && value !== null && value !== '';
}
