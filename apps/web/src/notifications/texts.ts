import { featureTexts } from '../i18n/feature-texts';
import { notificationsNl } from './texts.nl';

/** `useTranslation` for the notifications screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ notifications: notificationsNl });
