import { Viewer } from '../../engine/auth/viewer';
import { reportView, ReportSharing } from './report-visibility';

const HOST = 'host-org';
const TEAM = 'team-wonen';
const viewer = (memberships: { organisationId: string | null; teamId?: string | null; networkId?: string | null }[]): Viewer => ({
  personId: 'p',
  preferredLanguage: 'nl',
  memberships: memberships.map((m, i) => ({ id: String(i), role: 'care_worker', organisationId: m.organisationId, teamId: m.teamId ?? null, networkId: m.networkId ?? null })),
});
const report = (reportVisibility: string, reportStatus = 'closed'): ReportSharing => ({ organisationId: HOST, reportStatus, reportVisibility, reportTeamId: TEAM });

const inTeam = viewer([{ organisationId: HOST, teamId: TEAM }]);
const otherTeam = viewer([{ organisationId: HOST, teamId: 'team-dag' }]);
const elsewhere = viewer([{ organisationId: 'other-org' }]);
const coordinator = viewer([{ organisationId: null, networkId: 'net' }]);

describe('who reads a mirror report', () => {
  it('follows the layer the host chose, growing outward', () => {
    const views = (visibility: string) => [inTeam, otherTeam, elsewhere, coordinator].map((v) => reportView(report(visibility), v, false));
    expect(views('involved')).toEqual([null, null, null, null]);
    expect(views('team')).toEqual(['full', null, null, null]);
    expect(views('organisation')).toEqual(['full', 'full', null, null]);
    expect(views('network')).toEqual(['full', 'full', 'anonymised', 'anonymised']);
  });

  it('keeps a report that is not closed with those involved', () => {
    expect(reportView(report('network', 'with_host'), inTeam, false)).toBeNull();
    expect(reportView(report('involved', 'draft'), elsewhere, true)).toBe('full');
  });
});
