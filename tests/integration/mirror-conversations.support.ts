import type { MirrorCommandAck, MirrorJoinAck, MirrorLiveState } from '@kring/domain';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import type { MirrorConsentScope, Role, SaveRelativeResponseInput } from '../support/documents.generated';
import { GraphqlClient } from '../support/graphql-client';
import { CREATE_TEAM, joinByInvitation, setupFirstOrganisation } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { connectSocket } from '../support/socket-client';

/** Shared by the mirror-conversations*.spec.ts files: the operations and a small organisation to run them in. */

export const CONVERSATION = `id theme status moderatorNotIndependent viewerRole viewerCanPlan escalationProcedure
  team { id name } moderator { id displayName } listeners { id displayName }
  learningWishes { id body mine author { name } } questions { id position body themeIds }
  participants { id displayName email kind pseudonym linkStatus consents relation legalRepresentative respondedAt linkSentAt }
  priorInput { pseudonym freeText flagged } listenerSession { id name }`;
export const PLAN = `mutation P($input: PlanMirrorConversationInput!) { planMirrorConversation(input: $input) { ${CONVERSATION} } }`;
export const UPDATE = `mutation U($input: UpdateMirrorConversationInput!) { updateMirrorConversation(input: $input) { ${CONVERSATION} } }`;
export const READ = `query R($id: ID!) { mirrorConversation(conversationId: $id) { ${CONVERSATION} } }`;
export const LIST = `query L($organisationId: ID!) { mirrorConversations(organisationId: $organisationId) { id theme status viewerRole participantCount } }`;
export const ADD_WISH = `mutation W($input: AddMirrorLearningWishInput!) { addMirrorLearningWish(input: $input) { learningWishes { id body mine } } }`;
export const REMOVE_WISH = `mutation X($wishId: ID!) { removeMirrorLearningWish(wishId: $wishId) { learningWishes { id } } }`;
export const SAVE_GUIDE = `mutation G($input: SaveMirrorQuestionGuideInput!) { saveMirrorQuestionGuide(input: $input) { questions { id position body themeIds } } }`;
export const INVITE_RELATIVE = `mutation I($input: InviteMirrorParticipantInput!) { inviteMirrorParticipant(input: $input) { link participant { id pseudonym linkStatus email linkSentAt } } }`;
export const RENEW = `mutation N($input: RenewMirrorLinkInput!) { renewMirrorLink(input: $input) { link participant { id linkStatus } } }`;
export const REVOKE = `mutation V($participantId: ID!) { revokeMirrorLink(participantId: $participantId) { id linkStatus } }`;
export const RELATIVE_PAGE = `organisationName retentionDays theme status kind language consents consentForm relation legalRepresentative freeText
  cancelMessage rescheduledFrom themeAnswers { themeId important experienced } askedThemeIds respondedAt letter { heard willDo quotes lookBackOn sentAt }`;
export const OPEN_LINK = `query O($token: String!) { relativeInvitation(token: $token) { ${RELATIVE_PAGE} } }`;
export const SAVE_RESPONSE = `mutation S($input: SaveRelativeResponseInput!) { saveRelativeResponse(input: $input) { ${RELATIVE_PAGE} } }`;
/** The letter as PDF on a relative's own page: the link's token is the permission. */
export const relativeLetterPath = (token: string) => `/relatives/${encodeURIComponent(token)}/letter.pdf`;
export const HARVEST = `query H($id: ID!) { mirrorHarvest(conversationId: $id) {
  status audience viewerCanEdit flaggedStatements quotes { id body themeIds }
  themes { themeId summary mirror { respondents shown phrases { phrase important experienced } } }
  candidates { id body pseudonym quotable mayBeQuoted inHarvest flagged } } }`;
