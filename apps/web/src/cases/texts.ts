import { featureTexts } from '../i18n/feature-texts';
import { casesNl } from './texts.nl';

/** `useTranslation` for the cases screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ cases: casesNl });
