import { StoryAudience, TagDirection } from '@kring/domain';

/**
 * A year of learning in the demo network, in the words of people who work in
 * small-scale care. Texts never name a resident (the content guard checks them
 * on the way in, without acknowledgement); people are referred to by the
 * pseudonym Kring gives a case. Days are relative to today.
 */
export interface DemoCase {
  key: string;
  organisation: string;
  team: string;
  author: string;
  title: string;
  firstChapter: { title: string; body: string };
  laterChapter: { title: string; body: string };
  lifeStoryNote: string;
}

export interface DemoHeldSession {
  organisation: string;
  team: string;
  moderator: string;
  participants: string[];
  /** A shipped method's id, or the key of one of the organisation's own (DEMO_OWN_METHODS). */
  method: string;
  question: string;
  /** When it was held: days ago, or (for the patterns) in the quarter this many quarters back. */
  daysAgo?: number;
  quartersAgo?: number;
  caseKey?: string;
  contributions: string[];
  /** Written in the method's values phase and tagged there, each with [value item, direction]. */
  tagged?: { body: string; tags: [string, TagDirection][] }[];
  insights: string[];
  advice: string;
  /** lookBack.daysAgo: days ago; for a session dated by quarter, days after the session. */
  practices: {
    what: string;
    who: string;
    lookBack: { daysAgo: number; status: 'continued' | 'adopted' | 'stopped' | null; body: string | null };
  }[];
}

/**
 * The resident register of each organisation, kept by its entrepreneur: the
 * pseudonym the team uses in cases (the organisation's word for the people it
 * cares for and an initial, as Kring suggests; "meneer W." would read as a
 * name to the guard) and the real names the content guard then watches for. Written before any other demo text, so every text of the year
 * is checked against these names too (none of them appears anywhere else).
 */
export const DEMO_REGISTER: { organisation: string; pseudonym: string; watchNames: string[] }[] = [
  { organisation: 'hoeve', pseudonym: 'Deelnemer T.', watchNames: ['Sjaak Verbeek', 'Sjaak'] },
  { organisation: 'hoeve', pseudonym: 'Deelnemer M.', watchNames: ['Trudy Hofman', 'Trudy'] },
  { organisation: 'lindehof', pseudonym: 'Bewoner P.', watchNames: ['Wouter Zandstra', 'Wouter'] },
  { organisation: 'lindehof', pseudonym: 'Bewoner N.', watchNames: ['Geertje Veldman', 'Geertje', 'Geer'] },
  { organisation: 'kompas', pseudonym: 'Jongere R.', watchNames: ['Dylan Mertens', 'Dylan'] },
  { organisation: 'werkplaats', pseudonym: 'Deelnemer K.', watchNames: ['Rutger Wessels', 'Rutger'] },
  { organisation: 'esch', pseudonym: 'Bewoner J.', watchNames: ['Hennie Grootveld', 'Hennie'] },
];

export const DEMO_CASES: DemoCase[] = [
  {
    key: 'hoeve-koeien',
    organisation: 'hoeve',
    team: 'dag',
    author: 'bram@hoeve.demo',
    title: 'Hij wil alleen nog bij de koeien werken',
    firstChapter: {
      title: 'Het begin',
      body: 'Sinds het voorjaar gaat hij elke ochtend meteen naar de stal en wil hij niet meer mee naar de moestuin. Als we hem vragen mee te gaan, wordt hij onrustig en loopt hij weg.',
    },
    laterChapter: {
      title: 'Hoe het verder ging',
      body: 'We hebben hem de zorg voor de kalveren gegeven. Hij komt nu zelf vertellen hoe het met ze gaat, en gaat af en toe mee om voer uit de tuin te halen.',
    },
    lifeStoryNote: 'Heeft vroeger op een melkveebedrijf gewerkt; de ochtendmelking was zijn vaste moment.',
  },
  {
    key: 'hoeve-avond',
    organisation: 'hoeve',
    team: 'wonen',
    author: 'fatima@hoeve.demo',
    title: 'Onrust aan het eind van de dag',
    firstChapter: {
      title: 'Het begin',
      body: 'Rond half zes, als de dagbesteding stopt en het woonhuis vol raakt, wordt zij gespannen en gaat ze met deuren slaan. Iedereen heeft dan haast met het eten.',
    },
    laterChapter: {
      title: 'Een nieuw hoofdstuk',
      body: 'Ze dekt nu samen met één begeleider de tafel voordat de anderen binnenkomen. Het slaan met deuren is bijna verdwenen.',
    },
    lifeStoryNote: 'Was jarenlang de spil van een groot gezin; zorgen voor anderen geeft haar rust.',
  },
  {
    key: 'lindehof-nacht',
    organisation: 'lindehof',
    team: 'lindehof',
    author: 'els@lindehof.demo',
    title: "'s Nachts naar buiten willen",
    firstChapter: {
      title: 'Het begin',
      body: 'Een bewoner staat meerdere nachten per week om drie uur aangekleed bij de voordeur en zegt dat hij naar zijn werk moet. De nachtdienst weet niet goed wat te doen.',
    },
    laterChapter: {
      title: 'Hoe het verder ging',
      body: 'We lopen nu een rondje door de tuin met hem en drinken daarna samen thee in de keuken. Meestal gaat hij daarna weer slapen.',
    },
    lifeStoryNote: 'Stond veertig jaar in de bakkerij en begon elke dag om vier uur.',
  },
  {
    key: 'lindehof-bezoek',
    organisation: 'lindehof',
    team: 'lindehof',
    author: 'noor@lindehof.demo',
    title: 'De dochter die elke dag komt',
    firstChapter: {
      title: 'Het begin',
      body: 'Een dochter komt elke middag en corrigeert hoe wij haar moeder helpen met eten. Collega’s voelen zich gecontroleerd en gaan haar ontlopen.',
    },
    laterChapter: {
      title: 'Een nieuw hoofdstuk',
      body: 'We hebben haar gevraagd te vertellen hoe haar moeder vroeger at. Nu helpt zij één keer per week mee met koken, en het contact is ontspannen.',
    },
    lifeStoryNote: 'Kookte vroeger voor het hele dorp bij feesten in het buurthuis.',
  },
  {
    key: 'kompas-school',
    organisation: 'kompas',
    team: 'kompas',
    author: 'youssef@kompas.demo',
    title: 'Niet meer naar school willen',
    firstChapter: {
      title: 'Het begin',
      body: 'Een jongere van vijftien blijft sinds de herfstvakantie ’s ochtends in bed liggen en zegt dat school geen zin heeft. Afspraken maken helpt niet.',
    },
    laterChapter: {
      title: 'Hoe het verder ging',
      body: 'Hij fietst nu twee ochtenden per week mee naar de fietsenmaker waar hij een stage heeft gevonden. De andere dagen gaat hij weer naar school.',
    },
    lifeStoryNote: 'Sleutelt graag aan brommers; trots als iets weer rijdt.',
  },
  {
    key: 'werkplaats-werkbank',
    organisation: 'werkplaats',
    team: 'werkplaats',
    author: 'sophie@werkplaats.demo',
    title: 'Hij werkt liever alleen aan de werkbank',
    firstChapter: {
      title: 'Het begin',
      body: 'Sinds de zomer wil hij niet meer aan de grote tafel werken. Als het druk wordt in de hal, legt hij zijn gereedschap neer en gaat hij buiten op het bankje zitten. Soms komt hij die dag niet meer terug.',
    },
    laterChapter: {
      title: 'Hoe het verder ging',
      body: 'Hij heeft nu een eigen werkbank bij het raam, met een koptelefoon tegen het lawaai. Hij maakt de vogelhuisjes voor de markt en legt nieuwe deelnemers zelf uit hoe dat gaat.',
    },
    lifeStoryNote: 'Was jarenlang timmerman in de bouw; werkt het liefst met hout en in stilte.',
  },
  {
    key: 'esch-nacht',
    organisation: 'esch',
    team: 'esch',
    author: 'martin@esch.demo',
    title: 'Overdag slapen, ’s nachts wakker',
    firstChapter: {
      title: 'Het begin',
      body: 'Sinds zij bij ons woont, slaapt ze een groot deel van de dag. ’s Nachts loopt ze door het huis en zet ze de televisie aan. Andere bewoners worden daar wakker van en zijn boos op haar.',
    },
    laterChapter: {
      title: 'Een nieuw hoofdstuk',
      body: 'We halen nu elke ochtend om tien uur samen brood in de winkel op de hoek. Ze slaapt ’s middags nog even, maar is ’s nachts vaker in bed. De televisie in de huiskamer gaat om twaalf uur uit; dat heeft ze zelf voorgesteld.',
    },
    lifeStoryNote: 'Werkte jarenlang in de nachtploeg van een fabriek; de nacht was lang haar gewone dag.',
  },
];

