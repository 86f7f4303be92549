import { MIRROR_QUESTIONS, MIRROR_THEMES } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NetworkAccess, Viewer } from '../../engine/auth/viewer';
import type { OrganisationRow, PeerVisitMirrorResponseRow } from '../../engine/database/tables.generated';
import { UserError } from '../../engine/graphql/user-error';
import { MirrorConversationDto, MirrorResponseDto } from './dtos/mirror.dto';
import { SaveMirrorResponseInput } from './dtos/mirror.inputs';
import { mirrorResponses } from './mirror-rows';
import { NOTE_WITH_AUTHOR, noteDto } from './note-rows';
import { involvedVisit, requireNotCancelled, requireReportOpen } from './visit-access';
import { visitLens } from './visit-rows-dto';

/** A note as NOTE_WITH_AUTHOR reads it; note-rows.ts owns that query and its row. */
type NoteWithAuthorRow = Parameters<typeof noteDto>[0];

const TOPICS: Record<string, readonly string[]> = {
  focus: ['focus'],
  question: MIRROR_QUESTIONS.map((q) => q.id),
  theme: MIRROR_THEMES.map((t) => t.id),
};

/**
 * Mirror conversation mode, the same day (domain guide §6.5): the three
 * questions, the mirror themes and the focus question, with the visitors'
 * beelden gathered under them, and the host's responses written down —
 * by the host or a visitor taking notes.
 */
@Injectable()
export class MirrorConversationService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async conversation(access: NetworkAccess, viewer: Viewer, visitId: string): Promise<MirrorConversationDto> {
    const context = await involvedVisit(this.db.manager, access, viewer, visitId);
    const v = context.visit;
    const [[host], notes, responses] = await Promise.all([
      this.db.query<Pick<OrganisationRow, 'name' | 'resident_term'>[]>(`SELECT name, resident_term FROM organisation WHERE id = $1`, [
        v.organisation_id,
      ]),
      this.db.query<NoteWithAuthorRow[]>(`${NOTE_WITH_AUTHOR} WHERE n.visit_id = $1 AND n.deleted_at IS NULL ORDER BY n.created_at`, [
        visitId,
      ]),
      mirrorResponses(this.db.manager, visitId),
    ]);
    return {
      visitId,
      host: { id: v.organisation_id, name: host.name },
      hostResidentTerm: host.resident_term,
      focusQuestion: v.focus_question,
      lens: visitLens(v),
      notes: notes.map((n) => noteDto(n, viewer.personId)),
      responses,
      open: v.status === 'agreed' && v.report_status !== 'closed',
    };
  }

  async save(access: NetworkAccess, viewer: Viewer, input: SaveMirrorResponseInput): Promise<MirrorResponseDto> {
    if (!TOPICS[input.topicKind].includes(input.topicId)) throw new UserError('BAD_USER_INPUT', {}, [{ field: 'topicId', rule: 'oneOf' }]);
    await this.db.transaction(async (manager) => {
      const context = await involvedVisit(manager, access, viewer, input.visitId, true);
      requireNotCancelled(context);
      requireReportOpen(context);
      if (context.visit.status !== 'agreed') throw new UserError('NOTEBOOK_NOT_OPEN');
      // Written on the version the writer saw, or not at all: a parallel change is never overwritten unseen.
      const [saved]: Pick<PeerVisitMirrorResponseRow, 'version'>[] = await manager.query(
        `INSERT INTO peer_visit_mirror_response (visit_id, network_id, organisation_id, topic_kind, topic_id, body, version, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, 1, $7)
         ON CONFLICT (visit_id, topic_kind, topic_id) DO UPDATE SET body = EXCLUDED.body, version = peer_visit_mirror_response.version + 1, updated_by = EXCLUDED.updated_by, updated_at = now()
         WHERE peer_visit_mirror_response.version = $8
         RETURNING version`,
        [
          input.visitId,
          access.networkId,
          context.visit.organisation_id,
          input.topicKind,
          input.topicId,
          input.body,
          viewer.personId,
          input.baseVersion,
        ],
      );
      if (!saved) throw new UserError('MIRROR_RESPONSE_CHANGED');
    });
    return (await mirrorResponses(this.db.manager, input.visitId)).find(
      (r) => r.topicKind === input.topicKind && r.topicId === input.topicId,
    )!;
  }
}
