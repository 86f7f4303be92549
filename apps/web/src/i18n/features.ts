import type { calendarNl } from '../calendar/texts.nl';
import type { casesNl } from '../cases/texts.nl';
import type { networkNl } from '../learning-networks/texts.nl';
import type { libraryNl } from '../library/texts.nl';
import type { mirrorNl } from '../mirror-conversations/texts.nl';
import type { notificationsNl } from '../notifications/texts.nl';
import type { patternsNl } from '../patterns/texts.nl';
import type { visitsNl } from '../peer-visits/texts.nl';
import type { practicesNl } from '../practices/texts.nl';
import type { privacyNl } from '../privacy/texts.nl';
import type { qualityReportNl } from '../quality-report/texts.nl';
import type { sessionsNl } from '../reflection-sessions/texts.nl';
import type { relativeNl } from '../relatives/texts.nl';
import type { storiesNl } from '../stories/texts.nl';
import type { setupNl } from '../setup/texts.nl';
import type { loginNl } from '../accounts/texts.nl';
import type { forgotNl } from '../accounts/texts.nl';
import type { resetNl } from '../accounts/texts.nl';
import type { invitationNl } from '../accounts/texts.nl';
import type { profileNl } from '../accounts/texts.nl';
import type { homeNl } from '../home/texts.nl';
import type { organisationNl } from '../organisations/texts.nl';
import type { outboxNl } from '../outbox/texts.nl';
import type { methodsNl } from '../methods/texts.nl';
import type { valuesNl } from '../values/texts.nl';
import type { nl } from './nl';

/**
 * The texts each feature brings with its screens, by the key they live under.
 * Only types here: the Dutch values are added by the feature's own `useTexts`
 * (its `texts.ts`, see feature-texts.ts), so they travel in the feature's chunk
 * and a relative's page does not download the staff application's words.
 * English readers get all of them at once (en.ts `enFeatures`).
 */
export interface FeatureTexts {
  cases: typeof casesNl;
  sessions: typeof sessionsNl;
  mirror: typeof mirrorNl;
  relative: typeof relativeNl;
  notifications: typeof notificationsNl;
  calendar: typeof calendarNl;
  privacy: typeof privacyNl;
  qualityReport: typeof qualityReportNl;
  visits: typeof visitsNl;
  network: typeof networkNl;
  practices: typeof practicesNl;
  stories: typeof storiesNl;
  library: typeof libraryNl;
  patterns: typeof patternsNl;
  setup: typeof setupNl;
  login: typeof loginNl;
  forgot: typeof forgotNl;
  reset: typeof resetNl;
  invitation: typeof invitationNl;
  profile: typeof profileNl;
  home: typeof homeNl;
  organisation: typeof organisationNl;
  outbox: typeof outboxNl;
  methods: typeof methodsNl;
  values: typeof valuesNl;
}

/** All texts of one language: the core (nl.ts, in the first download; it has the menu's words of the features) and the features'. */
export type Catalogue = typeof nl & FeatureTexts;
