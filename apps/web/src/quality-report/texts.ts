import { featureTexts } from '../i18n/feature-texts';
import { qualityReportNl } from './texts.nl';

/** `useTranslation` for the quality report screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ qualityReport: qualityReportNl });
