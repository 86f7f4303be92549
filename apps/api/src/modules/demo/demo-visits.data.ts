import { CheckinTopicId, MomentOfDay, ReportVisibility, VisitFormat } from '@kring/domain';

/**
 * Peer visits (collegiale visitatie) of the demo year. The three organisations
 * of the network's first year visit and host each other: a round the
 * coordinator proposed a year ago, and each of its visits returned this year.
 * The two that joined this year got a round of their own (DEMO_JOINED_ROUND):
 * a pair, each hosting the other once. Every pair of host and visitor the
 * rounds make has its visit below. Beelden, the report, the host's reflection
 * and the check-in notes are written as entrepreneurs and care workers write
 * them, without names. Seven reports are shared with the network, so the
 * network harvest has enough reports (five or more) to show what they have in
 * common; "klein blijven" is shared from four visits only, so the harvest
 * shows how a topic from fewer stays out.
 */
interface DemoBeeld {
  body: string;
  findingType: 'touched_us' | 'mirror_question' | 'point_of_attention' | 'suggestion' | 'rule_obstacle';
  valueIds: string[];
  mirrorThemeId: string | null;
  momentOfDay: MomentOfDay | null;
  aboutFocus: boolean;
}

export interface DemoVisit {
  host: string;
  visitor: string;
  focusQuestion: string;
  purpose: string;
  valueIds: string[];
  mirrorThemeIds: string[];
  format: VisitFormat;
  /** The care worker of the visiting organisation who comes along. */
  careWorker: string;
  beelden: DemoBeeld[];
  summary: string;
  reflection: string;
  practice: { what: string; who: string; team: string };
  visibility: ReportVisibility;
  /** Check-in notes of the host's and the visitor's entrepreneur. */
  checkins: { side: 'host' | 'visitor'; topic: CheckinTopicId; body: string; shared: boolean }[];
}

/** Who speaks for each organisation in a visit. */
export const DEMO_ENTREPRENEURS: Record<string, string> = {
  hoeve: 'ingrid@hoeve.demo',
  lindehof: 'marloes@lindehof.demo',
  kompas: 'peter@kompas.demo',
  werkplaats: 'gerrit@werkplaats.demo',
  esch: 'anouk@esch.demo',
};

export const DEMO_COORDINATOR = 'wilma@netwerk.demo';

/**
 * What each host tells its visitors beforehand (the preparation's practical and privacy notes), as that host would:
 * of its people in its own word (demo-network.data.ts: residentTerm), and of its own place; a day centre has no
 * rooms to stay out of, a farm has a yard.
 */
export const DEMO_HOST_NOTES: Record<string, { practicalNotes: string; privacyNotes: string }> = {
  hoeve: {
    practicalNotes: 'Parkeren kan op het erf. Trek stevige schoenen aan; we lunchen met de deelnemers in de kantine.',
    privacyNotes: 'Deelnemers en naasten weten dat er bezoek komt. Het woonhuis alleen op uitnodiging; we kijken niet in dossiers.',
  },
  lindehof: {
    practicalNotes: 'Parkeren kan voor het huis. Kom in gewone kleding; we eten mee met de bewoners.',
    privacyNotes: 'Bewoners en naasten weten dat er bezoek komt. Kamers alleen op uitnodiging; we kijken niet in dossiers.',
  },
  kompas: {
    practicalNotes: 'Parkeren kan in de straat. Kom na schooltijd, dan zijn de jongeren thuis; we eten samen.',
    privacyNotes: 'De jongeren en hun ouders weten dat er bezoek komt. Slaapkamers alleen op uitnodiging; we kijken niet in dossiers.',
  },
  werkplaats: {
    practicalNotes: 'Parkeren kan achter de hal. Werkkleding hebben we voor wie mee wil doen; we lunchen met de deelnemers.',
    privacyNotes: 'De deelnemers weten dat er bezoek komt. Wie liever niet praat, laten we met rust; we kijken niet in dossiers.',
  },
  esch: {
    practicalNotes: 'Parkeren kan voor het huis. Kom in gewone kleding; we eten mee met de bewoners.',
    privacyNotes: 'Bewoners en naasten weten dat er bezoek komt. Kamers alleen op uitnodiging; we kijken niet in dossiers.',
  },
};

