import type { ObservationLens } from '@kring/domain';
import { EntityManager } from 'typeorm';
import { NetworkAccess, Viewer } from '../../engine/auth/viewer';
import type { PeerVisitRow } from '../../engine/database/tables.generated';
import { UserError } from '../../engine/graphql/user-error';

/**
 * A visit as visitContext reads it: every column, its day as text (null
 * until a date is set), and its lens as the ObservationLens that insertVisit
 * and the host's agreement write into the jsonb column.
 */
export type VisitRow = Omit<PeerVisitRow, 'lens'> & { lens: ObservationLens; visit_day: string | null };

/**
 * How the viewer stands to one visit. The policy guard has checked that the
 * viewer belongs to the visit's network; this is the finer check: the
 * entrepreneurs of the two organisations and the visiting team see the
 * visit, nobody else (the mirror report has its own, wider rule).
 */
export interface VisitContext {
  visit: VisitRow;
  /** An entrepreneur of the host organisation. */
  host: boolean;
  /** An entrepreneur of the visiting organisation. */
  visitingEntrepreneur: boolean;
  /** In the visiting team (with an account). */
  inTeam: boolean;
}

export function isEntrepreneurOf(viewer: Viewer, organisationId: string): boolean {
  return viewer.memberships.some((m) => m.organisationId === organisationId && m.role === 'entrepreneur');
}

/** What a visit lookup takes: the manager (of a transaction, for a change), who asks in which network, the visit, and a lock. */
type VisitLookup = [manager: EntityManager, access: NetworkAccess, viewer: Viewer, visitId: string, lock?: boolean];

/** Reads the visit and the viewer's place in it; `lock` holds the row for a change. */
export async function visitContext(...[manager, access, viewer, visitId, lock = false]: VisitLookup): Promise<VisitContext> {
  const [visit]: (VisitRow | undefined)[] = await manager.query(
    `SELECT *, to_char(visit_date, 'YYYY-MM-DD') AS visit_day FROM peer_visit WHERE id = $1 AND network_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
    [visitId, access.networkId],
  );
  if (!visit) throw new UserError('NOT_FOUND');
  const [member]: unknown[] = await manager.query(`SELECT 1 FROM peer_visit_member WHERE visit_id = $1 AND person_id = $2`, [
    visitId,
    viewer.personId,
  ]);
  return {
    visit,
    host: isEntrepreneurOf(viewer, visit.organisation_id),
    visitingEntrepreneur: isEntrepreneurOf(viewer, visit.visiting_organisation_id),
    inTeam: !!member,
  };
}

export const isVisitor = (c: VisitContext) => c.visitingEntrepreneur || c.inTeam;
const isInvolved = (c: VisitContext) => c.host || isVisitor(c);

/** The visit for someone involved in it; anyone else gets NOT_FOUND, as for an unknown id. */
export function involvedVisit(...lookup: VisitLookup): Promise<VisitContext> {
  return visitFor(isInvolved, ...lookup);
}

/** The visit for a viewer whose place in it `allowed` accepts; anyone else gets NOT_FOUND, as for an unknown id. */
export async function visitFor(allowed: (context: VisitContext) => boolean, ...lookup: VisitLookup): Promise<VisitContext> {
  const context = await visitContext(...lookup);
  if (!allowed(context)) throw new UserError('NOT_FOUND');
  return context;
}

export function requireHost(context: VisitContext): void {
  if (!context.host) throw new UserError('VISIT_HOST_ONLY');
}

export function requireVisitor(context: VisitContext): void {
  if (!isVisitor(context)) throw new UserError('VISIT_VISITORS_ONLY');
}

export function requireNotCancelled(context: VisitContext): void {
  if (context.visit.status === 'cancelled') throw new UserError('VISIT_CANCELLED');
}

export function requireReportOpen(context: VisitContext): void {
  if (context.visit.report_status === 'closed') throw new UserError('REPORT_CLOSED');
}