/**
 * Sessions held over the past year: every shipped method once and De Hoeve's own one, each with its harvest and an
 * approved report. De Werkplaats and De Esch hold one early in the year and one lately, so whichever calendar year holds
 * most of the demo, they showed something in it (the network's year overview counts them), and the late one's look-back
 * is due: a real next step on their people's home pages. These sessions tag no values: the sessions that do are dated by
 * quarter (DEMO_PATTERN_SESSIONS, DEMO_NETWORK_PATTERN_SESSIONS), so which quarters of the network's patterns count all
 * five homes does not depend on the day the demo is loaded.
 */
export const DEMO_HELD_SESSIONS: DemoHeldSession[] = [
  {
    // The living team tries the incident method it shortened for itself (DEMO_OWN_METHODS): the methods page and
    // the session's report show an own method in use.
    organisation: 'hoeve',
    team: 'wonen',
    moderator: 'mirjam@hoeve.demo',
    participants: ['fatima@hoeve.demo', 'kees@hoeve.demo'],
    method: 'own:hoeve_short_incident',
    question: "Wat hadden we kunnen doen toen de deur van het woonhuis 's nachts openstond?",
    daysAgo: 120,
    contributions: [
      'De nachtdienst zag het pas bij de ronde van twee uur.',
      'Ik zou eerst hebben gekeken of iedereen in huis was, en daarna pas gebeld.',
    ],
    insights: ['In de nacht weet niet iedereen wie er gebeld moet worden als er iets openstaat.'],
    advice: 'Zet de belvolgorde voor de nacht op één kaart bij de voordeur.',
    practices: [
      {
        what: 'Bij de overdracht naar de nacht lopen we samen langs de deuren en noemen we wie er bereikbaar is',
        who: 'de avonddienst en de nachtdienst',
        lookBack: { daysAgo: 60, status: 'adopted', body: 'Gaat goed: de nachtdienst weet nu wie ze kan bellen.' },
      },
    ],
  },
  {
    // The living team's own session, led by its own moderator: Fatima's case, and a practice whose look-back is
    // due, so Fatima and Kees find a real next step on their home page.
    organisation: 'hoeve',
    team: 'wonen',
    moderator: 'mirjam@hoeve.demo',
    participants: ['fatima@hoeve.demo', 'kees@hoeve.demo'],
    method: 'presence_case_reflection',
    question: 'Wat vraagt zij van ons aan het eind van de dag, als het huis vol raakt?',
    daysAgo: 40,
    caseKey: 'hoeve-avond',
    contributions: [
      'Om half zes komt alles tegelijk: de dagbesteding stopt, het eten moet op tafel.',
      'Als ze iets te doen heeft voor de anderen, wordt ze rustig.',
    ],
    insights: ['Onrust aan het eind van de dag vraagt om een taak, niet om minder prikkels alleen.'],
    advice: 'Geef haar een vaste rol bij het dekken, samen met één begeleider.',
    practices: [
      {
        what: 'Zij dekt om vijf uur samen met één begeleider de tafel, voordat de anderen binnenkomen',
        who: 'de begeleider van de late dienst',
        lookBack: { daysAgo: 3, status: null, body: null },
      },
    ],
  },
  {
    organisation: 'hoeve',
    team: 'dag',
    moderator: 'sanne@hoeve.demo',
    participants: ['bram@hoeve.demo'],
    method: 'presence_case_reflection',
    question: 'Wat stond er voor hem op het spel toen hij niet meer mee wilde naar de moestuin?',
    daysAgo: 290,
    caseKey: 'hoeve-koeien',
    contributions: [
      'Bij de koeien weet hij wat er van hem verwacht wordt.',
      'Misschien voelde de moestuin als iets van ons, niet van hem.',
    ],
    insights: ['Eerst kijken wat iemand gaande houdt, dan pas wat wij willen dat hij doet.'],
    advice: 'Vraag hem wat hij de kalveren wil leren.',
    practices: [
      {
        what: 'Hij krijgt de zorg voor de kalveren, en wij vragen hem elke week wat hij ziet',
        who: 'de begeleider van de stal',
        lookBack: { daysAgo: 200, status: 'adopted', body: 'Werkt goed: hij vertelt zelf en gaat ook weer naar de tuin.' },
      },
    ],
  },
  {
    organisation: 'hoeve',
    team: 'dag',
    moderator: 'sanne@hoeve.demo',
    // The entrepreneur joined this one: her sessions page lists what she took part in (issue #14).
    participants: ['bram@hoeve.demo', 'ingrid@hoeve.demo'],
    method: 'values_reflection_at_home',
    question: 'Zou je dat thuis ook doen: iedereen tegelijk om twaalf uur aan tafel?',
    daysAgo: 150,
    contributions: ['Thuis eet je als je honger hebt, niet als de bel gaat.', 'Samen eten is juist fijn, maar niet verplicht.'],
    insights: ['De vaste lunchtijd is er voor ons rooster, niet voor de deelnemers.'],
    advice: 'Probeer een lunch die een uur open is.',
    practices: [
      {
        what: 'De lunch staat een uur klaar; wie wil, schuift aan',
        who: 'het hele team',
        lookBack: { daysAgo: 90, status: 'continued', body: 'Rustiger aan tafel; nog zoeken naar wie opruimt.' },
      },
    ],
  },
  {
    organisation: 'lindehof',
    team: 'lindehof',
    moderator: 'ahmed@lindehof.demo',
    participants: ['els@lindehof.demo', 'ruud@lindehof.demo', 'noor@lindehof.demo'],
    method: 'incident_method',
    question: 'Wat deden we toen hij om drie uur ’s nachts naar zijn werk wilde?',
    daysAgo: 240,
    caseKey: 'lindehof-nacht',
    contributions: ['Ik zei dat het nacht was, en dat maakte het erger.', 'Meelopen werkte beter dan tegenspreken.'],
    insights: ['Meebewegen met zijn werkritme helpt meer dan hem de tijd uitleggen.'],
    advice: 'Zet een thermoskan thee klaar voor de nacht.',
    practices: [
      {
        what: 'Een rondje door de tuin en thee in de keuken als hij ’s nachts op is',
        who: 'de nachtdienst',
        lookBack: { daysAgo: 180, status: 'adopted', body: 'Meestal slaapt hij binnen een half uur weer.' },
      },
    ],
  },
  {
    organisation: 'lindehof',
    team: 'lindehof',
    moderator: 'ahmed@lindehof.demo',
    participants: ['els@lindehof.demo', 'noor@lindehof.demo', 'marloes@lindehof.demo'],
    method: 'dilemma_method',
    question: 'Laten we de dochter meehelpen met eten geven, of houden we dat bij het team?',
    daysAgo: 120,
    caseKey: 'lindehof-bezoek',
    contributions: [
      'Als we het bij ons houden, voelt zij zich buitengesloten.',
      'Als zij het overneemt, verliezen wij het contact met haar moeder.',
    ],
    insights: ['Naasten zijn deel van het team als we ze vragen wat ze weten.'],
    advice: 'Nodig de dochter uit om te vertellen hoe haar moeder vroeger at.',
    practices: [
      {
        what: 'De dochter kookt één keer per week mee',
        who: 'wie die middag werkt',
        lookBack: { daysAgo: 60, status: 'stopped', body: 'Te druk voor haar; we zoeken samen een andere vorm.' },
      },
    ],
  },
  {
    organisation: 'kompas',
    team: 'kompas',
    moderator: 'lotte@kompas.demo',
    participants: ['youssef@kompas.demo'],
    method: 'quality_of_care_2_pass',
    question: 'Helpt wat wij doen hem echt om weer naar school te gaan?',
    daysAgo: 200,
    caseKey: 'kompas-school',
    contributions: ['Wij praten vooral over school, hij over brommers.', 'Wie bepaalt eigenlijk wat goed voor hem is?'],
    insights: ['Begin bij wat hem trots maakt.'],
    advice: 'Zoek samen met hem een stageplek bij een fietsenmaker.',
    practices: [
      {
        what: 'Twee ochtenden per week stage bij de fietsenmaker',
        who: 'zijn mentor in huis',
        lookBack: { daysAgo: 100, status: 'continued', body: 'Hij gaat graag; school drie dagen lukt nu.' },
      },
    ],
  },
  {
    organisation: 'kompas',
    team: 'kompas',
    moderator: 'lotte@kompas.demo',
    participants: ['youssef@kompas.demo', 'peter@kompas.demo'],
    method: 'images_of_quality',
    question: 'Een gewone zaterdagochtend aan de keukentafel: wat zien we?',
    daysAgo: 45,
    contributions: ['Iedereen eet in eigen tempo, niemand moet opschieten.', 'De jongste schuift pas aan als de radio aan staat.'],
    insights: ['Kleine vaste gewoontes geven houvast zonder regels.'],
    advice: 'Laat de jongeren zelf de zaterdagochtend indelen.',
    practices: [
      {
        what: 'De jongeren maken om de beurt het zaterdagontbijt',
        who: 'het hele gezin',
        lookBack: { daysAgo: 5, status: null, body: null },
      },
    ],
  },
  {
    organisation: 'werkplaats',
    team: 'werkplaats',
    moderator: 'sophie@werkplaats.demo',
    participants: ['gerrit@werkplaats.demo'],
    method: 'presence_case_reflection',
    question: 'Wat zoekt hij als hij naar het bankje buiten loopt?',
    daysAgo: 250,
    caseKey: 'werkplaats-werkbank',
    contributions: [
      'Buiten is het stil; binnen staan de machines de hele dag aan.',
      'Misschien zitten er aan de grote tafel te veel mensen tegelijk.',
    ],
    insights: ['Weglopen is voor hem een manier om rust te vinden, niet om het werk te ontlopen.'],
    advice: 'Vraag hem waar hij zelf het liefst zou werken.',
    practices: [
      {
        what: 'Hij krijgt een eigen werkbank bij het raam en kiest zelf wanneer hij aan de grote tafel komt',
        who: 'de begeleider van de houtafdeling',
        lookBack: { daysAgo: 190, status: 'adopted', body: 'Hij blijft nu de hele dag en helpt nieuwe deelnemers op weg.' },
      },
    ],
  },
  {
    organisation: 'werkplaats',
    team: 'werkplaats',
    moderator: 'sophie@werkplaats.demo',
    participants: ['gerrit@werkplaats.demo'],
    method: 'incident_method',
    question: 'Wat gebeurde er toen de zaagmachine bleef draaien terwijl er niemand bij stond?',
    daysAgo: 35,
    contributions: [
      'Een deelnemer ging koffie halen en liet de machine aan staan.',
      'Niemand van ons wist nog dat de noodknop achter de kast zat.',
    ],
    insights: ['Veiligheid bij de machines hangt nu af van wie er toevallig kijkt.'],
    advice: 'Zet de noodknop op een plek die iedereen ziet.',
    practices: [
      {
        what: 'Bij het begin van de dag lopen we met de deelnemers langs de machines en wijzen we samen de noodknoppen aan',
        who: 'de begeleider die de hal opent',
        lookBack: { daysAgo: 4, status: null, body: null },
      },
    ],
  },
  {
    organisation: 'esch',
    team: 'esch',
    moderator: 'martin@esch.demo',
    participants: ['anouk@esch.demo'],
    method: 'quality_of_care_2_pass',
    question: 'Helpt ons vaste ritme haar, of past het vooral bij ons?',
    daysAgo: 210,
    caseKey: 'esch-nacht',
    contributions: [
      'Wij willen dat ze om acht uur opstaat, maar zij heeft daar geen reden voor.',
      'Ze vertelt dat ze ’s nachts minder piekert dan overdag.',
    ],
    insights: ['Een ritme helpt pas als de bewoner er zelf iets aan heeft.'],
    advice: 'Zoek samen met haar iets voor de ochtend waar ze zin in heeft.',
    practices: [
      {
        what: 'Elke ochtend om tien uur samen brood halen in de winkel op de hoek',
        who: 'de begeleider van de ochtend',
        lookBack: { daysAgo: 150, status: 'continued', body: 'Ze gaat bijna elke dag mee; op zondag slaat ze over, en dat is goed.' },
      },
    ],
  },
  {
    organisation: 'esch',
    team: 'esch',
    moderator: 'martin@esch.demo',
    participants: ['anouk@esch.demo'],
    method: 'values_reflection_at_home',
    question: 'Zou je dat thuis ook doen: de koelkast na tien uur ’s avonds op slot?',
    daysAgo: 25,
    contributions: [
      'Thuis pak je ’s avonds gewoon iets te eten als je trek hebt.',
      'Het slot kwam er na één keer gedoe, twee jaar geleden.',
    ],
    insights: ['Een afspraak voor één moment is een regel voor iedereen geworden.'],
    advice: 'Vraag de bewoners hoe zij het ’s avonds willen regelen.',
    practices: [
      {
        what: 'De koelkast gaat weer open; op de bovenste plank staat wat voor de volgende dag bedoeld is',
        who: 'het hele team',
        lookBack: { daysAgo: 2, status: null, body: null },
      },
    ],
  },
];

