import { featureTexts } from '../i18n/feature-texts';
import { networkNl } from '../learning-networks/texts.nl';
import { visitsNl } from './texts.nl';

/** `useTranslation` for the peer visits screens and sections (and the network texts its sections on the network page show): their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({ visits: visitsNl, network: networkNl });
