import { featureTexts } from '../i18n/feature-texts';
import { mirrorNl } from './texts.nl';

/** `useTranslation` for the mirror conversations screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ mirror: mirrorNl });
