import type { LocalizedText } from '@kring/domain';
import { useCallback } from 'react';
import { useLanguage } from './index';

/** Picks the UI language from data that carries every language (values, lenses, methods). */
export function useLocalized(): (text: LocalizedText) => string {
  const [language] = useLanguage();
  return useCallback((text: LocalizedText) => text[language], [language]);
}
