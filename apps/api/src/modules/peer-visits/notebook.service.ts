import { decideEdit, NoteEdit, NoteFields, PEER_VISIT_LIMITS, FindingTypeId, MirrorThemeId, MomentOfDay } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NetworkAccess, Viewer } from '../../engine/auth/viewer';
import type { CountRow } from '../../engine/database/count-row';
import type { PeerVisitNoteConflictRow, PeerVisitNoteReceiptRow, PeerVisitNoteRow } from '../../engine/database/tables.generated';
import { updateReturning } from '../../engine/database/update-returning';
import { UserError } from '../../engine/graphql/user-error';
import { NoteConflictDto, NoteEditResultDto, VisitNoteDto, VisitNotebookDto } from './dtos/notebook.dto';
import { NoteEditInput, ResolveNoteConflictInput, SyncVisitNotesInput } from './dtos/notebook.inputs';
import { fieldsOf, insertNote, NOTE_WITH_AUTHOR, noteById, noteDto, NoteRow, stateOf, writeNote } from './note-rows';
import { noteFieldValues } from './note-field-values';
import { involvedVisit, requireReportOpen, requireVisitor, VisitContext, VisitRow } from './visit-access';

/** A receipt with the note it changed and that note's author. */
type ReceiptRow = Pick<PeerVisitNoteReceiptRow, 'outcome'> & Pick<PeerVisitNoteRow, 'id' | 'author_id'>;

function editOf(input: NoteEditInput): NoteEdit {
  return {
    clientId: input.clientId,
    editId: input.editId,
    baseRevision: input.baseRevision,
    priorEditIds: input.priorEditIds,
    fields: {
      body: input.body,
      findingType: input.findingType as FindingTypeId,
      valueIds: [...new Set(input.valueIds)],
      mirrorThemeId: (input.mirrorThemeId ?? null) as MirrorThemeId | null,
      momentOfDay: (input.momentOfDay ?? null) as MomentOfDay | null,
      aboutFocus: input.aboutFocus,
      deleted: input.deleted,
    },
  };
}

/**
 * The visit notebook on the server side: every change a device sends is
 * applied once (receipts by change id), a change made on an old version
 * becomes a conflict kept beside the note, and the author chooses later.
 */
