import { MirrorConsentScope, MirrorRelation, MirrorValueTag } from '@kring/domain';

/**
 * Mirror conversations (spiegelgesprekken) of the demo year: per organisation
 * (all five) one held with six relatives, harvested, and closed with a letter back; one
 * being prepared. Relatives are invented; what they say never names a
 * resident or a member of staff (the content guard checks it on the way in).
 * Their answers beforehand share phrases, so the belangrijk/ervaren mirror
 * has enough people (five or more, also without the relative who agreed to
 * the team only) to be shown, and per theme a gap between the two sides.
 */
interface DemoRelative {
  /** How staff know them; only the moderator and planners see it. */
  displayName: string;
  relation: MirrorRelation;
  legalRepresentative: boolean;
  consents: MirrorConsentScope[];
  /** Per harvest theme: wat vind ik belangrijk, wat ervaar ik. */
  answers: Record<string, [important: string, experienced: string]>;
}

interface DemoStatement {
  /** Index into the relatives; the question by its index in the guide. */
  relative: number;
  question: number;
  body: string;
  themeIds: string[];
  valueTags: MirrorValueTag[];
  /** Chosen as an anonymous quote for the harvest. */
  quote: boolean;
}

export interface DemoMirrorConversation {
  organisation: string;
  team: string;
  moderator: string;
  listeners: string[];
  theme: string;
  place: string;
  daysAgo: number;
  questions: { body: string; themeIds: string[] }[];
  relatives: DemoRelative[];
  statements: DemoStatement[];
  summaries: Record<string, string>;
  letter: { heard: string; willDo: string; lookBackInDays: number };
}

const ALL: MirrorConsentScope[] = ['take_part', 'quote_anonymously', 'share_in_organisation', 'share_in_network'];
/** Takes part and may be quoted within the team, but nothing goes further. */
const TEAM_ONLY: MirrorConsentScope[] = ['take_part', 'quote_anonymously'];

const strong = (itemId: string): MirrorValueTag => ({ itemId, direction: 'visible_strength' });
const pressure = (itemId: string): MirrorValueTag => ({ itemId, direction: 'under_pressure' });