/** Next week's session of Sanne's team: where the README sends a newcomer first. */
export const DEMO_NEXT_SESSION = {
  organisation: 'hoeve',
  team: 'dag',
  moderator: 'sanne@hoeve.demo',
  participants: ['bram@hoeve.demo'],
  method: 'presence_case_reflection',
  question: 'Hoe houden we de kalveren van hem, nu de kudde groter wordt?',
  caseKey: 'hoeve-koeien',
  inDays: 7,
  /** Dutch time of day: an afternoon session, whatever the hour the demo is loaded. */
  time: '14:00',
};

/** A session going on now at De Lindehof, for a visitor to join. */
export const DEMO_LIVE_SESSION = {
  organisation: 'lindehof',
  team: 'lindehof',
  moderator: 'ahmed@lindehof.demo',
  participants: ['els@lindehof.demo', 'ruud@lindehof.demo', 'noor@lindehof.demo'],
  method: 'values_reflection_at_home',
  question: 'Kan iedereen hier zijn eigen ritme volgen, ook ’s ochtends?',
  contribution: 'Om half acht staat iedereen op, omdat de dienst dan begint.',
};

/**
 * Stories with a member check: approved by their storyteller, and one (Ahmed's) still with its storyteller.
 * `audiences` is what an approving storyteller consents to: Sanne lets De Hoeve's story reach
 * everyone, so De Hoeve's quality report (which is published) tells a story; Lotte keeps Het
 * Kompas's within the network, so that report says one story stays out, and why.
 */