/** The network's observation lens: the first version, and the second that took up a member's proposal. */
export const DEMO_LENS = {
  first: {
    purpose: 'Samen leren wat goede kleinschalige zorg is, door bij elkaar te kijken.',
    valueIds: ['feeling_at_home', 'being_a_person', 'being_together', 'doing_what_is_needed', 'steering_together', 'ordinary_surroundings'],
    mirrorThemeIds: ['policy', 'residents', 'care_staff', 'residents_wellbeing'],
    lookForQuestions: ['Waar zie je dat iemand hier thuis is?', 'Wat doet het team als het anders loopt dan gepland?'],
    changeNote: 'Eerste versie, opgesteld op de netwerkdag.',
    daysAgo: 330,
  },
  proposal: {
    by: 'marloes@lindehof.demo',
    motivation: 'Bij de eerste visitaties keken we weinig naar hoe een huis met veranderingen omgaat, terwijl dat ons allemaal bezighoudt.',
    daysAgo: 200,
  },
  second: {
    purpose: 'Samen leren wat goede kleinschalige zorg is, door bij elkaar te kijken en elkaar een spiegel voor te houden.',
    mirrorThemeIds: ['policy', 'view_of_change', 'residents', 'care_staff', 'residents_wellbeing'],
    lookForQuestions: [
      'Waar zie je dat iemand hier thuis is?',
      'Wat doet het team als het anders loopt dan gepland?',
      'Hoe gaat het huis om met een verandering die het niet zelf koos?',
    ],
    changeNote: 'Het thema kijk op verandering en een vraag daarover toegevoegd, op voorstel van een lid.',
    daysAgo: 180,
  },
  /** A proposal still waiting for the coordinator: her next step on the home page. */
  open: {
    by: 'peter@kompas.demo',
    question: 'Waar praten de jongeren of bewoners zelf mee over hoe het huis loopt?',
    motivation:
      'In een gezinshuis beslissen de jongeren over veel zelf mee. Bij onze visitatie vroeg niemand ernaar, terwijl het zegt hoe thuis een huis is.',
    daysAgo: 9,
  },
};

/** Days ago of the visits a year ago, and of this year's round. */
/**
 * The coordinator's first round, days ago: before its visits were arranged (a
 * visit's arranging starts 45 days before its day), so the round and its
 * proposals are dated as they happened, not today (issue #14).
 */
export const DEMO_ROUND_DAYS_AGO = 350;
/** The organisations of the first round: the network's three of its first year. */
export const DEMO_FIRST_ROUND = ['hoeve', 'lindehof', 'kompas'];
export const DEMO_EARLIER_VISIT_DAYS = [300, 280, 260];
export const DEMO_ROUND_VISIT_DAYS = [80, 60, 40];

/**
 * The coordinator's round for the two organisations that joined this year, days ago (before its visits were arranged,
 * as the first round). A pair visits both ways, whichever way the matcher lists it, so each visit's day is set by its
 * host. The days lie more than a quarter apart, and so do the two homes' mirror conversations (demo-mirror.data.ts):
 * outside the two quarters of the network's shared values reflections (demo-year.data.ts, DEMO_NETWORK_PATTERN_SESSIONS)
 * no quarter has all five organisations tagging a value for the network, so those quarters of its patterns stay left
 * out under the network rule, while the year overview counts all five. And with the first round's (300–260 and 80–40
 * days ago) no more than four reports shared with the network lie within a quarter's length of each other: no quarter
 * has five of them, so the network's harvest counts its quarters together (quarters.e2e.spec.ts).
 */
export const DEMO_JOINED_ROUND: { organisations: string[]; daysAgo: number; visitDaysByHost: Record<string, number> } = {
  organisations: ['werkplaats', 'esch'],
  daysAgo: 270,
  visitDaysByHost: { werkplaats: 220, esch: 110 },
};

