import { featureTexts } from '../i18n/feature-texts';
import { networkNl } from './texts.nl';

/** `useTranslation` for the learning network screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ network: networkNl });
