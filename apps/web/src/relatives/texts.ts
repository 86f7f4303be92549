import { featureTexts } from '../i18n/feature-texts';
import { relativeNl } from './texts.nl';

/** `useTranslation` for the relative's screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ relative: relativeNl });
