import { fromTo, MIRROR_LIMITS, mirrorPseudonym, normaliseMirrorConsent } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorIn, AuditService } from '../../../engine/audit/audit.service';
import { linkExpiresAfter } from './link-expiry';
import { hashToken, newToken } from '../../../engine/auth/tokens';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { UserError } from '../../../engine/graphql/user-error';
import { MailService } from '../../../engine/mail/mail.service';
import { MirrorLinkDto, MirrorParticipantDto } from '../dtos/participant.dto';
import { InviteMirrorParticipantInput, RecordMirrorConsentInput, RenewMirrorLinkInput } from '../dtos/participant.inputs';
import { bumpMirrorVersion, MirrorBroadcaster } from '../live/mirror-broadcaster';
import { applyConsent } from './consent-rows';
import { MirrorAccess, requireStatus } from '../mirror-access';
import { ACTIVE_SCOPES, ScopeList, ViewedConversationRow } from '../mirror-rows';
import { ChangeMailFacts, invitationMail } from './invitation-mail';
import { loadParticipant } from './participant-rows';
import { consentGivenAt } from './consent-given-at';
import type { MirrorConversationRow, MirrorParticipantRow, OrganisationRow } from '../../../engine/database/tables.generated';

/** What a mail to someone invited says, read with their address (tellInvited and sendLink ask only where there is one). */
type MailFactsRow = Pick<MirrorConversationRow, 'theme' | 'scheduled_at' | 'place'> & {
  email: string;
  language: ChangeMailFacts['language'];
  organisation_name: OrganisationRow['name'];
  organisation_id: OrganisationRow['id'];
};

/** Where a personal link leads in the web app. */
const RELATIVE_PAGE_PATH = '/naaste';

/**
 * Inviting relatives (and residents) without an account: each gets a
 * personal link, sent by e-mail or copied and printed with a QR code. Only
 * the link's hash is stored, so a link is shown once; a new link replaces it.
 */
