import i18n from 'i18next';
import { useCallback } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '@kring/domain';
import { en } from './en';
import { nl } from './nl';

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;

/** Each language is named in itself, so people find their own in the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };
export const LANGUAGE_OPTIONS = LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));

const STORAGE_KEY = 'kring.language';

// Storage can be switched off or full (private browsing); the language then
// simply is not remembered.
function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function storeLanguage(language: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // see storedLanguage
  }
}

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...Object.keys(resources)],
  // React escapes output itself.
  interpolation: { escapeValue: false },
  // Resources are bundled, so the first render can already be translated.
  initAsync: false,
});
i18n.on('languageChanged', storeLanguage);

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** The UI language and a setter that also remembers it on this device. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n: instance } = useTranslation();
  const language = isLanguage(instance.language) ? instance.language : DEFAULT_LANGUAGE;
  const setLanguage = useCallback((next: Language) => void instance.changeLanguage(next), [instance]);
  return [language, setLanguage];
}

export default i18n;
