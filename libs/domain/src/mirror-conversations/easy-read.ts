/**
 * A theme is written for relatives ("Voelt uw naaste zich hier thuis?"). On a
 * resident's own easy-read page it is said to the resident: "Voelt u zich hier
 * thuis?". Only the plain, common forms are turned round; anything else is
 * left as the moderator wrote it rather than guessed at.
 */
const FOR_RESIDENT: readonly [RegExp, string][] = [
  [/\buw naaste voelt zich\b/giu, 'u voelt zich'],
  [/\bvoelt uw naaste zich\b/giu, 'voelt u zich'],
  [/\bheeft uw naaste\b/giu, 'heeft u'],
  [/\buw naaste heeft\b/giu, 'u heeft'],
  [/\bis uw naaste\b/giu, 'bent u'],
  [/\buw naaste is\b/giu, 'u bent'],
  [/\bkan uw naaste\b/giu, 'kunt u'],
  [/\buw naaste kan\b/giu, 'u kunt'],
  [/\bwordt uw naaste\b/giu, 'wordt u'],
  [/\buw naaste wordt\b/giu, 'u wordt'],
  [/\bvan uw naaste\b/giu, 'van u'],
  [/\bvoor uw naaste\b/giu, 'voor u'],
  [/\bmet uw naaste\b/giu, 'met u'],
  [/\buw naaste\b/giu, 'u'],
];

export function themeForResident(theme: string): string {
  const turned = FOR_RESIDENT.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), theme);
  // Keep the capital at the start when the sentence started with the turned phrase.
  return theme.charAt(0) === theme.charAt(0).toLocaleUpperCase('nl-NL')
    ? turned.charAt(0).toLocaleUpperCase('nl-NL') + turned.slice(1)
    : turned;
}