@Injectable()
export class MirrorParticipantsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly conversations: MirrorAccess,
    private readonly mail: MailService,
    private readonly broadcaster: MirrorBroadcaster,
    private readonly audit: AuditService,
  ) {}

  async invite(viewer: Viewer, access: TenantAccess, input: InviteMirrorParticipantInput): Promise<MirrorLinkDto> {
    if (input.sendEmail && !input.email) throw new UserError('BAD_USER_INPUT', {}, [{ field: 'email', rule: 'required' }]);
    const token = newToken();
    const participantId = await this.db.transaction(async (manager) => {
      // Locked, so two invitations at once cannot get the same pseudonym.
      const row = await this.conversations.planner(input.conversationId, access, viewer, manager, true);
      requireStatus(row, ['planned', 'live']);
      // The organisation's word names a resident's pseudonym ("Deelnemer A"); one already given keeps the word it had.
      const [{ invited, of_kind, resident_term }] = await manager.query<
        { invited: number; of_kind: number; resident_term: OrganisationRow['resident_term'] }[]
      >(
        `SELECT count(*)::int AS invited, count(*) FILTER (WHERE kind = $2)::int AS of_kind,
                (SELECT resident_term FROM organisation WHERE id = $3) AS resident_term
         FROM mirror_participant WHERE conversation_id = $1`,
        [row.id, input.kind, access.organisationId],
      );
      if (invited >= MIRROR_LIMITS.maxParticipants) throw new UserError('MIRROR_TOO_MANY', { max: MIRROR_LIMITS.maxParticipants });
      const [participant] = await manager.query<Pick<MirrorParticipantRow, 'id'>[]>(
        `INSERT INTO mirror_participant (organisation_id, conversation_id, kind, display_name, email, language, pseudonym, token_hash, expires_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, ${linkExpiresAfter('$9')}, $10) RETURNING id`,
        [
          access.organisationId,
          row.id,
          input.kind,
          input.displayName,
          input.email ?? null,
          input.language,
          mirrorPseudonym(input.kind, of_kind, resident_term),
          hashToken(token),
          input.validDays ?? MIRROR_LIMITS.defaultLinkDays,
          viewer.personId,
        ],
      );
      await this.audit.recordOn(
        'mirror_participant_invited',
        actorIn(access, viewer),
        { type: 'mirror_participant', id: participant.id },
        manager,
      );
      return participant.id;
    });
    // Mailed once the link is stored, so a link in a mail always works.
    if (input.sendEmail) await this.sendLink(participantId, token);
    return { participant: await loadParticipant(this.db.manager, participantId), link: this.mail.link(`${RELATIVE_PAGE_PATH}/${token}`) };
  }

  /** A new link for the same person (lost, expired, or to print again); the old link stops working at once. */
  async renew(viewer: Viewer, access: TenantAccess, input: RenewMirrorLinkInput): Promise<MirrorLinkDto> {
    const token = newToken();
    const participantEmail = await this.db.transaction(async (manager) => {
      const participant = await this.ownParticipant(manager, viewer, access, input.participantId);
      if (input.sendEmail && !participant.email) throw new UserError('BAD_USER_INPUT', {}, [{ field: 'email', rule: 'required' }]);
      await manager.query(
        `UPDATE mirror_participant SET token_hash = $2, expires_at = ${linkExpiresAfter('$3')}, revoked_at = NULL WHERE id = $1`,
        [participant.id, hashToken(token), input.validDays ?? MIRROR_LIMITS.defaultLinkDays],
      );
      await this.audit.recordOn(
        'mirror_link_renewed',
        actorIn(access, viewer),
        { type: 'mirror_participant', id: participant.id },
        manager,
      );
      return participant.email;
    });
    // A new link is useless in the old mail: it goes out by itself whenever there is an address, unless the planner prints it instead.
    if (input.sendEmail ?? participantEmail !== null) await this.sendLink(input.participantId, token);
    return {
      participant: await loadParticipant(this.db.manager, input.participantId),
      link: this.mail.link(`${RELATIVE_PAGE_PATH}/${token}`),
    };
  }

  /** The link stops working at once; what the person said and consented to stays as it is. */
  async revoke(viewer: Viewer, access: TenantAccess, participantId: string): Promise<MirrorParticipantDto> {
    await this.db.transaction(async (manager) => {
      const participant = await this.ownParticipant(manager, viewer, access, participantId);
      await manager.query(`UPDATE mirror_participant SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1`, [participant.id]);
      await this.audit.recordOn(
        'mirror_link_revoked',
        actorIn(access, viewer),
        { type: 'mirror_participant', id: participant.id },
        manager,
      );
    });
    return loadParticipant(this.db.manager, participantId);
  }

  /**
   * Consent given on paper, by telephone or in person, recorded by the moderator
   * (or a planner) for the relative, with the day it was given and how. It changes
   * consent exactly as the relative's own page would; the audit log says who recorded it.
   */
  async recordConsent(viewer: Viewer, access: TenantAccess, input: RecordMirrorConsentInput): Promise<MirrorParticipantDto> {
    const givenAt = consentGivenAt(input.givenOn, new Date());
    if (!givenAt) throw new UserError('MIRROR_CONSENT_DATE_IN_FUTURE', {}, [{ field: 'givenOn', rule: 'notInFuture' }]);
    const change = await this.db.transaction(async (manager) => {
      const participant = await this.ownParticipant(manager, viewer, access, input.participantId, true);
      requireStatus(participant.conversation, ['planned', 'live', 'ended']);
      const [current] = await manager.query<{ consents: ScopeList }[]>(
        `SELECT ${ACTIVE_SCOPES} AS consents FROM mirror_participant p WHERE p.id = $1 FOR UPDATE OF p`,
        [participant.id],
      );
      const wanted = normaliseMirrorConsent(input.consents);
      await applyConsent(manager, {
        participantId: participant.id,
        organisationId: access.organisationId,
        current: current.consents,
        wanted,
        form: input.form,
        channel: input.channel,
        recordedBy: viewer.personId,
        givenAt,
      });
      await manager.query(`UPDATE mirror_participant SET relation = $2, legal_representative = $3, responded_at = now() WHERE id = $1`, [
        participant.id,
        input.relation ?? null,
        input.legalRepresentative ?? null,
      ]);
      await this.audit.recordChange(
        'mirror_consent_recorded',
        actorIn(access, viewer),
        { type: 'mirror_participant', id: participant.id },
        { consents: fromTo<readonly string[]>(current.consents, wanted) },
        manager,
      );
      return bumpMirrorVersion(manager, participant.conversation.id);
    });
    // The moderator's console shows at once who may be quoted.
    this.broadcaster.changed(change);
    return loadParticipant(this.db.manager, input.participantId);
  }

  private async ownParticipant(
    manager: EntityManager,
    viewer: Viewer,
    access: TenantAccess,
    participantId: string,
    lock = true,
  ): Promise<{ id: string; email: string | null; conversation: ViewedConversationRow }> {
    const [participant] = await manager.query<Pick<MirrorParticipantRow, 'id' | 'email' | 'conversation_id'>[]>(
      `SELECT id, email, conversation_id FROM mirror_participant WHERE id = $1 AND organisation_id = $2`,
      [participantId, access.organisationId],
    );
    if (!participant) throw new UserError('NOT_FOUND');
    const conversation = await this.conversations.planner(participant.conversation_id, access, viewer, manager, lock);
    return { id: participant.id, email: participant.email, conversation };
  }

  /**
   * Tells everyone invited with an e-mail address (and a link the planner did not
   * revoke) what changed, each in their own language. A link that ran out does not
   * uninvite anyone: they may still come, so they hear of a new date or a cancelled
   * conversation too, and the mail says their link no longer works (linkWorks).
   * Called after the change is stored, so a mail never announces something that did not happen.
   */
  async tellInvited(conversationId: string, make: (facts: ChangeMailFacts) => { subject: string; body: string }): Promise<number> {
    const rows = await this.db.query<(MailFactsRow & { link_works: boolean })[]>(
      `SELECT p.email, p.language, p.expires_at > now() AS link_works, c.theme, c.scheduled_at, c.place, o.name AS organisation_name, o.id AS organisation_id
         FROM mirror_participant p JOIN mirror_conversation c ON c.id = p.conversation_id JOIN organisation o ON o.id = c.organisation_id
         WHERE p.conversation_id = $1 AND p.email IS NOT NULL AND p.revoked_at IS NULL ORDER BY p.created_at`,
      [conversationId],
    );
    for (const row of rows) {
      const mail = make({
        language: row.language,
        organisationName: row.organisation_name,
        theme: row.theme,
        scheduledAt: row.scheduled_at,
        place: row.place,
        linkWorks: row.link_works,
      });
      await this.mail.send({ to: row.email, organisationId: row.organisation_id, ...mail });
    }
    return rows.length;
  }

  private async sendLink(participantId: string, token: string): Promise<void> {
    const [facts] = await this.db.query<(MailFactsRow & Pick<MirrorParticipantRow, 'expires_at'>)[]>(
      `SELECT p.email, p.language, p.expires_at, c.theme, c.scheduled_at, c.place, o.name AS organisation_name, o.id AS organisation_id
       FROM mirror_participant p JOIN mirror_conversation c ON c.id = p.conversation_id JOIN organisation o ON o.id = c.organisation_id WHERE p.id = $1`,
      [participantId],
    );
    const mail = invitationMail({
      language: facts.language,
      organisationName: facts.organisation_name,
      theme: facts.theme,
      scheduledAt: facts.scheduled_at,
      place: facts.place,
      link: this.mail.link(`${RELATIVE_PAGE_PATH}/${token}`),
      expiresAt: facts.expires_at,
    });
    // "Link sent" and the queued mail are stored together.
    await this.db.transaction(async (manager) => {
      await this.mail.send({ to: facts.email, organisationId: facts.organisation_id, ...mail }, manager);
      await manager.query(`UPDATE mirror_participant SET link_sent_at = now() WHERE id = $1`, [participantId]);
    });
  }
}
