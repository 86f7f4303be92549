import type { Socket } from 'socket.io-client';
import { CREATE_TEAM, secondOrganisation } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { planIncidentSession, teamWithPeople } from '../support/session-fixtures';
import { mirrorPlanInput } from './mirror-conversations.support';
import { connectSocket } from '../support/socket-client';

const CHANGE = `mutation Change($input: ChangeMembershipInput!) { changeMembership(input: $input) { id role person { id displayName } team { id name } } }`;
const REMOVE = `mutation Remove($id: ID!) { removeMembership(membershipId: $id) }`;
const MY_ROLES = `{ me { memberships { role team { name } } } }`;
const PLAN_MIRROR = `mutation P($input: PlanMirrorConversationInput!) { planMirrorConversation(input: $input) { id } }`;
const LEADERS = `query L($id: ID!) { organisation(id: $id) { openActivitiesLed { personId kind id } } }`;
const CHANGES_IN_LOG = `query Log($input: AuditLogInput!) { auditLog(input: $input) { events { subjectId change } } }`;

/** How long a person's open screen may stay open after their membership changed (as for a removal, live-access.spec.ts). */
const WITHIN_MS = 1_000;

/**
 * A manager changes a member's role and team in place: the person keeps their account, their history and their
 * sessions, instead of being invited again and removed. The organisation keeps an administrator, a role the person
 * already holds is refused with a readable message, and the change closes the person's open screens as a removal does.
 */
