import { LANGUAGES } from '@kring/domain';
import { calendarNl } from '../calendar/texts.nl';
import { casesNl } from '../cases/texts.nl';
import { networkNl } from '../learning-networks/texts.nl';
import { libraryNl } from '../library/texts.nl';
import { mirrorNl } from '../mirror-conversations/texts.nl';
import { notificationsNl } from '../notifications/texts.nl';
import { patternsNl } from '../patterns/texts.nl';
import { visitsNl } from '../peer-visits/texts.nl';
import { practicesNl } from '../practices/texts.nl';
import { privacyNl } from '../privacy/texts.nl';
import { qualityReportNl } from '../quality-report/texts.nl';
import { sessionsNl } from '../reflection-sessions/texts.nl';
import { relativeNl } from '../relatives/texts.nl';
import { storiesNl } from '../stories/texts.nl';
import { setupNl } from '../setup/texts.nl';
import { loginNl } from '../accounts/texts.nl';
import { forgotNl } from '../accounts/texts.nl';
import { resetNl } from '../accounts/texts.nl';
import { invitationNl } from '../accounts/texts.nl';
import { profileNl } from '../accounts/texts.nl';
import { homeNl } from '../home/texts.nl';
import { organisationNl } from '../organisations/texts.nl';
import { outboxNl } from '../outbox/texts.nl';
import { methodsNl } from '../methods/texts.nl';
import { valuesNl } from '../values/texts.nl';
import { enCore, enFeatures } from './en';
import type { FeatureTexts } from './features';
import { catalogues } from './index';
import { nl } from './nl';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

/** Core and feature texts side by side, as i18next holds them once every feature has been opened; a key in both is a copy. */
function merged(core: object, features: object): { texts: Record<string, string>; copies: string[] } {
  const coreTexts = flatten(core as Tree);
  const featureTexts = flatten(features as Tree);
  return { texts: { ...coreTexts, ...featureTexts }, copies: Object.keys(featureTexts).filter((key) => key in coreTexts) };
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

// Typed as FeatureTexts, so a feature missing here (or in en.ts) does not compile.
const dutchFeatures: FeatureTexts = {
  cases: casesNl,
  sessions: sessionsNl,
  mirror: mirrorNl,
  relative: relativeNl,
  notifications: notificationsNl,
  calendar: calendarNl,
  privacy: privacyNl,
  qualityReport: qualityReportNl,
  visits: visitsNl,
  network: networkNl,
  practices: practicesNl,
  stories: storiesNl,
  library: libraryNl,
  patterns: patternsNl,
  setup: setupNl,
  login: loginNl,
  forgot: forgotNl,
  reset: resetNl,
  invitation: invitationNl,
  profile: profileNl,
  home: homeNl,
  organisation: organisationNl,
  outbox: outboxNl,
  methods: methodsNl,
  values: valuesNl,
};

describe('translations', () => {
  const dutch = merged(nl, dutchFeatures);
  const english = merged(enCore, enFeatures);

  it('exist for every supported language; Dutch brings only its core, the features bring their own', async () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LANGUAGES].sort());
    expect(await catalogues.nl()).toEqual({ core: nl, features: {} });
    expect(await catalogues.en()).toEqual({ core: enCore, features: enFeatures });
  });

  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(english.texts).sort()).toEqual(Object.keys(dutch.texts).sort());
  });

  it('are written once: no feature text repeats a core key', () => {
    expect(dutch.copies).toEqual([]);
    expect(english.copies).toEqual([]);
  });

  it('are never empty', () => {
    for (const [key, text] of [...Object.entries(dutch.texts), ...Object.entries(english.texts)]) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(dutch.texts)) {
      expect({ key, placeholders: placeholders(english.texts[key]) }).toEqual({ key, placeholders: placeholders(dutch.texts[key]) });
    }
  });
});
