import type { MirrorReportDto } from './dtos/mirror.dto';
import { networkVersion } from './network-version';

/** The host's own version: every name and day the report can hold is filled in. */
const hostsReport: MirrorReportDto = {
  visitId: 'v',
  anonymised: false,
  host: { id: 'h', name: 'Zorgboerderij De Hoeve' },
  visitor: { id: 'g', name: 'De Lindehof' },
  hostKind: 'care_farm',
  hostResidentTerm: 'deelnemer',
  visitDate: '2026-04-14',
  period: '2026-Q2',
  format: null,
  focusQuestion: 'Voelen mensen zich thuis op De Hoeve?',
  purpose: '',
  lens: { version: 0, purpose: '', valueIds: [], mirrorThemeIds: [], questions: [], changeNote: '', publishedAt: null, publishedBy: null },
  summary: 'Iedereen at mee op 14 april; Fatima schoof aan.',
  hostReflection: '',
  notes: [
    {
      id: 'n',
      body: 'Op De Hoeve eet iedereen mee.',
      findingType: 'strength',
      valueIds: [],
      mirrorThemeId: null,
      momentOfDay: null,
      aboutFocus: false,
      inReport: true,
      author: 'Els',
    },
  ],
  responses: [
    {
      topicKind: 'focus',
      topicId: 'focus',
      body: 'Ingrid: ja, sinds 14-04-2026.',
      version: 1,
      updatedBy: 'Ingrid',
      updatedAt: new Date('2026-04-14T15:00:00Z'),
    },
  ],
  practices: [
    {
      id: 'p',
      what: 'Samen de tafel dekken',
      who: 'Team dagbesteding',
      lookBackOn: '2027-01-05',
      team: { id: 't', name: 'Team dagbesteding' },
    },
  ],
  status: 'closed',
  visibility: 'network',
  team: { id: 't', name: 'Team dagbesteding' },
  hostTeams: [{ id: 't', name: 'Team dagbesteding' }],
  viewerIsHost: false,
  viewerCanDraft: false,
  handedToHostAt: new Date('2026-04-15T10:00:00Z'),
  closedAt: new Date('2026-05-02T10:00:00Z'),
  returnVisit: null,
};

const known = { people: ['Fatima', 'Els', 'Ingrid'], places: ['Zorgboerderij De Hoeve', 'De Lindehof', 'Team dagbesteding'] };

/** A day as people write it in Dutch, or as the API gives it. */
const DAY =
  /\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)/;

/** Every value in the report that is a day or a moment, or a text naming a day, with where it is. */
function daysIn(value: unknown, path = 'report'): string[] {
  if (value instanceof Date) return [path];
  if (typeof value === 'string') return DAY.test(value) ? [path] : [];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => daysIn(inner, `${path}.${key}`));
  return [];
}

describe('the network version of a mirror report', () => {
  const network = networkVersion(hostsReport, known, 'nl', 1);

  it('keeps its note’s promise on dates: no day at all, the quarter only', () => {
    expect(daysIn(hostsReport)).toHaveLength(7);
    expect(daysIn(network)).toEqual([]);
    expect(network.period).toBe('2026-Q2');
  });

  it('names no organisation, team or person, in fields or in what people wrote', () => {
    expect(JSON.stringify(network)).not.toMatch(/Hoeve|Lindehof|dagbesteding|Fatima|Els|Ingrid/);
    expect(network.summary).toBe('Iedereen at mee op [datum]; [naam] schoof aan.');
    expect(network).toMatchObject({ anonymised: true, host: null, visitor: null, team: null, hostTeams: [], hostKind: null });
    // A word of its own ("deelnemer" at a care farm) could point at the host: the network reads "bewoners".
    expect(network.hostResidentTerm).toBeNull();
  });

  it('names the kind of organisation once enough organisations in the network share it', () => {
    expect(networkVersion(hostsReport, known, 'nl', 5).hostKind).toBe('care_farm');
  });
});