describe('changing and removing memberships', () => {
  let kring: TestKring;
  let org: Awaited<ReturnType<typeof teamWithPeople>>;
  let otherTeam: { id: string; name: string };
  let sockets: Socket[] = [];

  const membership = async (personId: string, role: string) =>
    (
      await kring.sql<{ id: string; role: string; team_id: string | null }>(
        `SELECT id, role, team_id FROM membership WHERE person_id = $1 AND organisation_id = $2 AND role = $3`,
        [personId, org.organisationId, role],
      )
    )[0];
  const accessVersion = async (personId: string) =>
    (await kring.sql<{ v: string }>(`SELECT access_version::text AS v FROM person WHERE id = $1`, [personId]))[0].v;
  const audited = (action: string, personId: string) =>
    kring.sql<{ by: string }>(`SELECT person_id AS by FROM audit_event WHERE action = $1 AND subject_type = 'person' AND subject_id = $2`, [
      action,
      personId,
    ]);

  beforeAll(async () => {
    kring = await startTestKring();
    org = await teamWithPeople(kring);
    otherTeam = (await org.ingrid.client.ok(CREATE_TEAM, { organisationId: org.organisationId, name: 'Team dagbesteding' })).createTeam;
  });
  afterEach(() => {
    sockets.forEach((socket) => socket.close());
    sockets = [];
  });
  afterAll(() => kring.close());

  it('gives a care worker another role and team in place, audited, and closes their open screens within a second', async () => {
    const before = await membership(org.bram.personId, 'care_worker');
    const version = await accessVersion(org.bram.personId);
    const socket = await connectSocket(kring.url, org.bram.client);
    sockets.push(socket);
    // When the server closes it; never (infinitely late) if it has not a second after the answer.
    const closedAt = new Promise<number>((resolve) => {
      socket.once('disconnect', (reason) => resolve(reason === 'io server disconnect' ? Date.now() : Number.NaN));
      setTimeout(() => resolve(Number.POSITIVE_INFINITY), 5_000).unref();
    });

    const asked = Date.now();
    const { changeMembership } = await org.ingrid.client.ok(CHANGE, {
      input: { membershipId: before.id, role: 'moderator', teamId: otherTeam.id },
    });
    expect(changeMembership).toEqual({
      id: before.id,
      role: 'moderator',
      person: { id: org.bram.personId, displayName: 'Bram' },
      team: { id: otherTeam.id, name: 'Team dagbesteding' },
    });
    expect((await closedAt) - asked).toBeLessThanOrEqual(WITHIN_MS);
    // The same membership, changed: his login still works and reads his new role.
    expect(await membership(org.bram.personId, 'care_worker')).toBeUndefined();
    expect(await membership(org.bram.personId, 'moderator')).toEqual({ id: before.id, role: 'moderator', team_id: otherTeam.id });
    expect((await org.bram.client.ok(MY_ROLES)).me!.memberships).toEqual([{ role: 'moderator', team: { name: 'Team dagbesteding' } }]);
    expect(Number(await accessVersion(org.bram.personId))).toBeGreaterThan(Number(version));
    expect(await audited('membership_changed', org.bram.personId)).toEqual([{ by: org.ingrid.personId }]);

    // Back to no team at all: the member then works across the organisation's teams.
    const { changeMembership: acrossTeams } = await org.ingrid.client.ok(CHANGE, {
      input: { membershipId: before.id, role: 'moderator', teamId: null },
    });
    expect(acrossTeams.team).toBeNull();

    // The audit log says from what to what: codes and ids stored (never a name), today's names on the privacy page.
    expect(
      await kring.sql(`SELECT change FROM audit_event WHERE action = 'membership_changed' AND subject_id = $1 ORDER BY created_at, id`, [
        org.bram.personId,
      ]),
    ).toEqual([
      { change: { role: ['care_worker', 'moderator'], team: [org.teamId, otherTeam.id] } },
      { change: { team: [otherTeam.id, null] } },
    ]);
    const [team] = await kring.sql<{ name: string }>(`SELECT name FROM team WHERE id = $1`, [org.teamId]);
    const { auditLog } = await org.ingrid.client.ok(CHANGES_IN_LOG, {
      input: { organisationId: org.organisationId, action: 'membership_changed' },
    });
    expect(auditLog.events.filter((e) => e.subjectId === org.bram.personId).map((e) => e.change)).toEqual([
      'Team: Team dagbesteding → geen team',
      `Rol: Begeleider → Gespreksleider · Team: ${team.name} → Team dagbesteding`,
    ]);
  });

  it('changes nothing, and records nothing, when the role and team are what they were', async () => {
    const sanne = await membership(org.sanne.personId, 'moderator');
    const version = await accessVersion(org.sanne.personId);
    const { changeMembership } = await org.ingrid.client.ok(CHANGE, {
      input: { membershipId: sanne.id, role: 'moderator', teamId: org.teamId },
    });
    expect(changeMembership).toMatchObject({ id: sanne.id, role: 'moderator', team: { id: org.teamId } });
    expect(await accessVersion(org.sanne.personId)).toBe(version);
    expect(await audited('membership_changed', org.sanne.personId)).toEqual([]);
  });

  it('keeps the last administrator: neither another role nor a removal, in the words the screen shows', async () => {
    const ingrid = await membership(org.ingrid.personId, 'administrator');
    const changed = await org.ingrid.client.request(CHANGE, { input: { membershipId: ingrid.id, role: 'care_worker', teamId: null } });
    expect(changed.errors?.[0]).toMatchObject({
      message: 'Een organisatie heeft altijd minstens één beheerder nodig.',
      extensions: { code: 'LAST_ADMINISTRATOR' },
    });
    const removed = await org.ingrid.client.request(REMOVE, { id: ingrid.id });
    expect(removed.errors?.[0].extensions?.code).toBe('LAST_ADMINISTRATOR');
    // A team is no role: the last administrator may be put in a team.
    const inTeam = await org.ingrid.client.ok(CHANGE, { input: { membershipId: ingrid.id, role: 'administrator', teamId: org.teamId } });
    expect(inTeam.changeMembership.team).toEqual({ id: org.teamId, name: 'Team wonen' });
    expect(await membership(org.ingrid.personId, 'administrator')).toEqual({ id: ingrid.id, role: 'administrator', team_id: org.teamId });
    expect(await audited('membership_removed', org.ingrid.personId)).toEqual([]);
  });

  it('refuses a role the person already holds there, and keeps the membership as it was', async () => {
    // Fatima also works across the teams as a care worker: her team membership cannot become that one.
    await kring.sql(`INSERT INTO membership (person_id, organisation_id, role) VALUES ($1, $2, 'care_worker')`, [
      org.fatima.personId,
      org.organisationId,
    ]);
    const [inTeam] = await kring.sql<{ id: string }>(`SELECT id FROM membership WHERE person_id = $1 AND team_id = $2`, [
      org.fatima.personId,
      org.teamId,
    ]);
    const result = await org.ingrid.client.request(CHANGE, { input: { membershipId: inTeam.id, role: 'care_worker', teamId: null } });
    expect(result.errors?.[0]).toMatchObject({ message: 'Deze persoon is al lid met deze rol.', extensions: { code: 'ALREADY_MEMBER' } });
    expect(await kring.sql(`SELECT team_id FROM membership WHERE id = $1`, [inTeam.id])).toEqual([{ team_id: org.teamId }]);
  });

  it('refuses a network role, another organisation’s team and anyone who may not manage members', async () => {
    const sanne = await membership(org.sanne.personId, 'moderator');
    const coordinator = await org.ingrid.client.request(CHANGE, { input: { membershipId: sanne.id, role: 'network_coordinator' } });
    expect(coordinator.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { role: expect.any(String) } });

    const other = await secondOrganisation(kring);
    const [foreignTeam] = await kring.sql<{ id: string }>(
      `INSERT INTO team (organisation_id, name) VALUES ($1, 'Team elders') RETURNING id`,
      [other.organisationId],
    );
    const foreign = await org.ingrid.client.request(CHANGE, {
      input: { membershipId: sanne.id, role: 'moderator', teamId: foreignTeam.id },
    });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // Another organisation's administrator does not find the membership at all.
    const outsider = await other.admin.request(CHANGE, { input: { membershipId: sanne.id, role: 'administrator' } });
    expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // A moderator manages sessions, not people.
    const byModerator = await org.sanne.client.request(CHANGE, { input: { membershipId: sanne.id, role: 'administrator' } });
    expect(byModerator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await membership(org.sanne.personId, 'moderator')).toEqual({ id: sanne.id, role: 'moderator', team_id: org.teamId });
  });

  it('names who leads which planned session, whose place there a change of role leaves as it is (the page links to the plan)', async () => {
    const leaders = async () => (await org.ingrid.client.ok(LEADERS, { id: org.organisationId })).organisation.openActivitiesLed;
    expect(await leaders()).toEqual([]);
    const session = await planIncidentSession(org);
    // And a mirror conversation she leads a week later: soonest first, each with its kind, for its link.
    const { planMirrorConversation: conversation } = await org.sanne.client.ok(PLAN_MIRROR, {
      input: mirrorPlanInput(org, org.sanne.personId, [org.bram.personId]),
    });
    const led = [
      { personId: org.sanne.personId, kind: 'reflection_session', id: session.id },
      { personId: org.sanne.personId, kind: 'mirror_conversation', id: conversation.id },
    ];
    expect(await leaders()).toEqual(led);
    // Management information, as the invitations are: others are not told.
    expect((await org.bram.client.ok(LEADERS, { id: org.organisationId })).organisation.openActivitiesLed).toEqual([]);
    // A new role does not take her off the session: it is still hers to lead.
    const sanne = await membership(org.sanne.personId, 'moderator');
    await org.ingrid.client.ok(CHANGE, { input: { membershipId: sanne.id, role: 'care_worker', teamId: org.teamId } });
    expect(await kring.sql(`SELECT moderator_id FROM reflection_session WHERE id = $1`, [session.id])).toEqual([
      { moderator_id: org.sanne.personId },
    ]);
    expect(await leaders()).toEqual(led);
    await org.ingrid.client.ok(CHANGE, { input: { membershipId: sanne.id, role: 'moderator', teamId: org.teamId } });
  });

  it('hands administration on: once there is another administrator, the first may step down, and then manages no more', async () => {
    const sanne = await membership(org.sanne.personId, 'moderator');
    await org.ingrid.client.ok(CHANGE, { input: { membershipId: sanne.id, role: 'administrator', teamId: null } });
    const ingrid = await membership(org.ingrid.personId, 'administrator');
    const { changeMembership } = await org.ingrid.client.ok(CHANGE, {
      input: { membershipId: ingrid.id, role: 'care_worker', teamId: org.teamId },
    });
    expect(changeMembership.role).toBe('care_worker');
    const again = await org.ingrid.client.request(CHANGE, { input: { membershipId: ingrid.id, role: 'administrator' } });
    expect(again.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The new administrator can remove a member; the removal is audited with who did it.
    const bram = await membership(org.bram.personId, 'moderator');
    expect((await org.sanne.client.ok(REMOVE, { id: bram.id })).removeMembership).toBe(true);
    expect(await audited('membership_removed', org.bram.personId)).toEqual([{ by: org.sanne.personId }]);
    // Which of his memberships went: its role and team, as a change keeps them (codes and ids).
    expect(
      await kring.sql(`SELECT change FROM audit_event WHERE action = 'membership_removed' AND subject_id = $1`, [org.bram.personId]),
    ).toEqual([{ change: { was: { role: 'moderator', team: bram.team_id } } }]);
  });
});
