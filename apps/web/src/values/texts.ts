import { featureTexts } from '../i18n/feature-texts';
import { valuesNl } from './texts.nl';

/** `useTranslation` for the values screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ values: valuesNl });