export const SET_PROCEDURE = `mutation P($input: SetEscalationProcedureInput!) { setEscalationProcedure(input: $input) { id escalationProcedure { officerName officerContact incidentRoute } } }`;
export const SET_QUOTE = `mutation Q($input: SetMirrorQuoteInput!) { setMirrorQuote(input: $input) { quotes { id body } } }`;
export const SAVE_THEME = `mutation T($input: SaveMirrorHarvestThemeInput!) { saveMirrorHarvestTheme(input: $input) { themes { themeId summary } } }`;
export const APPROVE = `mutation A($id: ID!) { approveMirrorHarvest(conversationId: $id) { status quotes { id body } candidates { id } } }`;
export const LETTER = `conversationId heard willDo lookBackOn quotes { id body } sentAt emailRecipients`;
export const READ_LETTER = `query L($id: ID!) { mirrorLetter(conversationId: $id) { ${LETTER} } }`;
export const DRAFT_LETTER = `mutation D($id: ID!) { draftMirrorLetter(conversationId: $id) { ${LETTER} } }`;
export const SAVE_LETTER = `mutation S($input: SaveMirrorLetterInput!) { saveMirrorLetter(input: $input) { ${LETTER} } }`;
export const SEND_LETTER = `mutation E($id: ID!) { sendMirrorLetter(conversationId: $id) { ${LETTER} } }`;
export const letterPath = (conversationId: string) => `/mirror-conversations/${conversationId}/letter.pdf`;

/** Everyone can take part and be quoted, within the team and the organisation. */
export const ALL_CONSENT: MirrorConsentScope[] = ['take_part', 'quote_anonymously', 'share_in_organisation', 'share_in_network'];

export interface Person {
  client: GraphqlClient;
  id: string;
}

/**
 * Zorgboerderij De Hoeve with team "Wonen": the administrator (Ingrid), a
 * moderator (Mira), two care workers of the team who listen (Bram, Sanne)
 * and a care worker of another team (Kees). Colleagues join through real
 * invitations.
 */
export async function mirrorOrganisation(kring: TestKring) {
  const { admin, organisationId, personId } = await setupFirstOrganisation(kring);
  const team = (await admin.ok(CREATE_TEAM, { organisationId, name: 'Wonen' })).createTeam;
  const other = (await admin.ok(CREATE_TEAM, { organisationId, name: 'Dagbesteding' })).createTeam;
  async function colleague(email: string, displayName: string, role: Role, teamId: string): Promise<Person> {
    const { client, personId } = await joinByInvitation(kring, admin, { organisationId, email, role, teamId }, displayName);
    return { client, id: personId };
  }
  return {
    organisationId,
    teamId: team.id as string,
    admin: { client: admin, id: personId } as Person,
    mira: await colleague('mira@hoeve.test', 'Mira Jansen', 'moderator', team.id),
    bram: await colleague('bram@hoeve.test', 'Bram de Wit', 'care_worker', team.id),
    sanne: await colleague('sanne@hoeve.test', 'Sanne Bos', 'care_worker', team.id),
    kees: await colleague('kees@hoeve.test', 'Kees Smit', 'care_worker', other.id),
  };
}

export type MirrorOrganisation = Awaited<ReturnType<typeof mirrorOrganisation>>;

/** A conversation in any team (moderator and listeners given), with one relative invited without e-mail: ids and the page's path. */
export async function conversationWithRelative(
  moderator: GraphqlClient,
  input: { organisationId: string; teamId: string; moderatorId: string; listenerIds: string[] },
): Promise<{ conversationId: string; relativePath: string }> {
  const theme = 'Voelt uw naaste zich hier thuis?';
  const scheduledAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const { id } = (await moderator.ok(PLAN, { input: { ...input, theme, scheduledAt } })).planMirrorConversation;
  const invited = await moderator.ok(INVITE_RELATIVE, {
    input: { conversationId: id, displayName: 'Mevrouw de Boer', kind: 'relative', language: 'nl', sendEmail: false },
  });
  return { conversationId: id, relativePath: new URL(invited.inviteMirrorParticipant.link).pathname };
}

/** The plan of a conversation a week from now in the team's living room, led by `moderatorId`. */
export function mirrorPlanInput(team: { organisationId: string; teamId: string }, moderatorId: string, listenerIds: string[]) {
  return {
    organisationId: team.organisationId,
    teamId: team.teamId,
    theme: 'Voelt uw naaste zich hier thuis?',
    scheduledAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    place: 'De woonkamer',
    moderatorId,
    listenerIds,
  };
}

