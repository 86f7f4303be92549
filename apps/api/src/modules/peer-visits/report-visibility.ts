import { MIRROR_REPORT_RULE, ReaderRole, ReportStatus, ReportVisibility, viewFor } from '@kring/domain';
import { Viewer } from '../../engine/auth/viewer';
import type { PeerVisitRow } from '../../engine/database/tables.generated';

/**
 * Who may read a mirror report: MIRROR_REPORT_RULE in @kring/domain decides
 * (the same rule writes the sentence the report page shows). This file only
 * works out the viewer's reader roles for one visit.
 *
 * 'withheld' is the host before the hand-over: the host may open the page of
 * their own visit, but not the visitors' draft on it.
 */
export type ReportView = 'full' | 'anonymised' | 'withheld';

export interface ReportSharing {
  organisationId: string;
  reportStatus: ReportStatus;
  reportVisibility: ReportVisibility;
  reportTeamId: string | null;
}

/** How the viewer stands to the visit itself, as visit-access.ts found it. */
interface ReportInvolvement {
  host: boolean;
  visitor: boolean;
}

/** The viewer's reader roles for this report; the caller knows the viewer belongs to the visit's network. */
function reportReaderRoles(report: ReportSharing, viewer: Viewer, involvement: ReportInvolvement): ReaderRole[] {
  const roles: ReaderRole[] = [];
  if (involvement.host) roles.push('host');
  if (involvement.visitor) roles.push('visitor');
  const inHost = viewer.memberships.filter((m) => m.organisationId === report.organisationId);
  if (inHost.some((m) => m.teamId !== null && m.teamId === report.reportTeamId)) roles.push('team_member');
  if (inHost.length > 0) roles.push('other_team');
  if (viewer.memberships.some((m) => m.organisationId !== null && m.organisationId !== report.organisationId)) roles.push('network_peer');
  if (viewer.memberships.some((m) => m.role === 'network_coordinator')) roles.push('network_coordinator');
  return roles;
}

export function reportView(report: ReportSharing, viewer: Viewer, involvement: ReportInvolvement): ReportView | null {
  const view = viewFor(
    MIRROR_REPORT_RULE,
    { status: report.reportStatus, visibility: report.reportVisibility },
    reportReaderRoles(report, viewer, involvement),
  );
  if (view !== 'none') return view;
  return involvement.host ? 'withheld' : null;
}

export function sharingOf(
  visit: Pick<PeerVisitRow, 'organisation_id' | 'report_status' | 'report_visibility' | 'report_team_id'>,
): ReportSharing {
  return {
    organisationId: visit.organisation_id,
    reportStatus: visit.report_status,
    reportVisibility: visit.report_visibility,
    reportTeamId: visit.report_team_id,
  };
}