@Injectable()
export class NotebookService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private requireOpen(context: VisitContext): void {
    requireVisitor(context);
    requireReportOpen(context);
    if (context.visit.status !== 'agreed') throw new UserError('NOTEBOOK_NOT_OPEN');
  }

  async notebook(access: NetworkAccess, viewer: Viewer, visitId: string): Promise<VisitNotebookDto> {
    const context = await involvedVisit(this.db.manager, access, viewer, visitId);
    requireVisitor(context);
    const [notes, conflicts] = await Promise.all([
      this.db.query<NoteRow[]>(`${NOTE_WITH_AUTHOR} WHERE n.visit_id = $1 ORDER BY n.created_at`, [visitId]),
      this.conflicts(this.db.manager, visitId, viewer.personId),
    ]);
    return {
      visitId,
      open: context.visit.status === 'agreed' && context.visit.report_status !== 'closed',
      reportStatus: context.visit.report_status,
      notes: notes.map((n) => noteDto(n, viewer.personId)),
      conflicts,
    };
  }

  private async conflicts(manager: EntityManager, visitId: string, authorId: string): Promise<NoteConflictDto[]> {
    const rows: PeerVisitNoteConflictRow[] = await manager.query(
      `SELECT * FROM peer_visit_note_conflict WHERE visit_id = $1 AND author_id = $2 AND resolved_at IS NULL ORDER BY created_at`,
      [visitId, authorId],
    );
    return Promise.all(
      rows.map(async (c) => ({
        id: c.id,
        current: await noteById(manager, c.note_id, authorId),
        ...fieldsOf(c, c.deleted),
        valueIds: c.value_ids,
        createdAt: c.created_at,
      })),
    );
  }

  async sync(access: NetworkAccess, viewer: Viewer, input: SyncVisitNotesInput): Promise<NoteEditResultDto[]> {
    return this.db.transaction(async (manager) => {
      // Locking the visit serialises the syncs of its visitors, so counts and revisions stay exact.
      const context = await involvedVisit(manager, access, viewer, input.visitId, true);
      this.requireOpen(context);
      const results: NoteEditResultDto[] = [];
      for (const raw of input.edits) results.push(await this.apply(manager, context, viewer, editOf(raw)));
      return results;
    });
  }

  private async apply(manager: EntityManager, context: VisitContext, viewer: Viewer, edit: NoteEdit): Promise<NoteEditResultDto> {
    const visit = context.visit;
    const [receipt]: (ReceiptRow | undefined)[] = await manager.query(
      `SELECT r.outcome, n.id, n.author_id FROM peer_visit_note_receipt r JOIN peer_visit_note n ON n.id = r.note_id WHERE r.edit_id = $1 AND n.visit_id = $2`,
      [edit.editId, visit.id],
    );
    if (receipt) {
      if (receipt.author_id !== viewer.personId) throw new UserError('NOTE_NOT_YOURS');
      return {
        clientId: edit.clientId,
        editId: edit.editId,
        outcome: receipt.outcome,
        replayed: true,
        note: await noteById(manager, receipt.id, viewer.personId),
      };
    }
    const [current]: (PeerVisitNoteRow | undefined)[] = await manager.query(
      `SELECT * FROM peer_visit_note WHERE visit_id = $1 AND client_id = $2 FOR UPDATE`,
      [visit.id, edit.clientId],
    );
    if (current && current.author_id !== viewer.personId) throw new UserError('NOTE_NOT_YOURS');
    if (!current) {
      const [{ count }]: CountRow[] = await manager.query(`SELECT count(*)::int AS count FROM peer_visit_note WHERE visit_id = $1`, [
        visit.id,
      ]);
      if (count >= PEER_VISIT_LIMITS.maxNotesPerVisit) throw new UserError('TOO_MANY_NOTES', { max: PEER_VISIT_LIMITS.maxNotesPerVisit });
    }
    const { outcome, next } = decideEdit(current ? stateOf(current) : null, edit);
    // No note yet: decideEdit answers 'created', and the note is inserted here.
    const noteId =
      current?.id ??
      (await insertNote(
        manager,
        {
          visitId: visit.id,
          networkId: visit.network_id,
          organisationId: visit.organisation_id,
          clientId: edit.clientId,
          authorId: viewer.personId,
          editId: edit.editId,
        },
        edit.fields,
      ));
    if (outcome === 'applied') {
      await writeNote(manager, noteId, next.fields, next.revision, edit.editId);
    } else if (outcome === 'conflict') {
      await this.keepConflict(manager, visit, noteId, viewer.personId, edit);
    }
    await manager.query(`INSERT INTO peer_visit_note_receipt (edit_id, note_id, network_id, outcome) VALUES ($1, $2, $3, $4)`, [
      edit.editId,
      noteId,
      visit.network_id,
      outcome,
    ]);
    return {
      clientId: edit.clientId,
      editId: edit.editId,
      outcome,
      replayed: false,
      note: await noteById(manager, noteId, viewer.personId),
    };
  }

  /**
   * Keeps the author's version beside the note. When the device had already
   * sent an earlier version that became this conflict, the newer one
   * replaces it: still one choice to make, with the author's latest text.
   */
  private async keepConflict(manager: EntityManager, visit: VisitRow, noteId: string, authorId: string, edit: NoteEdit): Promise<void> {
    const values = [edit.editId, edit.baseRevision, ...noteFieldValues(edit.fields)];
    const replaced = await updateReturning<Pick<PeerVisitNoteConflictRow, 'id'>>(
      manager,
      `UPDATE peer_visit_note_conflict SET edit_id = $3, base_revision = $4, body = $5, finding_type = $6, value_ids = $7, mirror_theme_id = $8, moment_of_day = $9, about_focus = $10, deleted = $11
       WHERE note_id = $1 AND resolved_at IS NULL AND edit_id = ANY($2::uuid[]) RETURNING id`,
      [noteId, edit.priorEditIds, ...values],
    );
    if (replaced.length) return;
    await manager.query(
      `INSERT INTO peer_visit_note_conflict (note_id, visit_id, network_id, organisation_id, author_id, edit_id, base_revision, body, finding_type, value_ids, mirror_theme_id, moment_of_day, about_focus, deleted)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [noteId, visit.id, visit.network_id, visit.organisation_id, authorId, ...values],
    );
  }

  async resolve(access: NetworkAccess, viewer: Viewer, input: ResolveNoteConflictInput): Promise<VisitNoteDto> {
    return this.db.transaction(async (manager) => {
      const [conflict]: (PeerVisitNoteConflictRow | undefined)[] = await manager.query(
        `SELECT * FROM peer_visit_note_conflict WHERE id = $1 AND network_id = $2 FOR UPDATE`,
        [input.conflictId, access.networkId],
      );
      if (!conflict || conflict.author_id !== viewer.personId) throw new UserError('NOT_FOUND');
      const context = await involvedVisit(manager, access, viewer, conflict.visit_id, true);
      this.requireOpen(context);
      if (conflict.resolved_at) throw new UserError('NOTE_CONFLICT_RESOLVED');
      const mine: NoteFields = fieldsOf(conflict, conflict.deleted);
      if (input.choice === 'keep_both' && mine.deleted) throw new UserError('BAD_USER_INPUT', {}, [{ field: 'choice', rule: 'oneOf' }]);
      let noteId = conflict.note_id;
      if (input.choice === 'keep_mine') {
        const [note]: Pick<PeerVisitNoteRow, 'revision'>[] = await manager.query(
          `SELECT revision FROM peer_visit_note WHERE id = $1 FOR UPDATE`,
          [noteId],
        );
        await writeNote(manager, noteId, mine, note.revision + 1, conflict.edit_id);
      } else if (input.choice === 'keep_both') {
        const v = context.visit;
        noteId = await insertNote(
          manager,
          {
            visitId: v.id,
            networkId: v.network_id,
            organisationId: v.organisation_id,
            clientId: null,
            authorId: viewer.personId,
            editId: conflict.edit_id,
          },
          mine,
        );
      }
      await manager.query(`UPDATE peer_visit_note_conflict SET resolution = $2, resolved_at = now() WHERE id = $1`, [
        conflict.id,
        input.choice,
      ]);
      return noteById(manager, noteId, viewer.personId);
    });
  }
}