/** A conversation led by Mira, with Bram and Sanne listening, and a question guide of two questions. */
export async function plannedConversation(org: MirrorOrganisation) {
  const planned = (await org.mira.client.ok(PLAN, { input: mirrorPlanInput(org, org.mira.id, [org.bram.id, org.sanne.id]) }))
    .planMirrorConversation;
  const guide = (
    await org.mira.client.ok(SAVE_GUIDE, {
      input: {
        conversationId: planned.id,
        questions: [
          { body: 'Waaraan merkt u dat uw naaste zich hier thuis voelt?', themeIds: ['being_at_home'] },
          { body: 'Hoe hoort u wat er met uw naaste gebeurt?', themeIds: ['information', 'treatment_and_communication'] },
        ],
      },
    })
  ).saveMirrorQuestionGuide;
  return { id: planned.id as string, questions: guide.questions as { id: string; body: string }[] };
}

/** Invites a relative without e-mail (a link to copy or print) and returns the token of the link. */
export async function inviteRelative(
  org: MirrorOrganisation,
  conversationId: string,
  displayName: string,
  extra: Record<string, unknown> = {},
) {
  const data = (
    await org.mira.client.ok(INVITE_RELATIVE, {
      input: { conversationId, displayName, kind: 'relative', language: 'nl', sendEmail: false, ...extra },
    })
  ).inviteMirrorParticipant;
  return { id: data.participant.id as string, pseudonym: data.participant.pseudonym as string, token: tokenOf(data.link) };
}

export function tokenOf(link: string): string {
  return link.split('/naaste/')[1];
}

/** What a relative's page saves, with sensible defaults. */
export function response(token: string, input: Partial<SaveRelativeResponseInput> = {}): { input: SaveRelativeResponseInput } {
  return {
    input: {
      token,
      consents: ALL_CONSENT,
      form: 'standard',
      relation: 'child',
      legalRepresentative: false,
      freeText: '',
      themeAnswers: [],
      ...input,
    },
  };
}

export async function join(socket: Socket, conversationId: string, view: 'console' | 'projector' = 'console'): Promise<MirrorLiveState> {
  const ack: MirrorJoinAck = await socket.emitWithAck('mirror:join', { conversationId, view });
  if (!ack.ok) throw new Error(`join refused: ${ack.error.code}`);
  return ack.state;
}

export function command(
  socket: Socket,
  conversationId: string,
  body: Record<string, unknown>,
  clientKey: string = randomUUID(),
): Promise<MirrorCommandAck> {
  return socket.emitWithAck('mirror:command', { conversationId, clientKey, command: body });
}

/** Sends a command that must succeed. */
export async function ok(
  socket: Socket,
  conversationId: string,
  body: Record<string, unknown>,
): Promise<Extract<MirrorCommandAck, { ok: true }>> {
  const ack = await command(socket, conversationId, body);
  if (!ack.ok) throw new Error(`command ${String(body.type)} refused: ${ack.error.code} ${ack.error.message}`);
  return ack;
}

/**
 * The set-up of a spec of the live mirror room, registered in the describe block that calls it: one app with
 * mirrorOrganisation, and the sockets a test opens (socketOf), closed when the block ends. Read `kring` and `org`
 * in a test or in a beforeAll registered after this call.
 */
export function mirrorLiveTest() {
  const sockets: Socket[] = [];
  const live = {
    kring: undefined as unknown as TestKring,
    org: undefined as unknown as MirrorOrganisation,
    async socketOf(client: GraphqlClient): Promise<Socket> {
      const socket = await connectSocket(live.kring.url, client);
      sockets.push(socket);
      return socket;
    },
  };
  beforeAll(async () => {
    live.kring = await startTestKring();
    live.org = await mirrorOrganisation(live.kring);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await live.kring.close();
  });
  return live;
}
