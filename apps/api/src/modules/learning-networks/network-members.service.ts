import { OrganisationKind } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorIn, AuditService } from '../../engine/audit/audit.service';
import { hashToken, newToken } from '../../engine/auth/tokens';
import { NetworkAccess, TenantAccess, Viewer } from '../../engine/auth/viewer';
import type {
  LearningNetworkRow,
  LocationRow,
  NetworkInvitationRow,
  OrganisationRow,
  PersonRow,
} from '../../engine/database/tables.generated';
import { updateReturning } from '../../engine/database/update-returning';
import { UserError } from '../../engine/graphql/user-error';
import { MailService } from '../../engine/mail/mail.service';
import { RetentionPurgeService } from '../../engine/retention/retention-purge.service';
import { LearningNetworkDto, NetworkInvitationDto, NetworkInvitationPreview, NetworkOrganisation } from './dtos/network.dto';
import { AcceptNetworkInvitationInput, InviteOrganisationInput } from './dtos/network.inputs';
import { detachOrganisation } from './network-membership';
import { namedRef } from '../../engine/graphql/named-ref';

const NETWORK_INVITATION_VALID_DAYS = 14;

const USABLE = `i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()`;

type NetworkNameRow = Pick<LearningNetworkRow, 'id' | 'name'>;
type CoordinatorRow = Pick<PersonRow, 'display_name'>;
/** A member organisation; `kind` has no CHECK in the table, the API writes only OrganisationKind values. */
type MemberOrganisationRow = Pick<OrganisationRow, 'id' | 'name'> & {
  kind: OrganisationKind;
  places: LocationRow['place'][];
  entrepreneurs: PersonRow['display_name'][];
};
/** An invitation with the name of the organisation that accepted it (null while open). */
type InvitationRow = NetworkInvitationRow & { organisation_name: OrganisationRow['name'] | null };
type PreviewRow = Pick<LearningNetworkRow, 'name'> & Pick<NetworkInvitationRow, 'email'>;
/** The organisation choosing to join, with the name of the network it is in already: both null, or both set (foreign key). */
type JoiningRow = { network_id: null; network_name: null } | { network_id: string; network_name: LearningNetworkRow['name'] };
type AcceptedRow = Pick<NetworkInvitationRow, 'id' | 'network_id'>;

export function isCoordinator(access: NetworkAccess): boolean {
  return access.roles.includes('network_coordinator');
}

