/**
 * Dutch is the source language: every other language must have exactly these
 * keys (checked by the compiler via `typeof nl` and by i18n.spec.ts). These are
 * the core texts, in the first download; a feature's own texts (its `texts.nl.ts`)
 * load with its screens (i18n/features.ts).
 * Words follow the domain guide: bewoner, naaste, begeleider; never "cliënt".
 */
export const nl = {
  app: {
    name: 'Kring',
    tagline: 'Samen leren in kleinschalige zorg',
    skipLink: 'Naar de inhoud',
    loading: 'Even geduld…',
    footer: 'Kring: van tellen naar vertellen. Samen leren in kleinschalige zorg.',
    retry: 'Opnieuw proberen',
    notFoundTitle: 'Deze pagina bestaat niet',
    notFoundText: 'Misschien is de link niet helemaal goed overgenomen.',
    toHome: 'Naar de startpagina',
    toLogin: 'Naar inloggen',
  },
  nav: {
    label: 'Hoofdmenu',
    open: 'Menu',
    close: 'Menu sluiten',
    more: 'Meer',
    home: 'Start',
    outbox: 'Postvak',
    profile: 'Profiel',
    methods: 'Werkvormen',
    values: 'Waarden',
    logout: 'Uitloggen',
  },
  language: {
    // Also in the other language, for whoever cannot read this one.
    label: 'Taal / Language',
    saveFailed: 'De taal is aangepast, maar kon niet in je profiel worden bewaard: {{message}}',
  },
  form: {
    counter: '{{length}} van {{max}} tekens.',
    tooLong: 'Dit zijn {{length}} tekens; er passen er {{max}}. Maak het wat korter; je tekst blijft staan.',
    choiceLimit: 'Kies er hoogstens {{max}}.',
    choiceLimitReached: 'Je hebt er {{max}} gekozen, het hoogste aantal. Haal er een weg om een ander te kiezen.',
    badDate: 'Deze datum is niet compleet of bestaat niet. Vul dag, maand en jaar in; wat je typte, blijft staan.',
    badTime: 'Deze tijd is niet compleet. Vul uren en minuten in.',
    badNumber: 'Dit is geen getal. Typ alleen cijfers.',
    badInput: 'Dit kan Kring niet lezen. Kijk het na en probeer het opnieuw.',
    guardFound: 'Hier vond Kring: {{found}}. Pas het aan, of bevestig onder het formulier dat je het gecontroleerd hebt.',
    guardFoundBsn: 'Hier vond Kring: {{found}}. Haal het BSN weg; Kring bewaart het nooit. De rest van je tekst blijft staan.',
    optional: '(optioneel)',
    passwordHint: 'Minstens {{min}} tekens.',
    busy: 'Bezig…',
    confirm: 'Weet je het zeker?',
    cancel: 'Annuleren',
    discardQuestion: 'Wat je hier typte, is nog niet bewaard. Weggooien?',
    keepEditing: 'Verder bewerken',
    discard: 'Ja, weggooien',
  },
  errors: {
    network: 'Kring is nu niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.',
    pageLoad: 'Deze pagina kon niet geladen worden. Misschien is er net een nieuwe versie van Kring, of is de verbinding weg.',
    reload: 'Pagina opnieuw laden',
  },
  contentGuard: {
    title: 'Controleer de gemarkeerde plekken',
    bsnTitle: 'Een BSN bewaart Kring nooit',
    confirm: 'Ik heb dit gecontroleerd, toch opslaan',
    confirmLive: 'Ik heb dit gecontroleerd, toch versturen',
    orEdit: 'Of pas de tekst aan en probeer het opnieuw. Wat je typte, blijft staan.',
    removeBsn: 'Haal het nummer weg en probeer het opnieuw. Wat je typte, blijft staan.',
    relativeOrEdit: 'Of pas de tekst aan en probeer het opnieuw. Wat u typte, blijft staan.',
    relativeRemoveBsn: 'Haal het nummer weg en probeer het opnieuw. Wat u typte, blijft staan.',
    checkingOnDevice: 'Kring keek op dit apparaat mee; de server controleert het opnieuw.',
    changed: 'Je hebt de tekst aangepast. Probeer het opnieuw: Kring kijkt de nieuwe tekst na.',
    relativeChanged: 'U heeft de tekst aangepast. Probeer het opnieuw: Kring kijkt de nieuwe tekst na.',
  },
  /** The connection of a live screen (a session's room, a mirror conversation), the same words in both. */
  live: {
    connection: {
      connecting: 'Verbinden…',
      online: 'Verbonden',
      offline: 'Geen verbinding',
      refused: 'Geen toegang',
    },
    unsent_one: '{{count}} nog niet verzonden',
    unsent_other: '{{count}} nog niet verzonden',
    // Where the browser keeps nothing (private browsing, storage off or full): instead of "blijft bewaard".
    notPersistent: 'Dit apparaat bewaart niets voor later: sluit deze pagina pas als alles verzonden is.',
    leftUnsent: {
      title: 'Niet verstuurd',
      intro:
        'Dit had je getypt, maar het is niet verstuurd: het gesprek is voorbij. Het staat alleen op dit apparaat. Kopieer het als je het wilt houden, en gooi het dan weg.',
      discard: 'Weggooien',
    },
  },
  escalation: {
    title: 'Dit lijkt te gaan over {{signals}}',
    or: ' of ',
    officer: 'Klachtenfunctionaris',
    contact: 'Bereikbaar via',
    remove: 'Tekst weghalen',
    keep: 'Toch bewaren',
    removed: 'De tekst is weggehaald en niet bewaard.',
    flagged: 'Gemarkeerd.',
    flaggedWhy:
      'Bewust bewaard, terwijl het leek te gaan over een klacht, incident, misstand of datalek. Hoort het bij de eigen procedure van de organisatie?',
    flagSeen: 'Ik heb de markering gezien en neem deze tekst toch op in de oogst',
  },
  fields: {
    email: 'E-mailadres',
    password: 'Wachtwoord',
    yourName: 'Jouw naam',
    name: 'Naam',
    role: 'Rol',
    team: 'Team',
    organisation: 'Organisatie',
    language: 'Taal',
    kind: 'Soort',
    place: 'Plaats',
    location: 'Locatie',
    status: 'Status',
    actions: 'Acties',
  },
  home: {
    noMemberships: 'Je hoort nog niet bij een organisatie. Heb je een uitnodiging gekregen? Open dan de link uit die e-mail.',
    networkOnly:
      'Dit hoort bij het werk binnen een organisatie, en je bent lid van het lerend netwerk, niet van een organisatie. Wat het netwerk samen leert, vind je via je startpagina.',
  },
  organisation: {
    sectionsLabel: 'Op deze pagina',
  },
  // The menu's words for the features (the menu is on every page); each feature's
  // other texts come with its screens (i18n/features.ts).
  cases: { nav: 'Casussen' },
  sessions: { nav: 'Sessies' },
  mirror: { title: 'Spiegelgesprekken' },
  notifications: { bell_zero: 'Meldingen', bell_one: 'Meldingen, {{count}} ongelezen', bell_other: 'Meldingen, {{count}} ongelezen' },
  privacy: { nav: 'Privacy' },
  qualityReport: { nav: 'Kwaliteitsverslag', network: { nav: 'Jaaroverzicht netwerk' } },
  visits: { nav: 'Visitaties' },
  network: { nav: 'Netwerk: {{name}}' },
  practices: { nav: 'Leren' },
};
