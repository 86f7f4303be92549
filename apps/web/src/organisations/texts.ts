import { featureTexts } from '../i18n/feature-texts';
import { organisationNl } from './texts.nl';

/** `useTranslation` for the organisation screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ organisation: organisationNl });
