import type { Language } from './language';

/**
 * An unexpected failure's message, also on its own: every page's request layer needs it, and only it, so a
 * relative's first download does not carry the whole catalogue (messages.ts; a module is bundled whole, issue #10).
 */
export const INTERNAL_ERROR = {
  nl: 'Er ging iets mis aan onze kant. Er is niets verloren; probeer het opnieuw.',
  en: 'Something went wrong on our side. Nothing was lost; please try again.',
} as const satisfies Record<Language, string>;
