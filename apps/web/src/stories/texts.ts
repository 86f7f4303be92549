import { featureTexts } from '../i18n/feature-texts';
import { storiesNl } from './texts.nl';

/** `useTranslation` for the stories screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ stories: storiesNl });
