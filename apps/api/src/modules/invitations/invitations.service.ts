import { languageFromAcceptLanguage } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { actorIn, AuditService } from '../../engine/audit/audit.service';
import { hashToken, newToken } from '../../engine/auth/tokens';
import { KringRequest, TenantAccess, Viewer } from '../../engine/auth/viewer';
import { UserError } from '../../engine/graphql/user-error';
import type { InvitationRoleRow } from '../../engine/database/profile-rows';
import type { InvitationRow, OrganisationRow, PersonRow, TeamRow } from '../../engine/database/tables.generated';
import { updateReturning } from '../../engine/database/update-returning';
import { MailService } from '../../engine/mail/mail.service';
import { TokenLinks } from '../../engine/throttle/token-links';
import { AccountsService, ViewerDto } from '../accounts';
import { InvitationDto, OrganisationsService } from '../organisations';
import { newAccountProblems } from './new-account-problems';
import { AcceptInvitationInput, InvitationPreview, InviteMemberInput } from './dtos/invitation.inputs';
import { invitationMail } from './invitation-mail';

const INVITATION_VALID_DAYS = 14;

/** Usable = not accepted, not revoked, not expired. */
const USABLE = `i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()`;

/** What the invitation page shows before anyone logs in. */
type PreviewRow = Pick<InvitationRoleRow, 'role' | 'email'> & {
  organisation_name: OrganisationRow['name'];
  team_name: TeamRow['name'] | null;
  has_account: boolean;
};

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly accounts: AccountsService,
    private readonly organisations: OrganisationsService,
    private readonly links: TokenLinks,
  ) {}

  async invite(access: TenantAccess, viewer: Viewer, input: InviteMemberInput): Promise<InvitationDto> {
    const [org] = await this.db.query<Pick<OrganisationRow, 'name'>[]>(`SELECT name FROM organisation WHERE id = $1`, [
      access.organisationId,
    ]);
    let teamName: string | null = null;
    if (input.teamId) {
      const [team] = await this.db.query<Pick<TeamRow, 'name'>[]>(`SELECT name FROM team WHERE id = $1 AND organisation_id = $2`, [
        input.teamId,
        access.organisationId,
      ]);
      if (!team) throw new UserError('NOT_FOUND');
      teamName = team.name;
    }
    const [existing] = await this.db.query<unknown[]>(
      `SELECT 1 FROM membership m JOIN person p ON p.id = m.person_id
       WHERE lower(p.email) = $1 AND m.organisation_id = $2 AND m.role = $3 AND m.team_id IS NOT DISTINCT FROM $4`,
      [input.email, access.organisationId, input.role, input.teamId ?? null],
    );
    if (existing) throw new UserError('ALREADY_MEMBER');
    const token = newToken();
    // The invitation and its mail are stored together: no invitation without its mail on the queue.
    const row = await this.db.transaction(async (manager) => {
      // A new invitation to the same address replaces the one still open (sent again because the mail got lost, or
      // with the role or team put right): one address, one working link, so an old link cannot add a second membership.
      await manager.query(`UPDATE invitation i SET revoked_at = now() WHERE i.organisation_id = $1 AND i.email = $2 AND ${USABLE}`, [
        access.organisationId,
        input.email,
      ]);
      const [row] = await manager.query<Pick<InvitationRow, 'id'>[]>(
        `INSERT INTO invitation (organisation_id, team_id, email, role, token_hash, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7)) RETURNING id`,
        [access.organisationId, input.teamId ?? null, input.email, input.role, hashToken(token), viewer.personId, INVITATION_VALID_DAYS],
      );
      await this.mail.send(
        invitationMail({
          to: input.email,
          organisationId: access.organisationId,
          organisationName: org.name,
          teamName,
          role: input.role,
          link: this.mail.link(`/uitnodiging/${token}`),
          validDays: INVITATION_VALID_DAYS,
        }),
        manager,
      );
      return row;
    });
    await this.audit.recordOn('invitation_created', actorIn(access, viewer), { type: 'invitation', id: row.id });
    return (await this.organisations.invitations(access.organisationId)).find((i) => i.id === row.id)!;
  }

  async revoke(access: TenantAccess, invitationId: string): Promise<InvitationDto> {
    await this.db.query(
      `UPDATE invitation SET revoked_at = now() WHERE id = $1 AND organisation_id = $2 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [invitationId, access.organisationId],
    );
    return (await this.organisations.invitations(access.organisationId)).find((i) => i.id === invitationId)!;
  }

  async preview(token: string, req: KringRequest): Promise<InvitationPreview> {
    const row = await this.links.open(
      token,
      req,
      async (tokenHash) => {
        const [found] = await this.db.query<PreviewRow[]>(
          `SELECT o.name AS organisation_name, t.name AS team_name, i.role, i.email,
                  EXISTS (SELECT 1 FROM person p WHERE lower(p.email) = i.email) AS has_account
           FROM invitation i JOIN organisation o ON o.id = i.organisation_id LEFT JOIN team t ON t.id = i.team_id
           WHERE i.token_hash = $1 AND ${USABLE}`,
          [tokenHash],
        );
        return found ?? null;
      },
      new UserError('TOKEN_INVALID'),
    );
    return {
      organisationName: row.organisation_name,
      teamName: row.team_name,
      role: row.role,
      email: row.email,
      hasAccount: row.has_account,
    };
  }

  /**
   * Uses the invitation once: joins an existing account (after checking its
   * password) or creates the account, then logs the person in.
   */
  async accept(input: AcceptInvitationInput, req: KringRequest): Promise<ViewerDto> {
    const use = (tokenHash: string) =>
      this.db.transaction(async (manager) => {
        const [invitation] = await updateReturning<Pick<InvitationRow, 'id' | 'organisation_id' | 'team_id' | 'email' | 'role'>>(
          manager,
          `UPDATE invitation i SET accepted_at = now() WHERE i.token_hash = $1 AND ${USABLE}
         RETURNING i.id, i.organisation_id, i.team_id, i.email, i.role`,
          [tokenHash],
        );
        if (!invitation) return null;
        const [person] = await manager.query<Pick<PersonRow, 'id' | 'password_hash'>[]>(
          `SELECT id, password_hash FROM person WHERE lower(email) = $1`,
          [invitation.email],
        );
        let id: string;
        if (person) {
          // Joining an existing account checks its password, under the login's throttle.
          if (!(await this.accounts.checkPassword(invitation.email, person.password_hash, input.password, req)))
            throw new UserError('INVALID_CREDENTIALS');
          id = person.id;
        } else {
          const problems = newAccountProblems(input.displayName, input.password);
          if (problems.length > 0) throw new UserError('BAD_USER_INPUT', {}, problems);
          const language = languageFromAcceptLanguage(req.headers['accept-language']);
          id = await this.accounts.createPerson(manager, {
            email: invitation.email,
            displayName: input.displayName ?? '',
            password: input.password,
            preferredLanguage: language,
          });
        }
        await manager.query(
          `INSERT INTO membership (person_id, organisation_id, team_id, role) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
          [id, invitation.organisation_id, invitation.team_id, invitation.role],
        );
        await this.audit.recordOn(
          'invitation_accepted',
          { organisationId: invitation.organisation_id, personId: id },
          { type: 'invitation', id: invitation.id },
          manager,
        );
        return id;
      });
    // A wrong password rolls the transaction back: the invitation stays usable.
    const personId = await this.links.open(input.token, req, use, new UserError('TOKEN_INVALID'));
    await this.accounts.startSession(personId, req);
    return this.accounts.viewer(personId);
  }
}
