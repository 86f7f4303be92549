import { featureTexts } from '../i18n/feature-texts';
import { sessionsNl } from './texts.nl';

/** `useTranslation` for the reflection sessions screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ sessions: sessionsNl });
