import { featureTexts } from '../i18n/feature-texts';
import { privacyNl } from './texts.nl';

/** `useTranslation` for the privacy screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ privacy: privacyNl });
