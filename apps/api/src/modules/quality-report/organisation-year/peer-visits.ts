import { FINDING_TYPES, Language, MIRROR_QUESTIONS, mirrorThemesFor } from '@kring/domain';
import { EntityManager } from 'typeorm';
import { CountRow } from '../../../engine/database/count-row';
import type { PeerVisitMirrorResponseRow, PeerVisitNoteRow, PeerVisitRow } from '../../../engine/database/tables.generated';
import { ReportVisitDto } from '../dtos/quality-report.dto';
import { dayInYear, formatDay, VISIT_HELD } from '../report-year';

/** A hosted visit of the year; VISIT_HELD and dayInYear need a visit date, so `visit_date` is set (read as text: a day, not a moment). */
type HostedRow = Pick<PeerVisitRow, 'id' | 'focus_question' | 'report_summary' | 'host_reflection'> & {
  visit_date: string;
  /** Closed and shared with the organisation or the network. */
  shared: boolean;
  practices: number;
};
type ResponseRow = Pick<PeerVisitMirrorResponseRow, 'visit_id' | 'topic_kind' | 'topic_id' | 'body'>;
type FindingCountRow = Pick<PeerVisitNoteRow, 'visit_id' | 'finding_type'> & CountRow;

/** A host's response with where it came from: the focus question, one of the three mirror questions or a mirror theme. */
interface VisitResponse {
  kind: PeerVisitMirrorResponseRow['topic_kind'];
  topicId: string;
  topic: string;
  body: string;
}

export interface VisitMirror extends Omit<ReportVisitDto, 'responses'> {
  responses: VisitResponse[];
}

export interface PeerVisitsPart {
  visitsHosted: number;
  visitsMade: number;
  visits: VisitMirror[];
  visitsNotShared: number;
}

/** The host's answer to their own focus question; the question itself is told as "Focusvraag", so the answer must not repeat that label. */
const FOCUS_ANSWER = { nl: 'Antwoord op de focusvraag', en: 'Answer to the focus question' } as const;

/** `residentTerm`: the organisation's own word, in which the mirror themes speak of its people (it is the host). */
function topicLabel(kind: VisitResponse['kind'], id: string, language: Language, residentTerm: string): string {
  if (kind === 'focus') return FOCUS_ANSWER[language];
  const list = kind === 'question' ? MIRROR_QUESTIONS : mirrorThemesFor(residentTerm);
  return list.find((t) => t.id === id)?.name[language] ?? id;
}

/**
 * Peer visits of the year. The host decides who sees a mirror report
 * (peer-visits/report-visibility): only a closed report the host shared
 * with the whole organisation (or the network) goes into the organisation's
 * report, with the host's reflection and responses; of the others only the
 * number is told. Visits made to others are counted: their reports belong to
 * the host.
 */
export async function peerVisitsOfYear(
  db: EntityManager,
  organisationId: string,
  year: number,
  language: Language,
  residentTerm: string,
): Promise<PeerVisitsPart> {
  const [hosted, [made]] = await Promise.all([
    db.query<HostedRow[]>(
      `SELECT v.id, v.visit_date::text AS visit_date, v.focus_question, v.report_summary, v.host_reflection,
              v.report_status = 'closed' AND v.report_visibility IN ('organisation', 'network') AS shared,
              (SELECT count(*)::int FROM peer_visit_practice vp WHERE vp.visit_id = v.id) AS practices
       FROM peer_visit v WHERE v.organisation_id = $1 AND ${VISIT_HELD} AND ${dayInYear('v.visit_date', '$2')}
       ORDER BY v.visit_date, v.id`,
      [organisationId, year],
    ),
    db.query<CountRow[]>(
      `SELECT count(*)::int AS count FROM peer_visit v WHERE v.visiting_organisation_id = $1 AND ${VISIT_HELD} AND ${dayInYear('v.visit_date', '$2')}`,
      [organisationId, year],
    ),
  ]);
  const shared = hosted.filter((v) => v.shared);
  const ids = shared.map((v) => v.id);
  const [responses, findings]: [ResponseRow[], FindingCountRow[]] = ids.length
    ? await Promise.all([
        db.query<ResponseRow[]>(
          `SELECT visit_id, topic_kind, topic_id, body FROM peer_visit_mirror_response WHERE visit_id = ANY($1::uuid[]) AND body <> ''
           ORDER BY visit_id, array_position(ARRAY['focus', 'question', 'theme'], topic_kind), topic_id`,
          [ids],
        ),
        db.query<FindingCountRow[]>(
          `SELECT visit_id, finding_type, count(*)::int AS count FROM peer_visit_note
           WHERE visit_id = ANY($1::uuid[]) AND deleted_at IS NULL AND in_report GROUP BY visit_id, finding_type`,
          [ids],
        ),
      ])
    : [[], []];
  return {
    visitsHosted: hosted.length,
    visitsMade: made.count,
    visitsNotShared: hosted.length - shared.length,
    visits: shared.map((v) => ({
      visitedOn: formatDay(v.visit_date, language),
      focusQuestion: v.focus_question,
      summary: v.report_summary,
      hostReflection: v.host_reflection,
      responses: responses
        .filter((r) => r.visit_id === v.id)
        .map((r) => ({
          kind: r.topic_kind,
          topicId: r.topic_id,
          topic: topicLabel(r.topic_kind, r.topic_id, language, residentTerm),
          body: r.body,
        })),
      findings: FINDING_TYPES.map((type) => ({
        label: type.name[language],
        count: findings.find((f) => f.visit_id === v.id && f.finding_type === type.id)?.count ?? 0,
      })).filter((f) => f.count > 0),
      practicesChosen: v.practices,
    })),
  };
}
