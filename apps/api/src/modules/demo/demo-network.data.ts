import { ClientGroup, Financing, LocationKind, OrganisationKind, Role } from '@kring/domain';

/**
 * A Dutch demo learning network: five organisations of different kinds and
 * people in every role, enough to try every feature. Five, because a view of
 * the network as one whole (the coordinator's year overview) shows figures
 * only when five organisations or more showed something in the year
 * (tooFewOrganisations). All names are invented.
 */
interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  clientGroups: ClientGroup[];
  financing: Financing[];
  residentTerm: string;
  careVision: string;
  /** The organisation's own procedure, shown at every escalation prompt: who to go to with a complaint, and the incident route. */
  escalation: { officerName: string; officerContact: string; incidentRoute: string };
  locations: { key: string; name: string; kind: LocationKind; place: string }[];
  teams: { key: string; name: string; location: string }[];
}

interface DemoPerson {
  name: string;
  email: string;
  roles: { organisation?: string; team?: string; role: Role }[];
}

export const DEMO_NETWORK_NAME = 'Lerend netwerk Kleinschalig Oost';

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'hoeve',
    name: 'Zorgboerderij De Hoeve',
    kind: 'care_farm',
    clientGroups: ['disability', 'older_people'],
    financing: ['wlz', 'wmo', 'pgb'],
    residentTerm: 'deelnemer',
    careVision:
      'Op de boerderij doet iedereen mee naar vermogen. Het werk met dieren en land geeft ritme, trots en contact. We kijken naar wat iemand kan, niet naar wat niet meer gaat.',
    escalation: {
      officerName: 'Joke Hendriks',
      officerContact: 'klachten@hoeve.demo',
      incidentRoute: 'meld het meteen bij de dienstdoende begeleider en vul dezelfde dag een MIC-melding in',
    },
    locations: [
      { key: 'erf', name: 'De Hoeve – erf en stallen', kind: 'care_farm', place: 'Lochem' },
      { key: 'woonhuis', name: 'De Hoeve – woonhuis', kind: 'residence', place: 'Lochem' },
    ],
    teams: [
      { key: 'dag', name: 'Team dagbesteding', location: 'erf' },
      { key: 'wonen', name: 'Team wonen', location: 'woonhuis' },
    ],
  },
  {
    key: 'lindehof',
    name: 'Kleinschalig wonen De Lindehof',
    kind: 'small_home',
    clientGroups: ['older_people', 'dementia'],
    financing: ['wlz', 'pgb'],
    residentTerm: 'bewoner',
    careVision:
      'De Lindehof is een thuis voor acht mensen met dementie. Wij volgen het ritme van de bewoner, kennen zijn levensverhaal en zien naasten als deel van het team.',
    escalation: {
      officerName: 'Wim Postma',
      officerContact: 'klachten@lindehof.demo',
      incidentRoute: 'bel de teamleider en maak een MIC-melding in het zorgdossier',
    },
    locations: [{ key: 'huis', name: 'De Lindehof', kind: 'residence', place: 'Deventer' }],
    teams: [{ key: 'lindehof', name: 'Team Lindehof', location: 'huis' }],
  },
  {
    key: 'kompas',
    name: 'Gezinshuis Het Kompas',
    kind: 'family_home',
    clientGroups: ['youth'],
    financing: ['jeugdwet'],
    residentTerm: 'jongere',
    careVision:
      'In Het Kompas wonen jongeren in een gewoon gezin. Een vaste plek, vaste mensen en ruimte om fouten te maken: zo groeien ze naar zelfstandigheid.',
    escalation: {
      officerName: 'Ans de Graaf',
      officerContact: 'klachten@kompas.demo',
      incidentRoute: 'meld het bij de gezinshuisouder en de jeugdzorgaanbieder',
    },
    locations: [{ key: 'gezinshuis', name: 'Het Kompas', kind: 'residence', place: 'Zutphen' }],
    teams: [{ key: 'kompas', name: 'Team Kompas', location: 'gezinshuis' }],
  },
  // The two that joined the network this year, each with an entrepreneur and one moderator who also works in the team.
  {
    key: 'werkplaats',
    name: 'Dagbesteding De Werkplaats',
    kind: 'day_activities',
    clientGroups: ['disability', 'psychiatry'],
    financing: ['wmo', 'wlz'],
    residentTerm: 'deelnemer',
    careVision:
      'Bij ons maken deelnemers echte dingen die mensen kopen en gebruiken. Wie binnenkomt, kiest zelf zijn werk en zijn tempo. Een goede dag is een dag waarop je iets gemaakt hebt.',
    escalation: {
      officerName: 'Hanneke Brouwer',
      officerContact: 'klachten@werkplaats.demo',
      incidentRoute: 'meld het bij de begeleider van die dag en vul voor het eind van de dag een MIC-melding in',
    },
    locations: [{ key: 'hal', name: 'De Werkplaats – de hal', kind: 'day_activities', place: 'Apeldoorn' }],
    teams: [{ key: 'werkplaats', name: 'Team Werkplaats', location: 'hal' }],
  },
  {
    key: 'esch',
    name: 'Woongroep De Esch',
    kind: 'small_home',
    clientGroups: ['psychiatry'],
    financing: ['wlz', 'zvw'],
    residentTerm: 'bewoner',
    careVision:
      'In De Esch wonen zes mensen die na een lange opname weer een eigen plek willen. We bieden rust en een vast ritme, en geven de regie stap voor stap terug.',
    escalation: {
      officerName: 'Bert Lubbers',
      officerContact: 'klachten@esch.demo',
      incidentRoute: 'bel de bereikbare dienst en maak dezelfde dag een MIC-melding in het dossier',
    },
    locations: [{ key: 'huis', name: 'De Esch', kind: 'residence', place: 'Hengelo' }],
    teams: [{ key: 'esch', name: 'Team Esch', location: 'huis' }],
  },
];

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    name: 'Ingrid Jansen',
    email: 'ingrid@hoeve.demo',
    roles: [
      { organisation: 'hoeve', role: 'entrepreneur' },
      { organisation: 'hoeve', role: 'administrator' },
    ],
  },
  { name: 'Sanne de Vries', email: 'sanne@hoeve.demo', roles: [{ organisation: 'hoeve', team: 'dag', role: 'moderator' }] },
  { name: 'Bram Mulder', email: 'bram@hoeve.demo', roles: [{ organisation: 'hoeve', team: 'dag', role: 'care_worker' }] },
  { name: 'Fatima el Amrani', email: 'fatima@hoeve.demo', roles: [{ organisation: 'hoeve', team: 'wonen', role: 'care_worker' }] },
  { name: 'Kees Bosman', email: 'kees@hoeve.demo', roles: [{ organisation: 'hoeve', team: 'wonen', role: 'care_worker' }] },
  { name: 'Mirjam Kuipers', email: 'mirjam@hoeve.demo', roles: [{ organisation: 'hoeve', team: 'wonen', role: 'moderator' }] },
  {
    name: 'Marloes Visser',
    email: 'marloes@lindehof.demo',
    roles: [
      { organisation: 'lindehof', role: 'entrepreneur' },
      { organisation: 'lindehof', role: 'administrator' },
    ],
  },
  { name: 'Ahmed Yilmaz', email: 'ahmed@lindehof.demo', roles: [{ organisation: 'lindehof', team: 'lindehof', role: 'moderator' }] },
  { name: 'Els Smit', email: 'els@lindehof.demo', roles: [{ organisation: 'lindehof', team: 'lindehof', role: 'care_worker' }] },
  { name: 'Ruud Hendriks', email: 'ruud@lindehof.demo', roles: [{ organisation: 'lindehof', team: 'lindehof', role: 'care_worker' }] },
  { name: 'Noor Bakker', email: 'noor@lindehof.demo', roles: [{ organisation: 'lindehof', team: 'lindehof', role: 'care_worker' }] },
  {
    name: 'Peter van Dijk',
    email: 'peter@kompas.demo',
    roles: [
      { organisation: 'kompas', role: 'entrepreneur' },
      { organisation: 'kompas', role: 'administrator' },
    ],
  },
  {
    name: 'Lotte Kramer',
    email: 'lotte@kompas.demo',
    roles: [
      { organisation: 'kompas', team: 'kompas', role: 'care_worker' },
      { organisation: 'kompas', team: 'kompas', role: 'moderator' },
    ],
  },
  { name: 'Youssef Haddou', email: 'youssef@kompas.demo', roles: [{ organisation: 'kompas', team: 'kompas', role: 'care_worker' }] },
  {
    name: 'Gerrit Dekker',
    email: 'gerrit@werkplaats.demo',
    roles: [
      { organisation: 'werkplaats', role: 'entrepreneur' },
      { organisation: 'werkplaats', role: 'administrator' },
    ],
  },
  // A moderator who is also one of the team's care workers, as Lotte is: so she can go along on a visit (a visiting team
  // is an entrepreneur and a care worker).
  {
    name: 'Sophie de Boer',
    email: 'sophie@werkplaats.demo',
    roles: [
      { organisation: 'werkplaats', team: 'werkplaats', role: 'care_worker' },
      { organisation: 'werkplaats', team: 'werkplaats', role: 'moderator' },
    ],
  },
  {
    name: 'Anouk Peters',
    email: 'anouk@esch.demo',
    roles: [
      { organisation: 'esch', role: 'entrepreneur' },
      { organisation: 'esch', role: 'administrator' },
    ],
  },
  {
    name: 'Martin Koster',
    email: 'martin@esch.demo',
    roles: [
      { organisation: 'esch', team: 'esch', role: 'care_worker' },
      { organisation: 'esch', team: 'esch', role: 'moderator' },
    ],
  },
  { name: 'Wilma Timmer', email: 'wilma@netwerk.demo', roles: [{ role: 'network_coordinator' }] },
];

/** Readable, printed passwords: this is a demo, not an account to keep. */
export function demoPassword(person: DemoPerson): string {
  return `welkom-${person.email.split('@')[0]}`;
}
