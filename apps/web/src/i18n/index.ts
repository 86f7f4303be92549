import i18n from 'i18next';
import { useCallback } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '@kring/domain';
import type { FeatureTexts } from './features';
import { nl } from './nl';

/** What a language brings when it is chosen: its core texts and the features' texts it has at once. */
export interface LanguageTexts {
  core: typeof nl;
  features: Partial<FeatureTexts>;
}

/**
 * Each language's texts. Dutch, the first language, comes with the app, but
 * only its core: each feature's Dutch texts come with its screens
 * (feature-texts.ts). The others are fetched whole when chosen, so nobody
 * downloads a language they do not read.
 */
export const catalogues: Record<Language, () => Promise<LanguageTexts>> = {
  nl: async () => ({ core: nl, features: {} }),
  en: async () => {
    const { enCore, enFeatures } = await import('./en');
    return { core: enCore, features: enFeatures };
  },
};

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
  resources: { [DEFAULT_LANGUAGE]: { translation: nl } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  // React escapes output itself.
  interpolation: { escapeValue: false },
  // Dutch is bundled, so the first render can already be translated.
  initAsync: false,
  partialBundledLanguages: true,
});
i18n.on('languageChanged', storeLanguage);

/** Switches the UI language once its texts are there; when they cannot be fetched (offline), the UI stays as it is. */
export async function changeLanguage(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    try {
      const { core, features } = await catalogues[language]();
      i18n.addResourceBundle(language, 'translation', core, true, true);
      i18n.addResourceBundle(language, 'translation', features, true, true);
    } catch {
      return;
    }
  }
  await i18n.changeLanguage(language);
}

/** The remembered language, ready before the first render (main.tsx waits for it). */
export const languageReady: Promise<void> = changeLanguage(storedLanguage());

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** The UI language and a setter that also remembers it on this device. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n: instance } = useTranslation();
  const language = isLanguage(instance.language) ? instance.language : DEFAULT_LANGUAGE;
  const setLanguage = useCallback((next: Language) => void changeLanguage(next), []);
  return [language, setLanguage];
}

export default i18n;
