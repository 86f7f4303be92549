import type { Visit } from './VisitPage';

const lens = { version: 2, purpose: 'Samen leren', valueIds: ['feeling_at_home'], mirrorThemeIds: ['residents'], questions: [] };

/** For the specs of the visit's page: a visit of De Lindehof to De Hoeve, seen by the host's entrepreneur unless changed. */
export function testVisit(status: Visit['status'], changes: Partial<Visit> = {}): Visit {
  return {
    id: 'v1',
    viewerSide: 'host',
    viewerIsEntrepreneur: true,
    status,
    focusQuestion: 'Voelen deelnemers zich hier thuis?',
    purpose: 'Een frisse blik',
    format: 'day',
    visitDate: '2027-01-10',
    hostAgreedAt: status === 'agreed' ? '2026-12-01T10:00:00Z' : null,
    visitorAgreedAt: status === 'agreed' ? '2026-12-01T11:00:00Z' : null,
    missingForAgreement: [],
    reportStatus: 'draft',
    noteCount: 0,
    network: { id: 'n1', name: 'Netwerk' },
    host: { id: 'o1', name: 'De Hoeve' },
    visitor: { id: 'o2', name: 'De Lindehof' },
    location: { id: 'l1', name: 'Het erf' },
    lens,
    networkLens: lens,
    team: [],
    pack: {
      careVision: '',
      kind: 'care_farm',
      clientGroups: [],
      financing: [],
      residentTerm: 'deelnemer',
      practicalNotes: '',
      privacyNotes: '',
      locations: [{ id: 'l1', name: 'Het erf', kind: 'care_farm', place: 'Lochem' }],
    },
    returnVisit: null,
    ...changes,
  };
}
