import { anonymise, KnownNames, Language, LocalizedText, sharedDescriptor } from '@kring/domain';
import type { MirrorReportDto } from './dtos/mirror.dto';

/**
 * What the network's version of a mirror report leaves out (domain guide §8), in the words its note uses. The PDF's note
 * is written from this list and networkVersion below leaves out each of these, so the note cannot promise more than the
 * data keeps. The web's note names the same things (peer-visits texts, visits.report.anonymised).
 */
export const NETWORK_VERSION_LEAVES_OUT = {
  /** Organisations, teams and people: the fields that name them are empty; in what people wrote they become "[naam]". */
  names: { nl: 'namen', en: 'names' },
  /** In what people wrote: the organisations' locations and places (anonymise). */
  places: { nl: 'plaatsen', en: 'places' },
  /** Every day that points at the visit: its date, hand-over, close and look-back days, and any day in what people wrote (anonymise). The quarter stays. */
  dates: { nl: 'datums', en: 'dates' },
  /** Phone numbers, addresses and the like in what people wrote (anonymise). */
  details: { nl: 'andere herkenbare gegevens', en: 'other identifying details' },
} as const satisfies Record<string, LocalizedText>;

/**
 * The report as a network reader gets it. `known`: the names around the visit (namesAroundVisits); `kindSharedBy`: how
 * many organisations in the network share the host's kind, which is named only when enough do.
 */
export function networkVersion(report: MirrorReportDto, known: KnownNames, language: Language, kindSharedBy: number): MirrorReportDto {
  const text = (value: string) => anonymise(value, known, language);
  return {
    ...report,
    anonymised: true,
    host: null,
    visitor: null,
    team: null,
    hostTeams: [],
    // The return visit names both organisations and its day.
    returnVisit: null,
    hostKind: report.hostKind && sharedDescriptor(report.hostKind, kindSharedBy),
    hostResidentTerm: null,
    visitDate: null,
    handedToHostAt: null,
    closedAt: null,
    focusQuestion: text(report.focusQuestion),
    purpose: text(report.purpose),
    lens: { ...report.lens, purpose: text(report.lens.purpose) },
    summary: text(report.summary),
    hostReflection: text(report.hostReflection),
    notes: report.notes.map((n) => ({ ...n, body: text(n.body), author: null })),
    responses: report.responses.map((r) => ({ ...r, body: text(r.body), updatedBy: null, updatedAt: null })),
    practices: report.practices.map((p) => ({ ...p, what: text(p.what), who: text(p.who), lookBackOn: null, team: null })),
  };
}
