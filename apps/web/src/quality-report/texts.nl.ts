/** Dutch texts of the quality-report export and the network year overview, as `qualityReport` in i18n/nl.ts. */
export const qualityReportNl = {
  title: 'Kwaliteitsverslag',
  intro:
    'Een eerste versie van jullie jaarlijkse kwaliteitsverslag, per hoofdstuk van het Kwaliteitskader: wat jullie dit jaar leerden, wat jullie probeerden en hoe het ging, wat naasten vertelden en wat collega’s spiegelden. Aantallen geven context; het zijn geen scores en ze zijn niet bedoeld om te vergelijken. Namen van mensen staan er niet in en herkenbare gegevens worden vervangen door bijvoorbeeld [naam]. Citaten van naasten staan erin met hun toestemming om ze binnen de organisatie te delen: vraag aparte toestemming voordat je ze openbaar maakt. Wat ontbreekt, bijvoorbeeld omdat iemand geen toestemming gaf, staat er met de reden bij.',
  nothingYet: 'Kring heeft voor dit jaar nog niets om te vertellen.',
  leftOut: 'Wat hier ontbreekt',
  withoutInput: {
    title: 'Hoofdstukken zonder input uit Kring',
    note: 'Voor deze hoofdstukken van het Kwaliteitskader leverde Kring dit jaar niets aan; die schrijven jullie zelf.',
  },
  managersOnly: 'Het kwaliteitsverslag is voor beheerders en zorgondernemers van een organisatie.',
  year: 'Jaar',
  download: 'Downloaden',
  markdown: 'Als Markdown',
  pdf: 'Als PDF',
  audited: 'Elke download wordt in het logboek vastgelegd.',
  count: 'Aantal',
  sessions: {
    title: 'Reflectiesessies',
    method: 'Werkvorm',
  },
  participants: {
    title: 'Wie deed mee',
    role: 'Rol',
  },
  practices: {
    title: 'Nieuwe praktijk: wat we probeerden en hoe het ging',
    status: 'Stand van zaken',
  },
  voice: {
    title: 'De stem van naasten',
  },
  visits: {
    title: 'Collegiale visitaties',
  },
  network: {
    title: 'Jaaroverzicht van het lerend netwerk',
    coordinatorsOnly: 'Het jaaroverzicht is voor coördinatoren van een lerend netwerk.',
    network: 'Lerend netwerk',
    organisations: 'Organisaties die meetellen: {{count}}',
    sessionsHeld: 'Gehouden sessies: {{number}}',
    conversationsHeld: 'Gehouden spiegelgesprekken: {{number}}',
    themes: 'Thema’s: in hoeveel oogsten ze terugkwamen',
    theme: 'Thema',
    quotes: 'Citaten (met toestemming om in het netwerk te delen, geanonimiseerd)',
    tooFewQuotes: 'Te weinig citaten om te tonen zonder dat ze herkenbaar worden.',
    visitsHeld: 'Gehouden visitaties: {{number}}',
    visitsNote: 'Alleen beelden uit spiegelrapporten die de gastheer met het netwerk deelde.',
    noObservations: 'Nog geen gedeelde beelden in dit jaar.',
    item: 'Onderwerp',
  },
};
