import { FindingTypeId, MirrorThemeId, MomentOfDay, NoteFields, ServerNoteState } from '@kring/domain';
import { EntityManager } from 'typeorm';
import type { PeerVisitNoteConflictRow, PeerVisitNoteRow, PersonRow } from '../../engine/database/tables.generated';
import { VisitNoteDto } from './dtos/notebook.dto';
import { noteFieldValues } from './note-field-values';

/** A note as NOTE_WITH_AUTHOR reads it: every column and its author's name (null once the author is gone). */
export type NoteRow = PeerVisitNoteRow & { author_name: PersonRow['display_name'] | null };

/**
 * The columns a note and an author's conflicting version share. The conflict table keeps
 * finding type and moment as plain text (it holds what the device sent, checked by the
 * domain before it was stored), so they are read as the note's wider type.
 */
type NoteFieldColumns = Pick<
  PeerVisitNoteRow | PeerVisitNoteConflictRow,
  'body' | 'finding_type' | 'value_ids' | 'mirror_theme_id' | 'moment_of_day' | 'about_focus'
>;

export const NOTE_WITH_AUTHOR = `SELECT n.*, p.display_name AS author_name FROM peer_visit_note n LEFT JOIN person p ON p.id = n.author_id`;

export function noteDto(row: NoteRow, viewerId: string): VisitNoteDto {
  return {
    id: row.id,
    clientId: row.client_id,
    // author_id is set to NULL when the person is deleted, so a set id always finds its name.
    author: row.author_id && row.author_name !== null ? { id: row.author_id, displayName: row.author_name } : null,
    mine: row.author_id === viewerId,
    body: row.body,
    findingType: row.finding_type,
    valueIds: row.value_ids,
    mirrorThemeId: row.mirror_theme_id,
    momentOfDay: row.moment_of_day,
    aboutFocus: row.about_focus,
    deleted: row.deleted_at !== null,
    inReport: row.in_report,
    revision: row.revision,
    lastEditId: row.last_edit_id,
    createdAt: row.created_at,
  };
}

export async function noteById(manager: EntityManager, id: string, viewerId: string): Promise<VisitNoteDto> {
  const [row]: NoteRow[] = await manager.query(`${NOTE_WITH_AUTHOR} WHERE n.id = $1`, [id]);
  return noteDto(row, viewerId);
}

/** The fields of a note row, or of a conflict row, in the domain's shape (noteFieldValues writes them back). */
export function fieldsOf(row: NoteFieldColumns, deleted: boolean): NoteFields {
  return {
    body: row.body,
    findingType: row.finding_type as FindingTypeId,
    valueIds: row.value_ids,
    mirrorThemeId: row.mirror_theme_id as MirrorThemeId | null,
    momentOfDay: row.moment_of_day as MomentOfDay | null,
    aboutFocus: row.about_focus,
    deleted,
  };
}

export function stateOf(row: PeerVisitNoteRow): ServerNoteState {
  return { revision: row.revision, lastEditId: row.last_edit_id, fields: fieldsOf(row, row.deleted_at !== null) };
}

/** Writes fields onto a note as a new revision; a withdrawal keeps its first moment. */
export async function writeNote(
  manager: EntityManager,
  noteId: string,
  fields: NoteFields,
  revision: number,
  editId: string,
): Promise<void> {
  await manager.query(
    `UPDATE peer_visit_note SET body = $2, finding_type = $3, value_ids = $4, mirror_theme_id = $5, moment_of_day = $6, about_focus = $7,
       deleted_at = CASE WHEN $8 THEN coalesce(deleted_at, now()) ELSE NULL END, revision = $9, last_edit_id = $10, updated_at = now()
     WHERE id = $1`,
    [noteId, ...noteFieldValues(fields), revision, editId],
  );
}

export async function insertNote(
  manager: EntityManager,
  note: { visitId: string; networkId: string; organisationId: string; clientId: string | null; authorId: string | null; editId: string },
  fields: NoteFields,
): Promise<string> {
  const [row]: Pick<PeerVisitNoteRow, 'id'>[] = await manager.query(
    `INSERT INTO peer_visit_note (visit_id, network_id, organisation_id, client_id, author_id, body, finding_type, value_ids, mirror_theme_id, moment_of_day, about_focus, deleted_at, revision, last_edit_id)
     VALUES ($1, $2, $3, coalesce($4::uuid, gen_random_uuid()), $5, $6, $7, $8, $9, $10, $11, CASE WHEN $12 THEN now() END, 1, $13) RETURNING id`,
    [note.visitId, note.networkId, note.organisationId, note.clientId, note.authorId, ...noteFieldValues(fields), note.editId],
  );
  return row.id;
}