export const DEMO_STORIES: readonly {
  organisation: string;
  team: string;
  author: string;
  storyteller: string;
  title: string;
  body: string;
  valueIds: string[];
  approve: boolean;
  audiences: readonly StoryAudience[];
}[] = [
  {
    organisation: 'hoeve',
    team: 'dag',
    author: 'bram@hoeve.demo',
    storyteller: 'sanne@hoeve.demo',
    title: 'Het eerste kalf van het jaar',
    body: 'Die ochtend stond hij al om zeven uur bij de stal. Toen het kalf geboren was, kwam hij naar binnen en zei: die is van mij. Sindsdien weten we waar we hem ’s ochtends vinden.',
    valueIds: ['feeling_at_home'],
    approve: true,
    audiences: ['team', 'organisation', 'network', 'public'],
  },
  {
    organisation: 'lindehof',
    team: 'lindehof',
    author: 'els@lindehof.demo',
    storyteller: 'ahmed@lindehof.demo',
    title: 'Thee om drie uur ’s nachts',
    body: 'In de keuken brandde alleen het lampje boven het fornuis. We dronken thee en hij vertelde over het deeg dat moest rijzen. Daarna zei hij dat het tijd was om te slapen.',
    valueIds: ['being_a_person'],
    approve: false,
    audiences: [],
  },
  {
    // De Lindehof's story that did come back: without it Marloes and Noor would find no story to read.
    organisation: 'lindehof',
    team: 'lindehof',
    author: 'noor@lindehof.demo',
    storyteller: 'ruud@lindehof.demo',
    title: 'Het vest en het liedje',
    body: 'Ze wilde haar vest niet aan en duwde mijn hand weg. Ik begon te neuriën, een oud liedje van de radio, en zij zong de tweede regel mee. Halverwege het refrein zat het vest aan, zonder dat een van ons het merkte.',
    valueIds: ['being_a_person', 'feeling_at_home'],
    approve: true,
    audiences: ['team', 'organisation'],
  },
  {
    organisation: 'kompas',
    team: 'kompas',
    author: 'youssef@kompas.demo',
    storyteller: 'lotte@kompas.demo',
    title: 'De brommer die weer liep',
    body: 'Drie weekenden zat hij in de schuur. Toen de motor eindelijk aansloeg, reed hij een rondje over het erf en riep iedereen naar buiten. Die maandag ging hij zonder discussie naar school.',
    valueIds: ['doing_what_is_needed'],
    approve: true,
    audiences: ['team', 'organisation', 'network'],
  },
  {
    organisation: 'werkplaats',
    team: 'werkplaats',
    author: 'sophie@werkplaats.demo',
    storyteller: 'gerrit@werkplaats.demo',
    title: 'Het eerste vogelhuisje dat verkocht werd',
    body: 'Op de markt stond hij achter de kraam, met zijn handen in zijn zakken. Toen een vrouw een vogelhuisje kocht, vroeg ze wie het gemaakt had. Hij zei niets, maar de rest van de middag stond hij vooraan.',
    valueIds: ['doing_what_is_needed', 'being_a_person'],
    approve: true,
    audiences: ['team', 'organisation', 'network'],
  },
  {
    organisation: 'esch',
    team: 'esch',
    author: 'martin@esch.demo',
    storyteller: 'anouk@esch.demo',
    title: 'Om tien uur brood halen',
    body: 'De eerste ochtend stond ze om kwart over tien nog in haar ochtendjas in de gang. In de tweede week stond ze om tien uur klaar, met haar jas al aan. In de winkel vroeg ze zelf om een half bruin.',
    valueIds: ['feeling_at_home', 'steering_together'],
    approve: true,
    audiences: ['team', 'organisation'],
  },
];

