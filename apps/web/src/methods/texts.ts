import { featureTexts } from '../i18n/feature-texts';
import { methodsNl } from './texts.nl';

/** `useTranslation` for the methods screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ methods: methodsNl });
