import { featureTexts } from '../i18n/feature-texts';
import { practicesNl } from './texts.nl';

/** `useTranslation` for the practices screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ practices: practicesNl });
