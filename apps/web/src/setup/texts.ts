import { featureTexts } from '../i18n/feature-texts';
import { setupNl } from './texts.nl';

/** `useTranslation` for the setup screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ setup: setupNl });
