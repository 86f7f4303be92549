import { DEFAULT_LANGUAGE } from '@kring/domain';
import { useTranslation } from 'react-i18next';
import i18n from './index';
import type { FeatureTexts } from './features';

/**
 * A feature's `useTranslation`: its components call the returned hook, which
 * adds the feature's Dutch texts the first time one of them renders. The texts
 * are thereby a dependency of the components that show them, so the bundler
 * puts them in the same chunk (the feature's screens, or the page that shows a
 * section of it) and nowhere else. English readers already have every text
 * (en.ts), so only Dutch is added here.
 */
export function featureTexts(texts: Partial<FeatureTexts>): typeof useTranslation<'translation'> {
  let added = false;
  return function useTexts() {
    if (!added) {
      // Deep and without overwriting: the core already has the menu's words under the same keys.
      i18n.addResourceBundle(DEFAULT_LANGUAGE, 'translation', texts, true, false);
      added = true;
    }
    return useTranslation();
  };
}