export const DEMO_VISITS: DemoVisit[] = [
  {
    host: 'hoeve',
    visitor: 'lindehof',
    focusQuestion: 'Hoe houden we het werk op de boerderij zinvol voor wie minder kan?',
    purpose: 'Een frisse blik op de dagbesteding nu de groep ouder wordt.',
    valueIds: ['doing_what_is_needed', 'being_a_person'],
    mirrorThemeIds: ['residents', 'residents_wellbeing'],
    format: 'day',
    careWorker: 'els@lindehof.demo',
    beelden: [
      {
        body: 'Een deelnemer veegt de stal in zijn eigen tempo; niemand neemt de bezem over.',
        findingType: 'touched_us',
        valueIds: ['doing_what_is_needed'],
        mirrorThemeId: 'residents',
        momentOfDay: 'morning',
        aboutFocus: true,
      },
      {
        body: 'Bij het eieren rapen werken twee deelnemers samen: de een telt, de ander raapt.',
        findingType: 'touched_us',
        valueIds: ['being_together', 'doing_what_is_needed'],
        mirrorThemeId: 'residents_wellbeing',
        momentOfDay: 'morning',
        aboutFocus: true,
      },
      {
        body: 'Wat doet iemand die niet meer naar buiten kan? Binnen zagen we weinig te doen.',
        findingType: 'mirror_question',
        valueIds: ['being_a_person'],
        mirrorThemeId: 'residents',
        momentOfDay: 'afternoon',
        aboutFocus: true,
      },
      {
        body: 'Voor het werken met de trekker is een apart formulier nodig van de verzekeraar; daardoor mag bijna niemand meer mee.',
        findingType: 'rule_obstacle',
        valueIds: ['doing_what_is_needed'],
        mirrorThemeId: 'policy',
        momentOfDay: 'midday',
        aboutFocus: false,
      },
    ],
    summary:
      'Op De Hoeve heeft ieder een taak die ertoe doet, in zijn eigen tempo. Voor wie minder kan, is er binnen nog weinig werk dat net zo echt voelt.',
    reflection: 'Herkenbaar. We gaan kijken welk werk van het erf naar binnen kan: zaaien in bakken, eieren sorteren.',
    practice: {
      what: 'Binnenwerk dat echt nodig is: zaaien in bakken en eieren sorteren in de werkplaats',
      who: 'Team dagbesteding',
      team: 'dag',
    },
    visibility: 'network',
    checkins: [
      {
        side: 'host',
        topic: 'continuity',
        body: 'Als ik uitval, kan mijn zus het bedrijf tijdelijk draaien; dat staat nog nergens op papier.',
        shared: false,
      },
      {
        side: 'host',
        topic: 'rules_and_contracts',
        body: 'De gemeente vraagt elk jaar een nieuw verantwoordingsformat; dat kost ons dagen.',
        shared: true,
      },
      {
        side: 'visitor',
        topic: 'staying_small',
        body: 'We krijgen vragen om uit te breiden. Klein blijven betekent soms nee zeggen tegen een wachtlijst.',
        shared: true,
      },
    ],
  },
  {
    host: 'lindehof',
    visitor: 'kompas',
    focusQuestion: 'Volgen we het ritme van de bewoners, of van onze diensten?',
    purpose: 'Zien waar ons rooster het dagritme van bewoners bepaalt.',
    valueIds: ['feeling_at_home', 'steering_together'],
    mirrorThemeIds: ['residents', 'care_staff'],
    format: 'twenty_four_hours',
    careWorker: 'youssef@kompas.demo',
    beelden: [
      {
        body: 'Om elf uur ontbijt een bewoner nog in haar ochtendjas aan de keukentafel; niemand kijkt op de klok.',
        findingType: 'touched_us',
        valueIds: ['feeling_at_home'],
        mirrorThemeId: 'residents',
        momentOfDay: 'morning',
        aboutFocus: true,
      },
      {
        body: 'Bij de overdracht om drie uur staat de huiskamer leeg: het hele team zit in het kantoortje.',
        findingType: 'point_of_attention',
        valueIds: ['being_together', 'steering_together'],
        mirrorThemeId: 'care_staff',
        momentOfDay: 'afternoon',
        aboutFocus: true,
      },
      {
        body: 'Kan de overdracht niet in de keuken, met een kop thee erbij?',
        findingType: 'suggestion',
        valueIds: ['ordinary_surroundings'],
        mirrorThemeId: 'care_staff',
        momentOfDay: 'afternoon',
        aboutFocus: true,
      },
      {
        body: 'Het zorgkantoor wil elke wijziging in het zorgplan binnen een week vastgelegd zien, ook een kleine.',
        findingType: 'rule_obstacle',
        valueIds: ['steering_together'],
        mirrorThemeId: 'policy',
        momentOfDay: null,
        aboutFocus: false,
      },
    ],
    summary:
      'In De Lindehof mag de ochtend langzaam beginnen. Bij de overdracht verdwijnt het team even uit het huis, juist als bewoners onrustig worden.',
    reflection: 'Dat de huiskamer leeg staat bij de overdracht, hadden we zelf niet gezien. We proberen de overdracht aan de keukentafel.',
    practice: { what: 'De overdracht aan de keukentafel, met de bewoners erbij', who: 'Team Lindehof', team: 'lindehof' },
    visibility: 'network',
    checkins: [
      {
        side: 'host',
        topic: 'specialist_expertise',
        body: 'Voor advies bij onbegrepen gedrag wachten we weken op een specialist ouderengeneeskunde.',
        shared: true,
      },
      {
        side: 'host',
        topic: 'rules_and_contracts',
        body: 'Elke kleine wijziging in het zorgplan vastleggen kost tijd die we liever aan bewoners geven.',
        shared: true,
      },
      {
        side: 'visitor',
        topic: 'staying_small',
        body: 'Een tweede gezinshuis beginnen lijkt logisch, maar dan zijn we geen gezin meer.',
        shared: true,
      },
    ],
  },
  {
    host: 'kompas',
    visitor: 'hoeve',
    focusQuestion: 'Geven we de jongeren genoeg ruimte om zelf te kiezen?',
    purpose: 'Een blik van buiten op hoeveel we nog voor de jongeren regelen.',
    valueIds: ['being_a_person', 'doing_what_is_needed'],
    mirrorThemeIds: ['residents', 'residents_wellbeing'],
    format: 'half_day',
    careWorker: 'bram@hoeve.demo',
    beelden: [
      {
        body: 'Een jongere kookt voor iedereen en krijgt na afloop applaus van de anderen.',
        findingType: 'touched_us',
        valueIds: ['being_together', 'being_a_person'],
        mirrorThemeId: 'residents_wellbeing',
        momentOfDay: 'evening',
        aboutFocus: true,
      },
      {
        body: 'Op de koelkast hangt een lijst met wie wanneer mag douchen. Is die nog nodig?',
        findingType: 'mirror_question',
        valueIds: ['feeling_at_home'],
        mirrorThemeId: 'residents',
        momentOfDay: 'evening',
        aboutFocus: true,
      },
      {
        body: 'Voor een bijbaantje moet eerst de voogd, dan de gemeente toestemming geven; een zomerbaan is dan al weg.',
        findingType: 'rule_obstacle',
        valueIds: ['doing_what_is_needed'],
        mirrorThemeId: 'policy',
        momentOfDay: null,
        aboutFocus: true,
      },
    ],
    summary:
      'Het Kompas voelt als een gewoon gezin waar jongeren veel zelf doen. Een paar lijsten en afspraken lijken uit een tijd dat het nodig was.',
    reflection: 'We bespreken met de jongeren welke afspraken op de koelkast weg kunnen.',
    practice: {
      what: 'Met de jongeren de afspraken op de koelkast doorlopen en schrappen wat niet meer nodig is',
      who: 'Het hele gezin',
      team: 'kompas',
    },
    visibility: 'organisation',
    checkins: [
      {
        side: 'host',
        topic: 'continuity',
        body: 'Als een van ons ziek wordt, is er geen vervanging die de jongeren kennen.',
        shared: false,
      },
      {
        side: 'host',
        topic: 'rules_and_contracts',
        body: 'Drie gemeenten, drie contracten, drie manieren van verantwoorden.',
        shared: true,
      },
      {
        side: 'visitor',
        topic: 'specialist_expertise',
        body: 'We missen iemand die meedenkt over jongvolwassenen met een licht verstandelijke beperking.',
        shared: true,
      },
    ],
  },
  {
    host: 'lindehof',
    visitor: 'hoeve',
    focusQuestion: 'Hoe blijven bewoners met dementie meedoen aan gewone dingen?',
    purpose: 'Leren van een zorgboerderij hoe werk en meedoen samengaan.',
    valueIds: ['doing_what_is_needed', 'being_together'],
    mirrorThemeIds: ['residents_wellbeing', 'view_of_change'],
    format: 'day',
    careWorker: 'fatima@hoeve.demo',
    beelden: [
      {
        body: 'Een bewoner vouwt de was en vertelt ondertussen over de winkel die ze vroeger had.',
        findingType: 'touched_us',
        valueIds: ['doing_what_is_needed', 'being_a_person'],
        mirrorThemeId: 'residents_wellbeing',
        momentOfDay: 'morning',
        aboutFocus: true,
      },
      {
        body: 'De tuin is mooi, maar de deur ernaartoe zit op slot. Wie mag er zelf naar buiten?',
        findingType: 'mirror_question',
        valueIds: ['feeling_at_home'],
        mirrorThemeId: 'residents',
        momentOfDay: 'afternoon',
        aboutFocus: true,
      },
      {
        body: 'Sinds de nieuwe dienstroosters is er ’s middags één begeleider minder; het gezamenlijke koken is gestopt.',
        findingType: 'point_of_attention',
        valueIds: ['being_together'],
        mirrorThemeId: 'view_of_change',
        momentOfDay: 'afternoon',
        aboutFocus: true,
      },
      {
        body: 'De brandweer eist dat de tuindeur dicht blijft zonder begeleiding.',
        findingType: 'rule_obstacle',
        valueIds: ['feeling_at_home'],
        mirrorThemeId: 'policy',
        momentOfDay: null,
        aboutFocus: false,
      },
    ],
    summary:
      'Bewoners doen mee met huishoudelijk werk en dat geeft gesprek. Sinds de nieuwe roosters is er minder ruimte voor samen koken, en de tuin is niet vrij toegankelijk.',
    reflection: 'De tuindeur is een vraag die we vaker horen. We vragen de brandweer wat er kan met een deurbel in plaats van een slot.',
    practice: { what: 'Samen koken terug op dinsdag en donderdag, met een vrijwilliger erbij', who: 'Team Lindehof', team: 'lindehof' },
    visibility: 'network',
    checkins: [
      {
        side: 'host',
        topic: 'rules_and_contracts',
        body: 'Brandveiligheid en vrijheid van bewoners staan bij ons vaak tegenover elkaar.',
        shared: true,
      },
      {
        side: 'visitor',
        topic: 'continuity',
        body: 'Onze opvolging is nog niet geregeld; de kinderen willen de boerderij niet overnemen.',
        shared: false,
      },
    ],
  },
  {
    host: 'kompas',
    visitor: 'lindehof',
    focusQuestion: 'Hoe betrekken we ouders zonder dat ze de opvoeding overnemen?',
    purpose: 'Leren hoe een ander huis naasten een plek geeft.',
    valueIds: ['being_together', 'steering_together'],
    mirrorThemeIds: ['policy', 'residents'],
    format: 'half_day',
    careWorker: 'noor@lindehof.demo',
    beelden: [
      {
        body: 'Een moeder kookt mee op woensdag; haar zoon dekt de tafel zonder dat iemand het vraagt.',
        findingType: 'touched_us',
        valueIds: ['being_together'],
        mirrorThemeId: 'residents',
        momentOfDay: 'evening',
        aboutFocus: true,
      },
      {
        body: 'Ouders horen nieuws soms pas dagen later. Is er een vaste manier om ze op de hoogte te houden?',
        findingType: 'point_of_attention',
        valueIds: ['steering_together'],
        mirrorThemeId: 'policy',
        momentOfDay: null,
        aboutFocus: true,
      },
      {
        body: 'Voor elk logeerweekend bij een ouder is toestemming van de jeugdbeschermer nodig, ook als het al jaren goed gaat.',
        findingType: 'rule_obstacle',
        valueIds: ['being_together'],
        mirrorThemeId: 'policy',
        momentOfDay: null,
        aboutFocus: true,
      },
    ],
    summary: 'Ouders zijn welkom en doen mee aan gewone dingen. Hoe en wanneer ze nieuws horen, hangt nog af van wie er dienst heeft.',
    reflection: 'Klopt. We sturen voortaan elke maand een korte update, en bellen bij belangrijke dingen dezelfde dag.',
    practice: {
      what: 'Maandelijks een korte update naar ouders, en dezelfde dag bellen bij iets belangrijks',
      who: 'Gezinshuisouders',
      team: 'kompas',
    },
    visibility: 'network',
    checkins: [
      {
        side: 'host',
        topic: 'staying_small',
        body: 'Met vier jongeren zijn we klein genoeg om een gezin te blijven; meer wordt een groep.',
        shared: true,
      },
      {
        side: 'host',
        topic: 'rules_and_contracts',
        body: 'Voor elk logeerweekend toestemming vragen kost de jongeren vertrouwen en ons tijd.',
        shared: true,
      },
      {
        side: 'visitor',
        topic: 'specialist_expertise',
        body: 'Een geriatrisch specialist op afroep zou ons veel zorgen schelen.',
        shared: false,
      },
    ],
  },
  {
    host: 'hoeve',
    visitor: 'kompas',
    focusQuestion: 'Is het woonhuis een thuis, of een verlengstuk van de boerderij?',
    purpose: 'Kijken of het wonen genoeg eigen karakter heeft naast het werk.',
    valueIds: ['feeling_at_home', 'ordinary_surroundings'],
    mirrorThemeIds: ['residents', 'view_of_change'],
    format: 'twenty_four_hours',
    careWorker: 'youssef@kompas.demo',
    beelden: [
      {
        body: '’s Avonds zit iedereen met laarzen aan in de woonkamer; werk en wonen lopen in elkaar over.',
        findingType: 'mirror_question',
        valueIds: ['ordinary_surroundings', 'feeling_at_home'],
        mirrorThemeId: 'residents',
        momentOfDay: 'evening',
        aboutFocus: true,
      },
      {
        body: 'Een deelnemer laat trots zijn kamer zien, met foto’s van zijn eigen koeien van vroeger.',
        findingType: 'touched_us',
        valueIds: ['feeling_at_home', 'being_a_person'],
        mirrorThemeId: 'residents',
        momentOfDay: 'evening',
        aboutFocus: true,
      },
      {
        body: 'Sinds er een wachtlijst is, komen er vaker nieuwe gezichten; het huis moet steeds opnieuw wennen.',
        findingType: 'point_of_attention',
        valueIds: ['being_together'],
        mirrorThemeId: 'view_of_change',
        momentOfDay: null,
        aboutFocus: true,
      },
      {
        body: 'Voor een logeerbed voor familie moet het huis aan de eisen voor een logeervoorziening voldoen.',
        findingType: 'rule_obstacle',
        valueIds: ['ordinary_surroundings'],
        mirrorThemeId: 'policy',
        momentOfDay: null,
        aboutFocus: false,
      },
    ],
    summary:
      'Kamers zijn eigen en persoonlijk. In de woonkamer is de boerderij nooit ver weg, en de groep verandert vaker dan bewoners fijn vinden.',
    reflection:
      'We maken een bank bij de achterdeur voor de laarzen, zodat de woonkamer een woonkamer blijft. Over de wachtlijst praten we in het team.',
    practice: { what: 'Laarzen uit bij de achterdeur; de woonkamer is om te wonen', who: 'Team wonen', team: 'wonen' },
    visibility: 'network',
    checkins: [
      {
        side: 'host',
        topic: 'staying_small',
        body: 'De wachtlijst trekt aan ons; we houden het bij tien deelnemers in het woonhuis.',
        shared: true,
      },
      {
        side: 'host',
        topic: 'rules_and_contracts',
        body: 'Een logeerbed voor familie is juridisch een logeervoorziening; dat schiet z’n doel voorbij.',
        shared: true,
      },
      { side: 'visitor', topic: 'continuity', body: 'Als gezinshuisouders zijn we het bedrijf; dat maakt ons kwetsbaar.', shared: false },
    ],
  },
  {
    host: 'werkplaats',
    visitor: 'esch',
    focusQuestion: 'Kiezen deelnemers hier echt zelf hun werk, ook op drukke dagen?',
    purpose: 'Een blik van buiten op hoeveel keuze er overblijft als het druk is in de hal.',
    valueIds: ['steering_together', 'doing_what_is_needed'],
    mirrorThemeIds: ['residents', 'care_staff'],
    format: 'day',
    careWorker: 'martin@esch.demo',
    beelden: [
      {
        body: 'Aan het begin van de dag kiest iedere deelnemer zijn werk van een bord met foto’s; niemand wordt ingedeeld.',
        findingType: 'touched_us',
        valueIds: ['steering_together'],
        mirrorThemeId: 'residents',
        momentOfDay: 'morning',
        aboutFocus: true,
      },
      {
        body: 'Een klant haalt een kast op en bedankt de deelnemer die hem maakte. Hij loopt de rest van de ochtend rechtop.',
        findingType: 'touched_us',
        valueIds: ['doing_what_is_needed', 'being_a_person'],
        mirrorThemeId: 'residents_wellbeing',
        momentOfDay: 'morning',
        aboutFocus: true,
      },
      {
        body: 'Bij een grote opdracht verdwijnt het bord met foto’s en bepaalt de planning wie wat doet. Wie kiest er dan nog zelf?',
        findingType: 'mirror_question',
        valueIds: ['steering_together'],
        mirrorThemeId: 'care_staff',
        momentOfDay: 'afternoon',
        aboutFocus: true,
      },
      {
        body: 'Voor elke nieuwe machine moet eerst een risico-inventarisatie komen; een deelnemer wacht al maanden op een eigen draaibank.',
        findingType: 'rule_obstacle',
        valueIds: ['doing_what_is_needed'],
        mirrorThemeId: 'policy',
        momentOfDay: null,
        aboutFocus: false,
      },
    ],
    summary:
      'In De Werkplaats kiezen deelnemers zelf hun werk, en dat zie je aan hoe ze werken. Bij een grote opdracht neemt de planning het over, en dan is die keuze ineens weg.',
    reflection:
      'Dat het bord verdwijnt als het druk is, hadden we zelf niet gezien. Het bord blijft voortaan hangen, met de grote opdracht erop als een van de keuzes.',
    practice: {
      what: 'Ook bij een grote opdracht kiezen deelnemers zelf van het bord; de opdracht staat erop als een van de keuzes',
      who: 'Team Werkplaats',
      team: 'werkplaats',
    },
    visibility: 'network',
    checkins: [
      {
        side: 'host',
        topic: 'continuity',
        body: 'Alleen ik ken de afspraken met de gemeente; als ik uitval, weet niemand waar alles ligt.',
        shared: false,
      },
      {
        side: 'host',
        topic: 'rules_and_contracts',
        body: 'Twee gemeenten, elk met een eigen manier van verantwoorden voor dezelfde dagbesteding.',
        shared: true,
      },
      {
        side: 'visitor',
        topic: 'specialist_expertise',
        body: 'Bij een terugval van een bewoner wachten we weken op een psychiater.',
        shared: true,
      },
    ],
  },
  {
    host: 'esch',
    visitor: 'werkplaats',
    focusQuestion: 'Krijgen bewoners hier genoeg regie terug over hun eigen dag?',
    purpose: 'Zien of ons vaste ritme bewoners houvast geeft, of ze juist klein houdt.',
    valueIds: ['feeling_at_home', 'steering_together'],
    mirrorThemeIds: ['residents', 'view_of_change'],
    format: 'half_day',
    careWorker: 'sophie@werkplaats.demo',
    beelden: [
      {
        body: 'Op donderdag kookt een bewoner voor de hele groep en kiest hij zelf wat er op tafel komt.',
        findingType: 'touched_us',
        valueIds: ['being_together', 'steering_together'],
        mirrorThemeId: 'residents',
        momentOfDay: 'evening',
        aboutFocus: true,
      },
      {
        body: 'Op het prikbord in de gang hangen zeven huisregels. Er staat niet bij wie ze gemaakt heeft.',
        findingType: 'mirror_question',
        valueIds: ['feeling_at_home'],
        mirrorThemeId: 'residents',
        momentOfDay: 'afternoon',
        aboutFocus: true,
      },
      {
        body: 'Sinds er een nieuwe bewoner is, werkt er ’s avonds een begeleider extra, en zitten de anderen vaker op hun kamer.',
        findingType: 'point_of_attention',
        valueIds: ['being_together'],
        mirrorThemeId: 'view_of_change',
        momentOfDay: 'evening',
        aboutFocus: true,
      },
      {
        body: 'Voor een nacht logeren bij familie moet eerst de behandelaar tekenen, ook als het al jaren goed gaat.',
        findingType: 'rule_obstacle',
        valueIds: ['steering_together'],
        mirrorThemeId: 'policy',
        momentOfDay: null,
        aboutFocus: false,
      },
    ],
    summary:
      'In De Esch hebben bewoners een eigen plek en doen ze mee aan gewone dingen, zoals koken. Veel afspraken in huis komen van het team, niet van de bewoners zelf.',
    reflection:
      'De huisregels bespreken we op de volgende huisvergadering, met de bewoners erbij. Wat niemand meer nodig vindt, gaat eraf.',
    practice: { what: 'De huisregels samen met de bewoners doorlopen op de huisvergadering', who: 'Team Esch', team: 'esch' },
    visibility: 'network',
    checkins: [
      {
        side: 'host',
        topic: 'rules_and_contracts',
        body: 'Wlz en Zvw lopen bij ons door elkaar; elke overstap kost weken papierwerk.',
        shared: true,
      },
      {
        side: 'host',
        topic: 'specialist_expertise',
        body: 'Een vaste psychiater die ook eens langskomt, zou bewoners een opname kunnen besparen.',
        shared: true,
      },
      {
        side: 'visitor',
        topic: 'continuity',
        body: 'Als mijn vaste begeleider uitvalt, is er niemand die ’s ochtends de hal kan openen.',
        shared: false,
      },
    ],
  },
];

