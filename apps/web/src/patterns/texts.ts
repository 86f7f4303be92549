import { featureTexts } from '../i18n/feature-texts';
import { patternsNl } from './texts.nl';

/** `useTranslation` for the patterns screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ patterns: patternsNl });
