import { featureTexts } from '../i18n/feature-texts';
import { forgotNl, invitationNl, loginNl, profileNl, resetNl } from './texts.nl';

/** `useTranslation` for the account screens and sections: their Dutch texts come with them, not in the first download. */
export const useTexts = /* @__PURE__ */ featureTexts({
  login: loginNl,
  forgot: forgotNl,
  reset: resetNl,
  invitation: invitationNl,
  profile: profileNl,
});
