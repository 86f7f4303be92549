import { Language } from '../i18n/language';

/**
 * A text in every interface language (Dutch first). All framework, lens and
 * method data uses it, so a missing translation is a type error, not a blank.
 */
export type LocalizedText = Readonly<Record<Language, string>>;

/** True when every language has non-blank text; used by validators and tests. */
export function isCompleteText(text: LocalizedText | undefined | null): boolean {
  return !!text && typeof text.nl === 'string' && typeof text.en === 'string' && text.nl.trim() !== '' && text.en.trim() !== '';
}
