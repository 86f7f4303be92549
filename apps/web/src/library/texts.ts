import { featureTexts } from '../i18n/feature-texts';
import { libraryNl } from './texts.nl';

/** `useTranslation` for the library screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ library: libraryNl });
