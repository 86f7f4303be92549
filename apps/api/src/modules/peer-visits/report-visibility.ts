import { Viewer } from '../../engine/auth/viewer';

/**
 * Who may read a mirror report (domain guide §6.6 and §8): the host decides.
 * Layers grow outward — those involved; the host's chosen team; the host's
 * whole organisation; the learning network, which reads it anonymised —
 * and only a closed report leaves the people involved.
 */
export type ReportView = 'full' | 'anonymised';

export interface ReportSharing {
  organisationId: string;
  reportStatus: string;
  reportVisibility: string;
  reportTeamId: string | null;
}

/** `involved`: host entrepreneur or visitor; the caller knows the viewer belongs to the visit's network. */
export function reportView(report: ReportSharing, viewer: Viewer, involved: boolean): ReportView | null {
  if (involved) return 'full';
  if (report.reportStatus !== 'closed') return null;
  const inHost = viewer.memberships.filter((m) => m.organisationId === report.organisationId);
  switch (report.reportVisibility) {
    case 'team':
      return report.reportTeamId && inHost.some((m) => m.teamId === report.reportTeamId) ? 'full' : null;
    case 'organisation':
      return inHost.length > 0 ? 'full' : null;
    case 'network':
      return inHost.length > 0 ? 'full' : 'anonymised';
    default:
      return null;
  }
}

export function sharingOf(visit: Record<string, any>): ReportSharing {
  return { organisationId: visit.organisation_id, reportStatus: visit.report_status, reportVisibility: visit.report_visibility, reportTeamId: visit.report_team_id };
}
