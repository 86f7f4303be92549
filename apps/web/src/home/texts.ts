import { featureTexts } from '../i18n/feature-texts';
import { homeNl } from './texts.nl';

/** `useTranslation` for the home page screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ home: homeNl });
