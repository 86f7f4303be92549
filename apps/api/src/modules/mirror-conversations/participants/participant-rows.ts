import type { Language, MirrorRelation } from '@kring/domain';
import { EntityManager } from 'typeorm';
import type { MirrorConsentRow, MirrorParticipantRow } from '../../../engine/database/tables.generated';
import type { MirrorLinkStatus } from '../dtos/mirror.enums';
import { MirrorParticipantDto } from '../dtos/participant.dto';
import { ACTIVE_SCOPES, inCatalogueOrder, ScopeList } from '../mirror-rows';

const PARTICIPANT_SELECT = `
  SELECT p.id, p.display_name, p.email, p.kind, p.language, p.pseudonym, p.expires_at, p.link_sent_at, p.relation,
         p.legal_representative, p.responded_at, ${ACTIVE_SCOPES} AS consents,
         latest.channel AS consent_channel, latest.given_at AS consent_given_at,
         CASE WHEN p.revoked_at IS NOT NULL THEN 'revoked' WHEN p.expires_at <= now() THEN 'expired' ELSE 'open' END AS link_status
  FROM mirror_participant p
  LEFT JOIN LATERAL (SELECT k.channel, k.given_at FROM mirror_consent k WHERE k.participant_id = p.id AND k.withdrawn_at IS NULL
                     ORDER BY k.given_at DESC LIMIT 1) latest ON true`;

/** A participant as PARTICIPANT_SELECT reads it; language and relation are written only from inputs checked against the domain's lists. */
type Row = Pick<
  MirrorParticipantRow,
  'id' | 'display_name' | 'email' | 'kind' | 'pseudonym' | 'expires_at' | 'link_sent_at' | 'legal_representative' | 'responded_at'
> & {
  language: Language;
  relation: MirrorRelation | null;
  consents: ScopeList;
  consent_channel: MirrorConsentRow['channel'] | null;
  consent_given_at: MirrorConsentRow['given_at'] | null;
  link_status: MirrorLinkStatus;
};

function toParticipant(r: Row): MirrorParticipantDto {
  return {
    id: r.id,
    displayName: r.display_name,
    email: r.email,
    kind: r.kind,
    language: r.language,
    pseudonym: r.pseudonym,
    linkStatus: r.link_status,
    expiresAt: r.expires_at,
    linkSentAt: r.link_sent_at,
    relation: r.relation,
    legalRepresentative: r.legal_representative,
    consents: inCatalogueOrder(r.consents),
    respondedAt: r.responded_at,
    consentChannel: r.consent_channel,
    consentGivenAt: r.consent_given_at,
  };
}

/** The invitation list of a conversation, in the order people were invited. */
export async function loadParticipants(manager: EntityManager, conversationId: string): Promise<MirrorParticipantDto[]> {
  const rows = await manager.query<Row[]>(`${PARTICIPANT_SELECT} WHERE p.conversation_id = $1 ORDER BY p.created_at, p.id`, [
    conversationId,
  ]);
  return rows.map(toParticipant);
}

export async function loadParticipant(manager: EntityManager, participantId: string): Promise<MirrorParticipantDto> {
  const [row] = await manager.query<Row[]>(`${PARTICIPANT_SELECT} WHERE p.id = $1`, [participantId]);
  return toParticipant(row);
}
