import { featureTexts } from '../i18n/feature-texts';
import { outboxNl } from './texts.nl';

/** `useTranslation` for the outbox screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ outbox: outboxNl });
