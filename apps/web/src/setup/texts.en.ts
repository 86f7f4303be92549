import type { setupNl } from './texts.nl';

export const setupEn: typeof setupNl = {
  title: 'Set up Kring',
  intro: 'Welcome to Kring. Set up your own organisation, or first look around in a made-up learning network.',
  formTitle: 'Set up your organisation',
  formIntro: 'You become its administrator. Then you add locations and teams and invite your colleagues.',
  organisationName: 'Organisation name',
  organisationKind: 'Kind of organisation',
  networkName: 'Learning network name',
  networkHint: 'For example your branch association or cooperative. You can leave this empty.',
  adminEmail: 'Your e-mail address',
  submit: 'Set up Kring',
  demoTitle: 'Look around first?',
  demoIntro: 'Kring then fills itself with a made-up learning network, organisations and accounts. Do not use the demo for real data.',
  demoSubmit: 'Try Kring with a demo network',
  demoAccountsTitle: 'Demo accounts',
  demoAccountsIntro:
    'The demo network is ready. Log in with one of these accounts; they are shown only once. Start, for example, as Sanne (sanne@hoeve.demo) and open next week’s session.',
  demoRoles: 'Roles',
  alreadyDone: 'Kring has already been set up. Please log in with your account.',
};
