import { Viewer } from '../../engine/auth/viewer';
import { reportView, ReportSharing } from './report-visibility';

const HOST = 'host-org';
const TEAM = 'team-wonen';
type Membership = {
  organisationId: string | null;
  teamId?: string | null;
  networkId?: string | null;
  role?: 'care_worker' | 'network_coordinator';
};
const viewer = (memberships: Membership[]): Viewer => ({
  personId: 'p',
  preferredLanguage: 'nl',
  memberships: memberships.map((m, i) => ({
    id: String(i),
    role: m.role ?? 'care_worker',
    organisationId: m.organisationId,
    teamId: m.teamId ?? null,
    networkId: m.networkId ?? null,
  })),
});
const report = (
  reportVisibility: ReportSharing['reportVisibility'],
  reportStatus: ReportSharing['reportStatus'] = 'closed',
): ReportSharing => ({
  organisationId: HOST,
  reportStatus,
  reportVisibility,
  reportTeamId: TEAM,
});
const NOBODY = { host: false, visitor: false };

const inTeam = viewer([{ organisationId: HOST, teamId: TEAM }]);
const otherTeam = viewer([{ organisationId: HOST, teamId: 'team-dag' }]);
const elsewhere = viewer([{ organisationId: 'other-org' }]);
const coordinator = viewer([{ organisationId: null, networkId: 'net', role: 'network_coordinator' }]);

describe('who reads a mirror report (the viewer’s roles, decided by MIRROR_REPORT_RULE)', () => {
  it('follows the layer the host chose, growing outward', () => {
    const views = (visibility: ReportSharing['reportVisibility']) =>
      [inTeam, otherTeam, elsewhere, coordinator].map((v) => reportView(report(visibility), v, NOBODY));
    expect(views('involved')).toEqual([null, null, null, null]);
    expect(views('team')).toEqual(['full', null, null, null]);
    expect(views('organisation')).toEqual(['full', 'full', null, null]);
    expect(views('network')).toEqual(['full', 'full', 'anonymised', 'anonymised']);
  });

  it('applies the host’s choice at once, but keeps the network out until the report is closed', () => {
    expect(reportView(report('organisation', 'with_host'), otherTeam, NOBODY)).toBe('full');
    expect(reportView(report('network', 'with_host'), elsewhere, NOBODY)).toBeNull();
  });

  it('keeps the draft with the visitors: the host gets the page without it', () => {
    expect(reportView(report('organisation', 'draft'), inTeam, NOBODY)).toBeNull();
    expect(reportView(report('involved', 'draft'), elsewhere, { host: false, visitor: true })).toBe('full');
    expect(reportView(report('involved', 'draft'), inTeam, { host: true, visitor: false })).toBe('withheld');
  });
});