/** A visit ahead as the demo arranges it: the host's agreement, the day counted from the day the demo is loaded. */
export interface DemoArrangedVisit {
  host: string;
  visitor: string;
  inDays: number;
  focusQuestion: string;
  purpose: string;
  valueIds: string[];
  mirrorThemeIds: string[];
  format: VisitFormat;
  practicalNotes: string;
  privacyNotes: string;
}

/** The next visit, being prepared: arranged by the host, the focus question written, the date ahead. */
export const DEMO_RETURN_VISIT: DemoArrangedVisit = {
  host: 'hoeve',
  visitor: 'lindehof',
  inDays: 35,
  focusQuestion: 'Wat zien jullie nu van het binnenwerk dat we na de vorige visitatie begonnen?',
  purpose: 'Terugkijken op wat we na de vorige spiegel probeerden.',
  valueIds: ['doing_what_is_needed', 'being_a_person'],
  mirrorThemeIds: ['residents', 'view_of_change'],
  format: 'day',
  practicalNotes: '',
  privacyNotes: '',
};

/**
 * A visit agreed by both sides, two days ahead: Ingrid and Bram of De Hoeve visit Het Kompas, so their phones have a
 * notebook open to try (it opens once a visit is agreed, before its day, to be ready offline).
 */
export const DEMO_NEXT_VISIT: DemoArrangedVisit & { careWorker: string } = {
  host: 'kompas',
  visitor: 'hoeve',
  careWorker: 'bram@hoeve.demo',
  inDays: 2,
  focusQuestion: 'Merken jullie aan ons dagritme dat de jongeren zelf kiezen wat ze doen?',
  purpose: 'Een frisse blik op hoe vrij de dag van de jongeren is.',
  valueIds: ['steering_together', 'ordinary_surroundings'],
  mirrorThemeIds: ['residents', 'residents_wellbeing'],
  format: 'day',
  practicalNotes: 'We beginnen om half tien met koffie in de keuken.',
  privacyNotes: 'De jongeren weten dat er bezoek komt; hun kamers alleen op uitnodiging.',
};
