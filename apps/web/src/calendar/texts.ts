import { featureTexts } from '../i18n/feature-texts';
import { calendarNl } from './texts.nl';

/** `useTranslation` for the calendar screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ calendar: calendarNl });