export const DEMO_MIRROR_CONVERSATIONS: DemoMirrorConversation[] = [
  {
    organisation: 'hoeve',
    team: 'wonen',
    moderator: 'sanne@hoeve.demo',
    listeners: ['fatima@hoeve.demo', 'kees@hoeve.demo', 'bram@hoeve.demo'],
    theme: 'Hoe ervaart u de dagen van uw naaste op de boerderij?',
    place: 'De grote keuken van het woonhuis',
    daysAgo: 130,
    questions: [
      { body: 'Waaraan merkt u dat uw naaste zich hier thuis voelt?', themeIds: ['being_at_home'] },
      { body: 'Wat doet uw naaste op een gewone dag, en wat betekent dat voor hem of haar?', themeIds: ['meaningful_day'] },
      { body: 'Hoe houden wij u op de hoogte, en wat mist u daarin?', themeIds: ['information', 'relatives_involvement'] },
    ],
    relatives: [
      {
        displayName: 'Mevrouw Hulshof (moeder)',
        relation: 'parent',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          being_at_home: [
            'een vast ritme, vertrouwde gezichten, rust in huis',
            'een vast ritme, vertrouwde gezichten, hij groet iedereen op het erf',
          ],
          meaningful_day: ['echt werk doen, buiten zijn', 'echt werk doen, trots op de dieren'],
        },
      },
      {
        displayName: 'Meneer Ter Horst (mentor)',
        relation: 'mentor',
        legalRepresentative: true,
        consents: ALL,
        answers: {
          being_at_home: ['vertrouwde gezichten, rust in huis', 'vertrouwde gezichten, soms onrust aan tafel'],
          meaningful_day: ['echt werk doen, buiten zijn', 'buiten zijn, trots op de dieren'],
        },
      },
      {
        displayName: 'Annet (zus)',
        relation: 'sibling',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          being_at_home: [
            'een vast ritme, vertrouwde gezichten, rust in huis',
            'een vast ritme, vertrouwde gezichten, een eigen plek aan tafel',
          ],
          meaningful_day: ['trots op de dieren, buiten zijn', 'echt werk doen, trots op de dieren'],
        },
      },
      {
        displayName: 'Mevrouw Wolters (dochter)',
        relation: 'child',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          being_at_home: ['rust in huis, vertrouwde gezichten', 'vertrouwde gezichten'],
          meaningful_day: ['buiten zijn', 'buiten zijn, trots op de dieren'],
        },
      },
      {
        displayName: 'Gerrit (broer)',
        relation: 'sibling',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          being_at_home: ['een vast ritme, rust in huis, vertrouwde gezichten', 'vertrouwde gezichten, rust in huis'],
          meaningful_day: ['echt werk doen, buiten zijn', 'echt werk doen, buiten zijn, trots op de dieren'],
        },
      },
      {
        displayName: 'Meneer Hulshof (vader)',
        relation: 'parent',
        legalRepresentative: false,
        consents: TEAM_ONLY,
        answers: {
          being_at_home: ['vertrouwde gezichten', 'een vast ritme, vertrouwde gezichten'],
          meaningful_day: ['trots op de dieren', 'trots op de dieren'],
        },
      },
    ],
    statements: [
      {
        relative: 0,
        question: 0,
        body: 'Als ik hem kom halen, wil hij eerst nog even langs de stal. Thuis doet hij dat ook: eerst kijken of alles goed is.',
        themeIds: ['being_at_home'],
        valueTags: [strong('feeling_at_home')],
        quote: true,
      },
      {
        relative: 1,
        question: 0,
        body: 'Aan tafel is het soms te druk. Dan trekt ze zich terug op haar kamer en eet ze alleen.',
        themeIds: ['being_at_home'],
        valueTags: [pressure('being_together')],
        quote: true,
      },
      {
        relative: 2,
        question: 1,
        body: 'Hier is hij iemand die nodig is. De kalveren wachten op hem, dat zegt hij elke zondag aan de telefoon.',
        themeIds: ['meaningful_day'],
        valueTags: [strong('doing_what_is_needed'), strong('being_a_person')],
        quote: true,
      },
      {
        relative: 3,
        question: 1,
        body: 'In de winter is er minder buitenwerk en dan verveelt ze zich. Dat merk ik aan hoe ze belt.',
        themeIds: ['meaningful_day'],
        valueTags: [pressure('doing_what_is_needed')],
        quote: false,
      },
      {
        relative: 4,
        question: 2,
        body: 'Ik hoor vaak pas achteraf dat er iets was. Een kort berichtje op de dag zelf zou al veel schelen.',
        themeIds: ['information'],
        valueTags: [pressure('steering_together')],
        quote: true,
      },
      {
        relative: 5,
        question: 2,
        body: 'Ik mag altijd binnenlopen en er staat koffie. Zo voelt het ook een beetje als ons erf.',
        themeIds: ['relatives_involvement'],
        valueTags: [strong('being_together')],
        quote: true,
      },
    ],
    summaries: {
      being_at_home:
        'Naasten zien dat hun familielid hier een vast ritme en vertrouwde gezichten heeft. Aan tafel is het soms te druk; wie rust zoekt, eet dan alleen.',
      meaningful_day:
        'Het werk met de dieren geeft trots en een reden om op te staan. In de winter, met minder buitenwerk, is de dag leger.',
      information: 'Naasten horen soms pas achteraf wat er speelde en willen liever op de dag zelf een kort bericht.',
    },
    letter: {
      heard:
        'U vertelde dat uw naaste zich op de boerderij thuis voelt door het vaste ritme, de vertrouwde gezichten en het werk met de dieren. U zag ook dat het aan tafel soms te druk is, dat de winterdagen leeg kunnen zijn en dat u nieuws soms pas laat hoort.',
      willDo:
        'We dekken een tweede, rustige tafel in de serre voor wie dat fijner vindt. Voor de winter maken we met de deelnemers een plan voor binnenwerk in de werkplaats. En wie het wil, krijgt op de dag zelf een kort bericht als er iets bijzonders was.',
      lookBackInDays: 45,
    },
  },
  {
    organisation: 'lindehof',
    team: 'lindehof',
    moderator: 'ahmed@lindehof.demo',
    listeners: ['els@lindehof.demo', 'ruud@lindehof.demo', 'noor@lindehof.demo'],
    theme: 'Voelt uw naaste zich hier thuis?',
    place: 'De woonkamer van De Lindehof',
    daysAgo: 75,
    questions: [
      {
        body: 'Waaraan merkt u dat uw vader, moeder of partner zich hier thuis voelt, of juist niet?',
        themeIds: ['being_at_home', 'own_direction'],
      },
      { body: 'Kennen wij uw naaste zoals u hem of haar kent?', themeIds: ['who_is_this_person', 'dignity'] },
      { body: 'Voelt u zich welkom, en kunt u hier op verhaal komen?', themeIds: ['relatives_involvement'] },
    ],
    relatives: [
      {
        displayName: 'Mevrouw Jacobs (dochter)',
        relation: 'child',
        legalRepresentative: true,
        consents: ALL,
        answers: {
          being_at_home: ['eigen ritme, vertrouwde spullen', 'vaste tijden bij het ontbijt, uitslapen mag niet altijd'],
          who_is_this_person: ['het levensverhaal kennen, gezien worden als mens', 'het levensverhaal kennen, weten van de bakkerij'],
        },
      },
      {
        displayName: 'Meneer Dekker (partner)',
        relation: 'partner',
        legalRepresentative: true,
        consents: ALL,
        answers: {
          being_at_home: ['vertrouwde spullen, een eigen stoel, eigen ritme', 'vertrouwde spullen, vaste tijden bij het ontbijt'],
          who_is_this_person: ['gezien worden als mens', 'gezien worden als mens, niet als patiënt, het levensverhaal kennen'],
        },
      },
      {
        displayName: 'Mevrouw Kok (schoondochter)',
        relation: 'other_family',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          being_at_home: ['eigen ritme', 'vaste tijden bij het ontbijt'],
          who_is_this_person: ['het levensverhaal kennen, gezien worden als mens', 'gezien worden als mens, het levensverhaal kennen'],
        },
      },
      {
        displayName: 'Henk (zoon)',
        relation: 'child',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          being_at_home: ['eigen ritme, vertrouwde spullen', 'vaste tijden bij het ontbijt'],
          who_is_this_person: ['gezien worden als mens', 'het levensverhaal kennen'],
        },
      },
      {
        displayName: 'Mevrouw Van Leeuwen (zus)',
        relation: 'sibling',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          being_at_home: ['vertrouwde spullen, eigen ritme', 'eigen ritme, vaste tijden bij het ontbijt'],
          who_is_this_person: ['het levensverhaal kennen, gezien worden als mens', 'het levensverhaal kennen'],
        },
      },
      {
        displayName: 'Ria (buurvrouw)',
        relation: 'friend',
        legalRepresentative: false,
        consents: TEAM_ONLY,
        answers: {
          being_at_home: ['eigen ritme', 'vertrouwde spullen, vaste tijden bij het ontbijt'],
          who_is_this_person: ['gezien worden als mens', 'gezien worden als mens'],
        },
      },
    ],
    statements: [
      {
        relative: 0,
        question: 0,
        body: 'Mijn moeder heeft haar hele leven uitgeslapen. Dat ze hier ’s ochtends mag blijven liggen, maakt voor haar het verschil.',
        themeIds: ['being_at_home', 'own_direction'],
        valueTags: [strong('feeling_at_home')],
        quote: true,
      },
      {
        relative: 2,
        question: 0,
        body: 'Het ontbijt is wel om half negen, voor iedereen. Dan wordt hij gewekt terwijl hij nog moe is.',
        themeIds: ['being_at_home'],
        valueTags: [pressure('feeling_at_home'), pressure('new_internal_systems')],
        quote: true,
      },
      {
        relative: 1,
        question: 1,
        body: 'Ze noemen hem hier bij de naam die hij fijn vindt, en ze vragen naar vroeger. Hij bloeit daarvan op.',
        themeIds: ['who_is_this_person', 'dignity'],
        valueTags: [strong('being_a_person')],
        quote: true,
      },
      {
        relative: 3,
        question: 1,
        body: 'Een nieuwe invalkracht wist niets van zijn verleden in de bakkerij. Dan is hij ineens een vreemde voor ze.',
        themeIds: ['who_is_this_person'],
        valueTags: [pressure('being_a_person')],
        quote: false,
      },
      {
        relative: 4,
        question: 2,
        body: 'Ik word begroet alsof ik hier ook woon. Ik schil weleens aardappels mee, dat voelt goed.',
        themeIds: ['relatives_involvement'],
        valueTags: [strong('being_together')],
        quote: true,
      },
      {
        relative: 5,
        question: 2,
        body: 'Ik durf niet goed te zeggen als iets me dwarszit. Ik wil niet lastig zijn.',
        themeIds: ['relatives_involvement'],
        valueTags: [pressure('being_together')],
        quote: true,
      },
    ],
    summaries: {
      being_at_home:
        'Naasten waarderen dat bewoners hun eigen ritme kunnen volgen en hun vertrouwde spullen om zich heen hebben. Het vaste ontbijt om half negen schuurt daarmee.',
      who_is_this_person: 'Het team kent het levensverhaal en vraagt naar vroeger; bij invallers ontbreekt die kennis nog.',
      relatives_involvement: 'Naasten voelen zich welkom en doen graag mee. Niet iedereen durft te zeggen wat hem dwarszit.',
    },
    letter: {
      heard:
        'U vertelde dat uw naaste zich hier thuis voelt als hij zijn eigen ritme kan volgen, tussen zijn eigen spullen. U zag dat wij het levensverhaal kennen, maar dat invallers dat nog niet altijd weten. En u voelt zich welkom, al is het niet voor iedereen makkelijk om te zeggen wat dwarszit.',
      willDo:
        'Het ontbijt staat voortaan van half acht tot half elf klaar: niemand wordt meer gewekt voor het ontbijt. Voor invallers maken we per bewoner één kantje over wie hij of zij is. En we houden twee keer per jaar een koffieochtend waarop naasten zonder agenda kunnen vertellen wat hen bezighoudt.',
      lookBackInDays: 30,
    },
  },
  {
    organisation: 'kompas',
    team: 'kompas',
    moderator: 'lotte@kompas.demo',
    listeners: ['youssef@kompas.demo'],
    theme: 'Hoe ervaart u het contact met ons gezinshuis?',
    place: 'De woonkeuken van Het Kompas',
    daysAgo: 190,
    questions: [
      { body: 'Hoe merkt u dat uw kind hier gezien wordt?', themeIds: ['dignity', 'who_is_this_person'] },
      {
        body: 'Hoe is het contact tussen u en ons, en wat zou u anders willen?',
        themeIds: ['treatment_and_communication', 'relatives_involvement'],
      },
    ],
    relatives: [
      {
        displayName: 'Mevrouw Bulut (moeder)',
        relation: 'parent',
        legalRepresentative: true,
        consents: ALL,
        answers: {
          treatment_and_communication: ['eerlijk contact, meedenken', 'eerlijk contact'],
          dignity: ['serieus genomen worden', 'serieus genomen worden, ruimte voor fouten'],
        },
      },
      {
        displayName: 'Meneer Vos (vader)',
        relation: 'parent',
        legalRepresentative: true,
        consents: ALL,
        answers: {
          treatment_and_communication: ['meedenken, eerlijk contact', 'eerlijk contact, snel antwoord'],
          dignity: ['ruimte voor fouten, serieus genomen worden', 'serieus genomen worden, ruimte voor fouten'],
        },
      },
      {
        displayName: 'Mevrouw De Graaf (voogd)',
        relation: 'guardian',
        legalRepresentative: true,
        consents: ALL,
        answers: {
          treatment_and_communication: ['eerlijk contact, snel antwoord', 'snel antwoord, eerlijk contact'],
          dignity: ['serieus genomen worden', 'ruimte voor fouten'],
        },
      },
      {
        displayName: 'Oma Willems (grootmoeder)',
        relation: 'other_family',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          treatment_and_communication: ['meedenken, eerlijk contact', 'meedenken, eerlijk contact'],
          dignity: ['ruimte voor fouten, serieus genomen worden', 'ruimte voor fouten'],
        },
      },
      {
        displayName: 'Mevrouw Vos (moeder)',
        relation: 'parent',
        legalRepresentative: true,
        consents: ALL,
        answers: {
          treatment_and_communication: ['snel antwoord, eerlijk contact', 'eerlijk contact'],
          dignity: ['serieus genomen worden', 'serieus genomen worden, ruimte voor fouten'],
        },
      },
      {
        displayName: 'Meneer Bulut (vader)',
        relation: 'parent',
        legalRepresentative: true,
        consents: TEAM_ONLY,
        answers: {
          treatment_and_communication: ['eerlijk contact', 'meedenken, eerlijk contact'],
          dignity: ['serieus genomen worden', 'ruimte voor fouten'],
        },
      },
    ],
    statements: [
      {
        relative: 0,
        question: 0,
        body: 'Hier mag hij fouten maken zonder dat hij meteen weg moet. Dat heeft hij nergens anders gehad.',
        themeIds: ['dignity'],
        valueTags: [strong('being_a_person'), strong('feeling_at_home')],
        quote: true,
      },
      {
        relative: 2,
        question: 0,
        body: 'Ze vertelt thuis over de zaterdagochtend, dat ze dan zelf het ontbijt maakt. Dat is voor haar groot.',
        themeIds: ['who_is_this_person'],
        valueTags: [strong('doing_what_is_needed')],
        quote: true,
      },
      {
        relative: 1,
        question: 1,
        body: 'Soms hoor ik dingen eerst van mijn zoon, en pas dagen later van jullie. Dan voel ik me buitenspel staan.',
        themeIds: ['treatment_and_communication'],
        valueTags: [pressure('steering_together')],
        quote: true,
      },
      {
        relative: 3,
        question: 1,
        body: 'Ik mag elke woensdag koken en mee-eten. Daar kijkt hij de hele week naar uit.',
        themeIds: ['relatives_involvement'],
        valueTags: [strong('being_together')],
        quote: true,
      },
      {
        relative: 4,
        question: 1,
        body: 'Bij een ruzie op school wil ik graag meedenken voordat er iets besloten wordt.',
        themeIds: ['treatment_and_communication'],
        valueTags: [pressure('steering_together')],
        quote: false,
      },
    ],
    summaries: {
      dignity: 'Ouders zien dat hun kind hier fouten mag maken en serieus genomen wordt.',
      treatment_and_communication: 'Het contact is eerlijk, maar ouders horen nieuws soms laat en willen eerder meedenken.',
      relatives_involvement: 'Meedoen aan gewone dingen, zoals koken op woensdag, betekent veel voor ouders én jongeren.',
    },
    letter: {
      heard:
        'U vertelde dat uw kind hier fouten mag maken en serieus genomen wordt, en dat meedoen aan gewone dingen veel betekent. U hoort nieuws soms later dan uw kind, en u wilt eerder meedenken als er iets besloten moet worden.',
      willDo:
        'Bij iets belangrijks bellen we u dezelfde dag, vóór we een besluit nemen. Elke maand sturen we een korte update met foto’s van gewone dagen. En de woensdagavond blijft open voor ouders die willen meekoken.',
      lookBackInDays: 20,
    },
  },
  {
    // Held early in the year, near De Werkplaats's visit (demo-visits.data.ts, DEMO_JOINED_ROUND): its value tags and
    // De Esch's fall more than a quarter apart.
    organisation: 'werkplaats',
    team: 'werkplaats',
    moderator: 'sophie@werkplaats.demo',
    // The team's one care worker moderates, so no one else listens in; the entrepreneur reads the harvest as the
    // organisation does (a listener would read it as the team).
    listeners: [],
    theme: 'Wat betekent het werk hier voor uw naaste?',
    place: 'De kantine van De Werkplaats',
    daysAgo: 230,
    questions: [
      { body: 'Waaraan merkt u dat het werk hier uw naaste goed doet?', themeIds: ['meaningful_day'] },
      { body: 'Kan uw naaste hier zelf kiezen wat hij of zij doet?', themeIds: ['own_direction'] },
      { body: 'Hoe houden wij u op de hoogte, en wat mist u daarin?', themeIds: ['information'] },
    ],
    relatives: [
      {
        displayName: 'Mevrouw Hoekstra (moeder)',
        relation: 'parent',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          meaningful_day: [
            'iets maken dat verkocht wordt, vaste collega’s, een reden om op te staan',
            'vaste collega’s, een reden om op te staan',
          ],
          own_direction: ['zelf kiezen, in eigen tempo werken', 'in eigen tempo werken'],
        },
      },
      {
        displayName: 'Meneer Oosterhof (mentor)',
        relation: 'mentor',
        legalRepresentative: true,
        consents: ALL,
        answers: {
          meaningful_day: ['vaste collega’s, iets maken dat verkocht wordt', 'iets maken dat verkocht wordt, vaste collega’s'],
          own_direction: ['in eigen tempo werken, zelf kiezen', 'in eigen tempo werken, weinig keus op drukke dagen'],
        },
      },
      {
        displayName: 'Ingeborg (zus)',
        relation: 'sibling',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          meaningful_day: ['iets maken dat verkocht wordt, een reden om op te staan', 'vaste collega’s'],
          own_direction: ['zelf kiezen', 'in eigen tempo werken, zelf kiezen'],
        },
      },
      {
        displayName: 'Meneer Hoekstra (vader)',
        relation: 'parent',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          meaningful_day: ['een reden om op te staan, iets maken dat verkocht wordt', 'een reden om op te staan, vaste collega’s'],
          own_direction: ['zelf kiezen, nee mogen zeggen', 'in eigen tempo werken'],
        },
      },
      {
        displayName: 'Mevrouw Terpstra (tante)',
        relation: 'other_family',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          meaningful_day: ['iets maken dat verkocht wordt, vaste collega’s', 'vaste collega’s, trots op het werk'],
          own_direction: ['in eigen tempo werken, zelf kiezen', 'in eigen tempo werken, weinig keus op drukke dagen'],
        },
      },
      {
        displayName: 'Bas (buurman)',
        relation: 'friend',
        legalRepresentative: false,
        consents: TEAM_ONLY,
        answers: {
          meaningful_day: ['vaste collega’s', 'vaste collega’s'],
          own_direction: ['zelf kiezen', 'in eigen tempo werken'],
        },
      },
    ],
    statements: [
      {
        relative: 0,
        question: 0,
        body: 'Thuis vertelt hij over de bestellingen alsof het zijn eigen zaak is. Zo trots heb ik hem lang niet gezien.',
        themeIds: ['meaningful_day'],
        valueTags: [strong('doing_what_is_needed'), strong('being_a_person')],
        quote: true,
      },
      {
        relative: 1,
        question: 0,
        body: 'Als er een week geen opdrachten zijn, merk ik dat meteen. Dan vraagt hij waarom hij nog moet komen.',
        themeIds: ['meaningful_day'],
        valueTags: [pressure('doing_what_is_needed')],
        quote: true,
      },
      {
        relative: 2,
        question: 1,
        body: 'Ze mag zelf weten of ze in de tuin of binnen werkt. Dat ze dat zelf mag kiezen, maakt voor haar het verschil.',
        themeIds: ['own_direction'],
        valueTags: [strong('steering_together')],
        quote: true,
      },
      {
        relative: 3,
        question: 1,
        body: 'Op drukke dagen wordt er voor hem gekozen. Dan zit hij ineens te schuren, terwijl hij daar een hekel aan heeft.',
        themeIds: ['own_direction'],
        valueTags: [pressure('steering_together')],
        quote: false,
      },
      {
        relative: 4,
        question: 2,
        body: 'Ik hoor weinig over hoe de dag ging. Een foto van wat hij gemaakt heeft, zou al genoeg zijn.',
        themeIds: ['information'],
        valueTags: [pressure('being_together')],
        quote: true,
      },
      {
        relative: 5,
        question: 2,
        body: 'Als ik bel, weet iedereen meteen over wie het gaat. Dat geeft vertrouwen.',
        themeIds: ['information'],
        valueTags: [strong('being_together')],
        quote: true,
      },
    ],
    summaries: {
      meaningful_day:
        'Naasten zien dat het werk trots geeft, vooral als er iets gemaakt wordt dat verkocht wordt. In weken zonder opdrachten verliest het werk zijn betekenis.',
      own_direction:
        'Deelnemers werken in hun eigen tempo. Zelf kiezen lukt op gewone dagen, maar op drukke dagen wordt er voor hen gekozen.',
      information: 'Naasten horen weinig over hoe de dag ging en zouden graag af en toe zien wat er gemaakt is.',
    },
    letter: {
      heard:
        'U vertelde dat het werk uw naaste trots maakt, zeker als iets verkocht wordt. U zag ook dat er op drukke dagen weinig te kiezen is, en dat u weinig hoort over hoe de dag ging.',
      willDo:
        'We laten het keuzebord ook op drukke dagen hangen, zodat iedereen zelf zijn werk blijft kiezen. In stille weken maken we voorraad voor de markt. En wie het wil, krijgt eens per week een foto van wat er gemaakt is.',
      lookBackInDays: 40,
    },
  },
  {
    // Held a quarter and more after De Werkplaats's, near De Esch's own visit (demo-visits.data.ts, DEMO_JOINED_ROUND).
    organisation: 'esch',
    team: 'esch',
    moderator: 'martin@esch.demo',
    // The team's one care worker moderates, so no one else listens in; the entrepreneur reads the harvest as the
    // organisation does (a listener would read it as the team).
    listeners: [],
    theme: 'Hoe ervaart u het wonen van uw naaste bij ons?',
    place: 'De huiskamer van De Esch',
    daysAgo: 120,
    questions: [
      { body: 'Voelt uw naaste zich hier thuis, en waaraan merkt u dat?', themeIds: ['being_at_home'] },
      { body: 'Voelt u zich gerust over de veiligheid van uw familielid?', themeIds: ['safety'] },
      { body: 'Hoe betrekken wij u, en wat zou u anders willen?', themeIds: ['relatives_involvement'] },
    ],
    relatives: [
      {
        displayName: 'Mevrouw Scholte (moeder)',
        relation: 'parent',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          being_at_home: ['rust in huis, een eigen kamer, begrip voor slechte dagen', 'een eigen kamer, begrip voor slechte dagen'],
          safety: ['weten wie er ’s nachts is, snel hulp bij een crisis', 'snel hulp bij een crisis'],
        },
      },
      {
        displayName: 'Meneer Jonkman (curator)',
        relation: 'curator',
        legalRepresentative: true,
        consents: ALL,
        answers: {
          being_at_home: ['een eigen kamer, rust in huis', 'een eigen kamer, onrust in de nacht'],
          safety: ['snel hulp bij een crisis', 'snel hulp bij een crisis, weten wie er ’s nachts is'],
        },
      },
      {
        displayName: 'Jeroen (broer)',
        relation: 'sibling',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          being_at_home: ['rust in huis, begrip voor slechte dagen', 'begrip voor slechte dagen, een eigen kamer'],
          safety: ['snel hulp bij een crisis, weten wie er ’s nachts is', 'snel hulp bij een crisis'],
        },
      },
      {
        displayName: 'Mevrouw Stegeman (dochter)',
        relation: 'child',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          being_at_home: ['begrip voor slechte dagen, rust in huis', 'een eigen kamer'],
          safety: ['weten wie er ’s nachts is, snel hulp bij een crisis', 'snel hulp bij een crisis'],
        },
      },
      {
        displayName: 'Meneer Scholte (vader)',
        relation: 'parent',
        legalRepresentative: false,
        consents: ALL,
        answers: {
          being_at_home: ['rust in huis, een eigen kamer', 'een eigen kamer, onrust in de nacht'],
          safety: ['snel hulp bij een crisis', 'snel hulp bij een crisis'],
        },
      },
      {
        displayName: 'Ellen (vriendin)',
        relation: 'friend',
        legalRepresentative: false,
        consents: TEAM_ONLY,
        answers: {
          being_at_home: ['rust in huis', 'een eigen kamer'],
          safety: ['snel hulp bij een crisis', 'snel hulp bij een crisis'],
        },
      },
    ],
    statements: [
      {
        relative: 0,
        question: 0,
        body: 'Ze heeft haar eigen schilderijen opgehangen. De eerste keer dat ik kwam, liet ze me trots haar kamer zien.',
        themeIds: ['being_at_home'],
        valueTags: [strong('feeling_at_home')],
        quote: true,
      },
      {
        relative: 1,
        question: 0,
        body: 'Als er ’s nachts iemand onrustig is, hoort het hele huis het. Dan slaapt hij slecht en belt hij mij de volgende ochtend.',
        themeIds: ['being_at_home'],
        valueTags: [pressure('feeling_at_home')],
        quote: true,
      },
      {
        relative: 2,
        question: 1,
        body: 'Toen het in het voorjaar slecht met hem ging, was er binnen een uur iemand bij hem. Dat vergeet ik niet.',
        themeIds: ['safety'],
        valueTags: [strong('doing_what_is_needed')],
        quote: true,
      },
      {
        relative: 3,
        question: 1,
        body: 'Ik weet niet wie er ’s nachts werkt. Een naam of een gezicht zou me geruster maken.',
        themeIds: ['safety'],
        valueTags: [pressure('steering_together')],
        quote: false,
      },
      {
        relative: 4,
        question: 2,
        body: 'Bij het zorgplan mag ik meepraten, maar dan ligt het plan eigenlijk al klaar.',
        themeIds: ['relatives_involvement'],
        valueTags: [pressure('steering_together')],
        quote: true,
      },
      {
        relative: 5,
        question: 2,
        body: 'Op vrijdag mag ik altijd aanschuiven bij het eten. Dan voelt het even als vroeger.',
        themeIds: ['relatives_involvement'],
        valueTags: [strong('being_together')],
        quote: true,
      },
    ],
    summaries: {
      being_at_home:
        'Naasten zien dat bewoners een eigen kamer hebben die ze zelf inrichten, en begrip op slechte dagen. De rust in huis wordt verstoord als iemand ’s nachts onrustig is.',
      safety: 'In een crisis is er snel hulp, en dat geeft vertrouwen. Wie er ’s nachts werkt, weten naasten vaak niet.',
      relatives_involvement: 'Naasten zijn welkom aan tafel. Bij het zorgplan willen ze eerder meepraten, voordat het plan klaar is.',
    },
    letter: {
      heard:
        'U vertelde dat uw naaste hier een eigen plek heeft en dat er snel hulp is als het slecht gaat. U zag ook dat de nachten onrustig kunnen zijn, dat u niet weet wie er ’s nachts werkt, en dat het zorgplan vaak al klaar is als u meepraat.',
      willDo:
        'In de gang hangt voortaan een bord met de foto van wie er die nacht werkt. We nodigen u uit vóór het zorgplan geschreven wordt, niet erna. En we bespreken met de bewoners hoe het ’s nachts rustiger kan.',
      lookBackInDays: 25,
    },
  },
];

