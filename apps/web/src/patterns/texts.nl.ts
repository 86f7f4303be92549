/**
 * Dutch texts of the patterns over time, as `patterns` in i18n/nl.ts;
 * texts.en.ts has the same keys. Names of values, directions and
 * vulnerabilities come from @kring/domain.
 */
export const patternsNl = {
  title: 'Patronen',
  intro:
    'Welke waarden kwamen in jullie bijeenkomsten, spiegelgesprekken en visitaties naar voren, en in welke richting: per kwartaal, als patroon. Dit is geen score en geen vergelijking: er wordt niets opgeteld en organisaties worden nooit naast elkaar gezet.',
  sources: 'Wat meetelt',
  visitDirections: 'Beelden van een visitatie tellen mee zodra de gastheer het spiegelrapport deelde met {{audiences}}: {{list}}.',
  visitAudience: {
    involved: 'wie erbij betrokken was',
    team: 'het eigen team',
    organisation: 'de organisatie',
    network: 'het lerend netwerk',
  },
  visitsNoTeam: 'Beelden van een visitatie horen bij geen team: ze tellen mee in de patronen van de hele organisatie.',
  relatives:
    'Wat naasten in een spiegelgesprek zeiden, telt mee als het in de goedgekeurde oogst staat en zolang hun toestemming geldt voor {{scopes}}.',
  relativesUnnamed: 'Woorden die bij geen naaste genoteerd zijn, tellen hier niet mee: niemand gaf er toestemming voor.',
  visitDirection: '{{type}} als {{direction}}',
  level: 'Patronen van',
  wholeOrganisation: 'De hele organisatie',
  team: 'Team {{team}}',
  network: 'Het lerend netwerk {{name}} als geheel',
  suppression:
    'Aantallen onder de {{min}} tonen we niet ("minder dan {{min}}"), zodat niemand herkenbaar wordt. In het lerend netwerk blijft een kwartaal leeg als minder dan {{min}} organisaties iets lieten zien.',
  suppressionBesideTeams:
    'Een aantal van de hele organisatie laten we ook weg als je met het aantal van een team ernaast een aantal onder de {{min}} zou kunnen uitrekenen. Het staat er dan als "minder dan {{min}}", ook als het eigenlijk groter is.',
  heatMap: {
    title: 'Waarden per kwartaal',
    direction: 'Laat zien',
    figureLabel:
      'Warmtekaart: hoe vaak elke waarde {{direction}} werd genoemd, per kwartaal. Dezelfde gegevens staan in de tabel hieronder.',
    tableToggle: 'Als tabel',
    caption: 'Hoe vaak elke waarde per kwartaal werd getagd, per richting',
    value: 'Waarde',
    suppressedQuarter: 'te weinig organisaties',
    none: '–',
    cell: '{{direction}}: {{value}}',
    legend: 'Wat de kleuren betekenen',
    levels: {
      few: 'minder dan {{min}}, of geen: niet getoond',
      '1': '{{min}} tot en met 9',
      '2': '10 tot en met 19',
      '3': '20 of meer',
      suppressed: 'te weinig organisaties: kwartaal leeg',
    },
  },
  vulnerabilities: {
    title: 'Kwetsbaarheden die terugkomen',
    intro:
      'Kwetsbaarheden die als "onder druk" of als vraag werden getagd. Komt er een in twee kwartalen of meer terug, dan is dat een patroon om samen naar te kijken.',
    none: 'In deze periode zijn geen kwetsbaarheden onder druk getagd.',
    recurring: 'Komt terug',
    quarters: 'In: {{quarters}}',
    count: 'Aantal keer: {{count}}',
  },
  systems: {
    title: 'Ontstaan er nieuwe interne systemen?',
    raised: 'Let op: er lijken nieuwe interne systemen te ontstaan.',
    quiet: 'Geen signaal: er komen niet steeds meer regels bij.',
    growing:
      'In {{quarters}} kwartalen op rij spraken jullie meer nieuwe praktijken af die een regel toevoegen dan die er een laten vallen.',
    tagged: 'Jullie tagden zelf "risico op ontwikkelen nieuwe interne systemen" als onder druk, in twee kwartalen of meer.',
    // On the network level the figures are the other organisations' together, not the reader's own ("jullie").
    growingNetwork:
      'In {{quarters}} kwartalen op rij spraken de andere organisaties in het netwerk samen meer nieuwe praktijken af die een regel toevoegen dan die er een laten vallen.',
    taggedNetwork: 'In het netwerk werd "risico op ontwikkelen nieuwe interne systemen" als onder druk getagd, in twee kwartalen of meer.',
    prompt: 'Zou je dat thuis ook doen? Welke afspraak is ongemerkt een regel geworden, en welke regel kunnen we opheffen?',
    how: 'Hoe Kring dit meet',
    howText:
      'Kring houdt geen lijst met regels bij. Daarom kijkt het naar de woorden van de nieuwe praktijken die jullie afspraken. Een praktijk voegt een regel toe als er woorden in staan als: {{adds}}. Ze laat een regel vallen als er ook staat: {{drops}}. Het signaal gaat aan als er {{quarters}} kwartalen op rij meer regels bijkomen dan verdwijnen, of als jullie het risico zelf in twee kwartalen als onder druk tagden. Het is een lezing van woorden, geen oordeel: praat erover in het team.',
    howTextNetwork:
      'Kring houdt geen lijst met regels bij. Daarom kijkt het naar de woorden van de nieuwe praktijken die de andere organisaties in het netwerk afspraken. Een praktijk voegt een regel toe als er woorden in staan als: {{adds}}. Ze laat een regel vallen als er ook staat: {{drops}}. Het signaal gaat aan als er bij hen samen {{quarters}} kwartalen op rij meer regels bijkomen dan verdwijnen, of als het risico in het netwerk in twee kwartalen als onder druk getagd werd. Het is een lezing van woorden, geen oordeel: praat erover in het netwerk.',
    table: 'Regels per kwartaal',
    adds: 'Voegt een regel toe',
    drops: 'Laat een regel vallen',
  },
};