/** The coordinator's management of member organisations, and what members see of each other. */
@Injectable()
export class NetworkMembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly purges: RetentionPurgeService,
  ) {}

  async network(access: NetworkAccess): Promise<LearningNetworkDto> {
    const [[network], organisations, coordinators] = await Promise.all([
      this.db.query<NetworkNameRow[]>(`SELECT id, name FROM learning_network WHERE id = $1`, [access.networkId]),
      this.organisations(access.networkId),
      this.db.query<CoordinatorRow[]>(
        `SELECT p.display_name FROM membership m JOIN person p ON p.id = m.person_id
         WHERE m.network_id = $1 AND m.role = 'network_coordinator' ORDER BY p.display_name`,
        [access.networkId],
      ),
    ]);
    return {
      id: network.id,
      name: network.name,
      organisations,
      coordinators: coordinators.map((c) => c.display_name),
      viewerIsCoordinator: isCoordinator(access),
      viewerOrganisations: organisations.filter((o) => access.organisationIds.includes(o.id)).map((o) => ({ id: o.id, name: o.name })),
    };
  }

  async organisations(networkId: string): Promise<NetworkOrganisation[]> {
    const rows: MemberOrganisationRow[] = await this.db.query(
      `SELECT o.id, o.name, o.kind,
              coalesce((SELECT array_agg(DISTINCT l.place ORDER BY l.place) FROM location l WHERE l.organisation_id = o.id AND l.place <> ''), '{}') AS places,
              coalesce((SELECT array_agg(DISTINCT p.display_name ORDER BY p.display_name) FROM membership m JOIN person p ON p.id = m.person_id
                        WHERE m.organisation_id = o.id AND m.role = 'entrepreneur'), '{}') AS entrepreneurs
       FROM organisation o WHERE o.network_id = $1 ORDER BY o.name`,
      [networkId],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, places: r.places, entrepreneurs: r.entrepreneurs }));
  }

  async invitations(access: NetworkAccess): Promise<NetworkInvitationDto[]> {
    const rows: InvitationRow[] = await this.db.query(
      `SELECT i.*, o.name AS organisation_name FROM network_invitation i LEFT JOIN organisation o ON o.id = i.accepted_organisation_id
       WHERE i.network_id = $1 ORDER BY i.created_at DESC`,
      [access.networkId],
    );
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      expiresAt: r.expires_at,
      acceptedAt: r.accepted_at,
      acceptedOrganisation: namedRef(r.accepted_organisation_id, r.organisation_name),
      revokedAt: r.revoked_at,
      createdAt: r.created_at,
    }));
  }

  async invite(access: NetworkAccess, viewer: Viewer, input: InviteOrganisationInput): Promise<NetworkInvitationDto> {
    const [network]: Pick<LearningNetworkRow, 'name'>[] = await this.db.query(`SELECT name FROM learning_network WHERE id = $1`, [
      access.networkId,
    ]);
    const token = newToken();
    // The invitation and its mail are stored together.
    const row = await this.db.transaction(async (manager) => {
      const [row]: Pick<NetworkInvitationRow, 'id'>[] = await manager.query(
        `INSERT INTO network_invitation (network_id, email, token_hash, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(days => $5)) RETURNING id`,
        [access.networkId, input.email, hashToken(token), viewer.personId, NETWORK_INVITATION_VALID_DAYS],
      );
      await this.mail.send(
        {
          to: input.email,
          organisationId: null,
          subject: `Uitnodiging voor het lerend netwerk ${network.name}`,
          body:
            `Je organisatie is uitgenodigd om mee te doen in ${network.name} in Kring.\n\n` +
            `In een lerend netwerk bezoeken zorgondernemers elkaar om van elkaar te leren (collegiale visitatie): met een afgesproken kijkwijzer, een spiegelgesprek en een spiegelrapport waarvan de gastheer bepaalt wie het ziet.\n\n` +
            `Log in bij Kring met dit e-mailadres (${input.email}) en kies met welke organisatie je meedoet (${NETWORK_INVITATION_VALID_DAYS} dagen geldig, één keer te gebruiken):\n${this.mail.link(`/lerend-netwerk/aansluiten/${token}`)}\n\n` +
            `(English: your organisation has been invited to join the learning network ${network.name} in Kring; open the link above.)`,
        },
        manager,
      );
      return row;
    });
    await this.audit.recordOn('network_invitation_created', { personId: viewer.personId }, { type: 'network_invitation', id: row.id });
    return (await this.invitations(access)).find((i) => i.id === row.id)!;
  }

  async revoke(access: NetworkAccess, invitationId: string): Promise<NetworkInvitationDto> {
    await this.db.query(
      `UPDATE network_invitation SET revoked_at = now() WHERE id = $1 AND network_id = $2 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [invitationId, access.networkId],
    );
    return (await this.invitations(access)).find((i) => i.id === invitationId)!;
  }

  async preview(token: string): Promise<NetworkInvitationPreview> {
    const [row]: (PreviewRow | undefined)[] = await this.db.query(
      `SELECT n.name, i.email FROM network_invitation i JOIN learning_network n ON n.id = i.network_id WHERE i.token_hash = $1 AND ${USABLE}`,
      [hashToken(token)],
    );
    if (!row) throw new UserError('TOKEN_INVALID');
    return { networkName: row.name, email: row.email };
  }

  /** Uses the invitation once: the chosen organisation (managed by the viewer) joins the network. */
  async accept(access: TenantAccess, viewer: Viewer, input: AcceptNetworkInvitationInput): Promise<string> {
    return this.db.transaction(async (manager) => {
      // The viewer's own organisation (TenantAccess): it exists.
      const [organisation]: JoiningRow[] = await manager.query(
        `SELECT o.network_id, n.name AS network_name FROM organisation o LEFT JOIN learning_network n ON n.id = o.network_id WHERE o.id = $1 FOR UPDATE OF o`,
        [access.organisationId],
      );
      // The invitation is for the address it was sent to, as a member's invitation is: a forwarded link lets no one else's
      // organisation into the network (and with it to the members' names and what the network shares).
      const [invitation] = await updateReturning<AcceptedRow>(
        manager,
        `UPDATE network_invitation i SET accepted_at = now(), accepted_organisation_id = $2
         WHERE i.token_hash = $1 AND ${USABLE} AND lower(i.email) = (SELECT lower(email) FROM person WHERE id = $3) RETURNING i.id, i.network_id`,
        [hashToken(input.token), access.organisationId, viewer.personId],
      );
      if (!invitation) {
        const [other]: Pick<PreviewRow, 'email'>[] = await manager.query(
          `SELECT i.email FROM network_invitation i WHERE i.token_hash = $1 AND ${USABLE}`,
          [hashToken(input.token)],
        );
        throw other ? new UserError('NETWORK_INVITATION_OTHER_EMAIL', { email: other.email }) : new UserError('TOKEN_INVALID');
      }
      if (organisation.network_id && organisation.network_id !== invitation.network_id)
        throw new UserError('ALREADY_IN_NETWORK', { network: organisation.network_name });
      await manager.query(`UPDATE organisation SET network_id = $2 WHERE id = $1`, [access.organisationId, invitation.network_id]);
      await this.audit.recordOn('network_joined', actorIn(access, viewer), { type: 'network_invitation', id: invitation.id }, manager);
      return invitation.network_id;
    });
  }

  async remove(access: NetworkAccess, viewer: Viewer, organisationId: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const [member]: unknown[] = await manager.query(`SELECT 1 FROM organisation WHERE id = $1 AND network_id = $2 FOR UPDATE`, [
        organisationId,
        access.networkId,
      ]);
      if (!member) throw new UserError('NOT_FOUND');
      await this.detach(manager, access.networkId, organisationId, viewer);
      await this.audit.record({ action: 'network_organisation_removed', organisationId, personId: viewer.personId }, manager);
      return true;
    });
  }

  async leave(access: TenantAccess, viewer: Viewer): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const [organisation]: Pick<OrganisationRow, 'network_id'>[] = await manager.query(
        `SELECT network_id FROM organisation WHERE id = $1 FOR UPDATE`,
        [access.organisationId],
      );
      if (!organisation.network_id) throw new UserError('NETWORK_REQUIRED');
      await this.detach(manager, organisation.network_id, access.organisationId, viewer);
      await this.audit.record({ action: 'network_left', organisationId: access.organisationId, personId: viewer.personId }, manager);
      return true;
    });
  }

  /** detachOrganisation, and the beelden of the visits it cancelled purged in the same transaction. */
  private async detach(manager: EntityManager, networkId: string, organisationId: string, viewer: Viewer): Promise<void> {
    for (const visit of await detachOrganisation(manager, networkId, organisationId)) {
      await this.purges.onEvent(manager, 'peer_visit_cancelled', {
        organisationId: visit.organisation_id,
        subjectId: visit.id,
        personId: viewer.personId,
      });
    }
  }
}