const S = 'visible_strength';
const P = 'under_pressure';
const Q = 'open_question';

/**
 * De Lindehof's values reflections, one every quarter, tagged as the team
 * tagged them: a year in which "thuis voelen" moves from a visible strength to
 * under pressure while the team agrees fixed times, forms and lists, and tags
 * the risk of new internal systems itself — the signal on the patterns page,
 * something worth talking about — until it starts to drop them again. Five or more tags per value and direction, so the cells show.
 */
export const DEMO_PATTERN_SESSIONS: DemoHeldSession[] = [
  {
    organisation: 'lindehof',
    team: 'lindehof',
    moderator: 'ahmed@lindehof.demo',
    participants: ['els@lindehof.demo', 'ruud@lindehof.demo', 'noor@lindehof.demo'],
    method: 'values_reflection_at_home',
    question: 'Zou je dat thuis ook doen: iedereen om half negen aan het ontbijt?',
    quartersAgo: 3,
    contributions: ['Thuis ontbijt niemand op de minuut.'],
    tagged: [
      { body: 'Wie uitslaapt, krijgt nu gewoon later ontbijt.', tags: [['feeling_at_home', S]] },
      {
        body: 'Een bewoner zet zelf koffie, zoals hij thuis deed.',
        tags: [
          ['feeling_at_home', S],
          ['doing_what_is_needed', S],
        ],
      },
      { body: 'Er is ruimte om in je ochtendjas aan tafel te zitten.', tags: [['feeling_at_home', S]] },
      {
        body: 'We eten mee met de bewoners, aan dezelfde tafel.',
        tags: [
          ['feeling_at_home', S],
          ['being_together', S],
        ],
      },
      {
        body: 'De krant wordt voorgelezen voor wie dat wil.',
        tags: [
          ['feeling_at_home', S],
          ['being_together', S],
        ],
      },
      { body: 'Samen de tafel afruimen hoort erbij.', tags: [['being_together', S]] },
      { body: 'Naasten schuiven soms aan bij het ontbijt.', tags: [['being_together', S]] },
      { body: 'De tuin gaat open als iemand naar buiten wil.', tags: [['being_together', S]] },
    ],
    insights: ['Ons ritme past zich aan de bewoners aan, niet andersom.'],
    advice: 'Houd vast aan het late ontbijt, ook als het druk is.',
    practices: [
      {
        what: 'De vaste tijd voor het ontbijt afschaffen: het ontbijt staat klaar tot half elf',
        who: 'het hele team',
        lookBack: { daysAgo: 45, status: 'adopted', body: 'Niemand wordt meer gewekt voor het ontbijt. Rustiger begin van de dag.' },
      },
    ],
  },
  {
    organisation: 'lindehof',
    team: 'lindehof',
    moderator: 'ahmed@lindehof.demo',
    participants: ['els@lindehof.demo', 'ruud@lindehof.demo', 'noor@lindehof.demo'],
    method: 'values_reflection_at_home',
    question: 'Wat doen we nu er een nieuwe bewoner is die ’s nachts valt?',
    quartersAgo: 2,
    contributions: ['Na de val zijn we allemaal voorzichtiger geworden.'],
    tagged: [
      { body: 'Het ontbijt blijft een rustig moment, ook met de nieuwe bewoner.', tags: [['feeling_at_home', S]] },
      { body: 'Hij mag zijn eigen stoel uit huis meenemen.', tags: [['feeling_at_home', S]] },
      {
        body: 'We kennen zijn verhaal al goed van zijn dochter.',
        tags: [
          ['feeling_at_home', S],
          ['being_a_person', S],
        ],
      },
      {
        body: 'Iedereen helpt hem de weg te vinden in huis.',
        tags: [
          ['feeling_at_home', S],
          ['being_together', S],
        ],
      },
      { body: 'Hij zit graag bij het raam, dat houden we vrij.', tags: [['feeling_at_home', S]] },
      { body: 'We hebben een valformulier gemaakt, voor de zekerheid.', tags: [['new_internal_systems', P]] },
      { body: 'De nachtdienst loopt vaker een extra ronde.', tags: [['being_together', S]] },
    ],
    insights: ['Veiligheid vraagt om aandacht, niet meteen om een nieuwe regel.'],
    advice: 'Kijk na een maand of het valformulier iets oplevert.',
    practices: [
      {
        what: 'Een formulier invullen na elke val, ook zonder letsel',
        who: 'wie dienst heeft',
        lookBack: { daysAgo: 60, status: null, body: null },
      },
    ],
  },
  {
    organisation: 'lindehof',
    team: 'lindehof',
    moderator: 'ahmed@lindehof.demo',
    participants: ['els@lindehof.demo', 'ruud@lindehof.demo', 'noor@lindehof.demo'],
    method: 'values_reflection_at_home',
    question: 'Sinds het nieuwe rooster: wie past zich aan wie aan?',
    quartersAgo: 1,
    contributions: ['Met één collega minder in de middag moet alles sneller.'],
    tagged: [
      {
        body: 'Bewoners gaan eerder naar bed omdat de late dienst korter is.',
        tags: [
          ['feeling_at_home', P],
          ['new_internal_systems', P],
        ],
      },
      {
        body: 'Het douchen staat nu op een lijst per dag.',
        tags: [
          ['feeling_at_home', P],
          ['new_internal_systems', P],
        ],
      },
      {
        body: 'Samen koken is gestopt, er is geen tijd meer.',
        tags: [
          ['feeling_at_home', P],
          ['being_together', P],
        ],
      },
      {
        body: 'Bezoek moet zich melden bij het kantoor.',
        tags: [
          ['feeling_at_home', P],
          ['being_together', P],
        ],
      },
      {
        body: 'We zitten vaker in het kantoortje dan in de huiskamer.',
        tags: [
          ['feeling_at_home', P],
          ['being_together', P],
        ],
      },
      { body: 'Een bewoner vraagt waarom hij niet meer mag helpen in de keuken.', tags: [['being_together', P]] },
      { body: 'De naasten merken het ook: minder tijd voor een praatje.', tags: [['being_together', P]] },
    ],
    insights: ['Het rooster is gaan bepalen hoe de dag loopt.'],
    advice: 'Zet op de teamvergadering alle nieuwe afspraken van dit jaar onder elkaar.',
    practices: [
      {
        what: 'Vaste tijden voor het douchen, op een lijst in het kantoor',
        who: 'de ochtenddienst',
        lookBack: { daysAgo: 45, status: null, body: null },
      },
    ],
  },
  {
    organisation: 'lindehof',
    team: 'lindehof',
    moderator: 'ahmed@lindehof.demo',
    participants: ['els@lindehof.demo', 'ruud@lindehof.demo', 'noor@lindehof.demo'],
    method: 'values_reflection_at_home',
    question: 'Welke regel kunnen we opheffen?',
    quartersAgo: 0,
    contributions: ['We hebben dit jaar meer afspraken gemaakt dan ooit.'],
    tagged: [
      {
        body: 'De lijst voor het douchen voelt als een ziekenhuis.',
        tags: [
          ['feeling_at_home', P],
          ['new_internal_systems', P],
        ],
      },
      {
        body: 'Het valformulier vult niemand meer echt in.',
        tags: [
          ['feeling_at_home', P],
          ['new_internal_systems', P],
        ],
      },
      {
        body: 'Bezoek na acht uur mag niet meer, maar waarom eigenlijk?',
        tags: [
          ['feeling_at_home', P],
          ['new_internal_systems', P],
        ],
      },
      {
        body: 'Bewoners vragen niet meer of ze mogen helpen.',
        tags: [
          ['feeling_at_home', P],
          ['being_together', P],
        ],
      },
      { body: 'Thuis zou niemand een rooster voor de douche hebben.', tags: [['feeling_at_home', P]] },
      {
        body: 'Na de spiegel van de naasten willen we terug naar het oude ritme.',
        tags: [
          ['feeling_at_home', S],
          ['being_together', P],
        ],
      },
      {
        body: 'Samen koken op dinsdag en donderdag is weer begonnen.',
        tags: [
          ['being_together', P],
          ['doing_what_is_needed', S],
        ],
      },
    ],
    insights: ['We zijn zonder het te merken een klein instituut geworden.'],
    advice: 'Begin bij de regel die bewoners het meest raakt: bezoek na acht uur.',
    practices: [
      {
        what: 'De lijst voor het douchen schrappen: wie wil douchen, zegt het gewoon',
        who: 'het hele team',
        lookBack: { daysAgo: 30, status: null, body: null },
      },
    ],
  },
];

