/** Dutch texts of setup, loaded with its screens (i18n/features.ts); texts.en.ts has the same keys. */

export const setupNl = {
  title: 'Kring inrichten',
  intro: 'Welkom bij Kring. Richt je eigen organisatie in, of kijk eerst rond in een verzonnen lerend netwerk.',
  formTitle: 'Je organisatie inrichten',
  formIntro: 'Je wordt zelf beheerder. Daarna voeg je locaties en teams toe en nodig je collega’s uit.',
  organisationName: 'Naam van de organisatie',
  organisationKind: 'Soort organisatie',
  networkName: 'Naam van het lerend netwerk',
  networkHint: 'Bijvoorbeeld je branchevereniging of coöperatie. Je kunt dit leeg laten.',
  adminEmail: 'Jouw e-mailadres',
  submit: 'Kring inrichten',
  demoTitle: 'Eerst rondkijken?',
  demoIntro: 'Kring vult zich dan met een verzonnen lerend netwerk, organisaties en accounts. Gebruik de demo niet voor echte gegevens.',
  demoSubmit: 'Probeer Kring met een demo-netwerk',
  demoAccountsTitle: 'Demo-accounts',
  demoAccountsIntro:
    'Het demo-netwerk staat klaar. Log in met een van deze accounts; ze worden maar één keer getoond. Begin bijvoorbeeld als Sanne (sanne@hoeve.demo) en open de sessie van volgende week.',
  demoRoles: 'Rollen',
  alreadyDone: 'Kring is al ingericht. Log in met je account.',
};