/** A conversation being prepared at De Lindehof: guide written, some relatives invited, wishes of the team gathered. */
export const DEMO_MIRROR_IN_PREPARATION = {
  organisation: 'lindehof',
  team: 'lindehof',
  moderator: 'ahmed@lindehof.demo',
  listeners: ['els@lindehof.demo', 'ruud@lindehof.demo', 'noor@lindehof.demo'],
  theme: 'Hoe ervaart u de avonden en de nachten in De Lindehof?',
  place: 'De woonkamer van De Lindehof',
  inDays: 24,
  /** Dutch time of day: an evening, when relatives can come, whatever the hour the demo is loaded. */
  time: '19:30',
  questions: [
    { body: 'Hoe gaat uw naaste ’s avonds naar bed, en past dat bij hoe het thuis ging?', themeIds: ['being_at_home', 'own_direction'] },
    { body: 'Voelt u zich gerust als u ’s avonds weggaat?', themeIds: ['safety'] },
  ],
  relatives: ['Mevrouw Jacobs (dochter)', 'Meneer Dekker (partner)', 'Henk (zoon)'],
  wishes: [
    { author: 'els@lindehof.demo', body: 'Ik wil weten of naasten de nachtdienst eigenlijk kennen.' },
    { author: 'ruud@lindehof.demo', body: 'Wat doen bewoners thuis om tot rust te komen, dat wij hier niet weten?' },
  ],
};