/**
 * The network's shared question of the last half-year, "welke afspraak is bij ons ongemerkt een regel geworden?": the
 * four other homes each held a values reflection in the two quarters before the current one (quartersAgo 2 and 1), as
 * De Lindehof did its own (DEMO_PATTERN_SESSIONS), so in those two quarters all five organisations tagged values and
 * the coordinator's network patterns show them (the network rule needs five; tooFewOrganisations). Dated by quarter,
 * not by days, so that holds whatever day the demo is loaded. The other quarters keep fewer than five (De Werkplaats
 * and De Esch otherwise tag more than a quarter apart; demo-visits.data.ts, DEMO_JOINED_ROUND) and stay left out, so
 * the page shows both. Together, never per home: "thuis voelen" a visible strength in the first quarter and under
 * pressure in the second, "samen-sturen" strong in both (five or more from the four homes alone), and the risk of new
 * internal systems first a question in each of the four, then under pressure. Every practice drops a rule (the
 * method's "welke regel kan eraf?") and was looked back on, so none is due on a home page.
 */
export const DEMO_NETWORK_PATTERN_SESSIONS: DemoHeldSession[] = [
  {
    organisation: 'hoeve',
    team: 'dag',
    moderator: 'sanne@hoeve.demo',
    participants: ['bram@hoeve.demo'],
    method: 'values_reflection_at_home',
    question: 'Zou je dat thuis ook doen: een bord met wie welke taak heeft, per dag?',
    quartersAgo: 2,
    contributions: ['Op het bord in de kantine staat per dag wie de kippen voert en wie de stal uitmest.'],
    tagged: [
      { body: 'Deelnemers ruilen onderling een taak als ze daar zin in hebben.', tags: [['steering_together', S]] },
      {
        body: 'Bij de koffie vertelt iedereen wat hij op het erf gezien heeft.',
        tags: [
          ['being_together', S],
          ['feeling_at_home', S],
        ],
      },
      { body: 'Wie nieuw is, loopt eerst een week mee met iemand die het erf kent.', tags: [['doing_what_is_needed', S]] },
      { body: 'Staat er nog iemand op het bord die liever iets anders doet?', tags: [['new_internal_systems', Q]] },
      { body: 'Het bord was bedoeld als hulp; wanneer werd het een rooster?', tags: [['new_internal_systems', Q]] },
    ],
    insights: ['Het bord helpt wie nieuw is, maar wie er al jaren komt, heeft het niet nodig.'],
    advice: 'Vraag de deelnemers zelf wat er op het bord moet blijven staan.',
    practices: [
      {
        what: 'Het vaste rooster op het takenbord loslaten: de deelnemers vullen het bord zelf in bij de koffie',
        who: 'de begeleider van de ochtend',
        lookBack: { daysAgo: 40, status: 'adopted', body: 'Het bord klopt nu met wat er echt gebeurt, en er wordt vaker geruild.' },
      },
    ],
  },
  {
    organisation: 'hoeve',
    team: 'wonen',
    moderator: 'mirjam@hoeve.demo',
    participants: ['fatima@hoeve.demo', 'kees@hoeve.demo'],
    method: 'values_reflection_at_home',
    question: 'Zou je dat thuis ook doen: om tien uur het licht uit in de huiskamer?',
    quartersAgo: 1,
    contributions: ['Om tien uur gaat het grote licht uit, ook als er nog iemand televisie kijkt.'],
    tagged: [
      {
        body: 'Wie nog wil opblijven, moet het eerst aan de avonddienst vragen.',
        tags: [
          ['feeling_at_home', P],
          ['new_internal_systems', P],
        ],
      },
      { body: 'In het huisoverleg bespreken de deelnemers zelf de afspraken voor de avond.', tags: [['steering_together', S]] },
      { body: 'De avonddienst drinkt graag nog een kop thee met wie er nog is.', tags: [['being_together', S]] },
    ],
    insights: ['Het licht om tien uur uit was een afspraak voor de nachtdienst, niet voor de deelnemers.'],
    advice: 'Laat wie als laatste naar bed gaat het licht uitdoen, zoals thuis.',
    practices: [
      {
        what: 'De vaste tijd voor het licht uit afschaffen: wie als laatste naar bed gaat, doet het licht uit',
        who: 'de avonddienst',
        lookBack: {
          daysAgo: 30,
          status: 'adopted',
          body: 'Het is ’s avonds rustiger dan we dachten; soms blijven er twee nog even zitten.',
        },
      },
    ],
  },
  {
    organisation: 'kompas',
    team: 'kompas',
    moderator: 'lotte@kompas.demo',
    participants: ['youssef@kompas.demo', 'peter@kompas.demo'],
    method: 'values_reflection_at_home',
    question: 'Zou je dat thuis ook doen: een huisoverleg op maandag waarvan wij de punten kiezen?',
    quartersAgo: 2,
    contributions: ['Elke maandag na het eten is er huisoverleg; wij hebben een lijstje met punten.'],
    tagged: [
      { body: 'De jongeren kiezen om de beurt wat we op zondag eten.', tags: [['steering_together', S]] },
      { body: 'Wie uit school komt, vindt altijd iemand in de keuken.', tags: [['feeling_at_home', S]] },
      {
        body: 'Een jongere richt zijn kamer zelf in, ook als wij het anders zouden doen.',
        tags: [
          ['being_a_person', S],
          ['steering_together', S],
        ],
      },
      { body: 'Het huisoverleg: is dat voor hen, of voor ons?', tags: [['new_internal_systems', Q]] },
    ],
    insights: ['Waar de jongeren zelf kiezen, doen ze mee; waar wij het lijstje maken, haken ze af.'],
    advice: 'Laat de jongeren zelf de punten voor het huisoverleg bedenken.',
    practices: [
      {
        what: 'Het vaste lijstje van ons schrappen: de jongeren zetten zelf de punten op de agenda van het huisoverleg',
        who: 'het hele gezin',
        lookBack: {
          daysAgo: 40,
          status: 'continued',
          body: 'Het overleg is korter en er wordt meer gelachen; de jongste doet nog niet mee.',
        },
      },
    ],
  },
  {
    organisation: 'kompas',
    team: 'kompas',
    moderator: 'lotte@kompas.demo',
    participants: ['youssef@kompas.demo', 'peter@kompas.demo'],
    method: 'values_reflection_at_home',
    question: 'Zou je dat thuis ook doen: alle telefoons om negen uur inleveren?',
    quartersAgo: 1,
    contributions: ['Om negen uur gaan de telefoons van de jongeren in een bak in de gang.'],
    tagged: [
      { body: 'De oudste moet zijn telefoon net zo vroeg inleveren als de jongste.', tags: [['being_a_person', P]] },
      {
        body: 'De bak in de gang voelt als een regel van een instelling, niet van een gezin.',
        tags: [
          ['feeling_at_home', P],
          ['new_internal_systems', P],
        ],
      },
      { body: 'Met elke jongere apart iets afspreken werkt beter dan één regel voor iedereen.', tags: [['steering_together', S]] },
      { body: 'De jongeren schrijven zelf mee aan hun eigen afspraken.', tags: [['steering_together', S]] },
      { body: 'Wie niet kan slapen, komt nu vaker even bij ons in de keuken zitten.', tags: [['being_together', S]] },
    ],
    insights: ['Eén regel voor alle jongeren past bij geen van hen.'],
    advice: 'Maak met elke jongere een eigen afspraak over de telefoon in de avond.',
    practices: [
      {
        what: 'De regel over het inleveren van telefoons schrappen: met elke jongere maken we een eigen afspraak',
        who: 'de gezinshuisouders',
        lookBack: {
          daysAgo: 30,
          status: 'continued',
          body: 'Met de oudste twee gaat het goed; met de jongste zoeken we nog naar een vorm.',
        },
      },
    ],
  },
  {
    organisation: 'werkplaats',
    team: 'werkplaats',
    moderator: 'sophie@werkplaats.demo',
    participants: ['gerrit@werkplaats.demo'],
    method: 'values_reflection_at_home',
    question: 'Zou je dat thuis ook doen: om half elf iedereen tegelijk koffiepauze?',
    quartersAgo: 2,
    contributions: ['Om half elf gaan alle machines uit en drinkt iedereen koffie in de kantine.'],
    tagged: [
      { body: 'Deelnemers kiezen zelf aan welke opdracht ze werken.', tags: [['steering_together', S]] },
      { body: 'Wat we maken, wordt echt verkocht; daar zijn deelnemers trots op.', tags: [['being_a_person', S]] },
      { body: 'Wie een minder goede dag heeft, mag ook gewoon komen kijken.', tags: [['feeling_at_home', S]] },
      { body: 'Moet iedereen midden in een klus stoppen omdat het half elf is?', tags: [['new_internal_systems', Q]] },
    ],
    insights: ['De vaste pauze is handig voor de begeleiders, maar breekt het werk van de deelnemers.'],
    advice: 'Laat de koffie de hele ochtend klaarstaan.',
    practices: [
      {
        what: 'De vaste tijd voor de pauze loslaten: de koffie staat de hele ochtend klaar, wie een klus af heeft, neemt pauze',
        who: 'de begeleider die de hal opent',
        lookBack: { daysAgo: 40, status: 'adopted', body: 'Rustiger in de hal; niemand hoeft nog midden in een klus te stoppen.' },
      },
    ],
  },
  {
    organisation: 'werkplaats',
    team: 'werkplaats',
    moderator: 'sophie@werkplaats.demo',
    participants: ['gerrit@werkplaats.demo'],
    method: 'values_reflection_at_home',
    question: 'Zou je dat thuis ook doen: bij binnenkomst je naam op een lijst zetten?',
    quartersAgo: 1,
    contributions: ['Sinds kort tekent iedereen bij binnenkomst een presentielijst bij de deur.'],
    tagged: [
      {
        body: 'Ook wie hier al jaren komt, moet elke ochtend tekenen.',
        tags: [
          ['feeling_at_home', P],
          ['new_internal_systems', P],
        ],
      },
      { body: 'Een deelnemer zei: ik kom hier werken, niet inchecken.', tags: [['being_a_person', P]] },
      { body: 'In het werkoverleg bespreken de deelnemers zelf wat er beter kan.', tags: [['steering_together', S]] },
      { body: 'Wie nieuw is, wordt door de anderen wegwijs gemaakt in de hal.', tags: [['being_together', S]] },
    ],
    insights: ['De lijst gaf ons zekerheid, de deelnemers niets.'],
    advice: 'Kijk of de begeleider bij de deur hetzelfde ziet zonder lijst.',
    practices: [
      {
        what: 'De lijst bij de deur afschaffen: de begeleider die de hal opent, groet iedereen bij binnenkomst',
        who: 'de begeleider die de hal opent',
        lookBack: { daysAgo: 30, status: 'adopted', body: 'Niemand mist de lijst; het begin van de dag is persoonlijker.' },
      },
    ],
  },
  {
    organisation: 'esch',
    team: 'esch',
    moderator: 'martin@esch.demo',
    participants: ['anouk@esch.demo'],
    method: 'values_reflection_at_home',
    question: 'Zou je dat thuis ook doen: aanbellen bij je eigen voordeur?',
    quartersAgo: 2,
    contributions: ['Bewoners hebben geen eigen sleutel; wie thuiskomt, belt aan en wacht tot iemand van het team opendoet.'],
    tagged: [
      { body: 'Bewoners koken om de beurt voor de hele groep.', tags: [['steering_together', S]] },
      { body: 'Wie binnenkomt, wordt in de keuken altijd begroet.', tags: [['feeling_at_home', S]] },
      { body: 'Na een lange opname is zelf weer kiezen wennen: wat vraagt dat van ons?', tags: [['being_a_person', Q]] },
      { body: 'Aanbellen bij je eigen huis: sinds wanneer doen we dat eigenlijk?', tags: [['new_internal_systems', Q]] },
      { body: 'En de koelkast die ’s avonds op slot gaat: hoort die daar ook bij?', tags: [['new_internal_systems', Q]] },
    ],
    insights: ['Wat ooit voor één bewoner nodig was, geldt nu voor het hele huis.'],
    advice: 'Vraag elke bewoner of hij een eigen sleutel wil.',
    practices: [
      {
        what: 'Stoppen met aanbellen als regel: elke bewoner die dat wil, krijgt een eigen sleutel van de voordeur',
        who: 'de begeleider van de ochtend',
        lookBack: { daysAgo: 40, status: 'adopted', body: 'Bijna iedereen heeft er nu een; het voelt meer als een eigen huis.' },
      },
    ],
  },
  {
    organisation: 'esch',
    team: 'esch',
    moderator: 'martin@esch.demo',
    participants: ['anouk@esch.demo'],
    method: 'values_reflection_at_home',
    question: 'Zou je dat thuis ook doen: een rooster voor de wasmachine?',
    quartersAgo: 1,
    contributions: ['Op de deur van de bijkeuken hangt een rooster: per bewoner een vaste dag om te wassen.'],
    tagged: [
      {
        body: 'Wie buiten zijn dag wil wassen, moet het eerst aan het team vragen.',
        tags: [
          ['feeling_at_home', P],
          ['new_internal_systems', P],
        ],
      },
      { body: 'Een bewoner wast het liefst ’s avonds laat, als het stil is in huis.', tags: [['being_a_person', S]] },
      {
        body: 'Sinds er een rooster hangt, vraagt niemand meer aan een ander of hij even voor mag.',
        tags: [
          ['being_together', P],
          ['feeling_at_home', P],
        ],
      },
      { body: 'In het huisoverleg beslissen de bewoners zelf over de huisafspraken.', tags: [['steering_together', S]] },
    ],
    insights: ['Het rooster regelt iets wat de bewoners samen prima kunnen.'],
    advice: 'Haal het rooster weg en spreek af dat wie wast, de machine ook leegmaakt.',
    practices: [
      {
        what: 'Het rooster voor de wasmachine schrappen: wie wil wassen, kijkt of de machine vrij is',
        who: 'het hele team',
        lookBack: { daysAgo: 30, status: 'continued', body: 'Het gaat goed; op zondag is het soms nog druk bij de machine.' },
      },
    ],
  },
];
