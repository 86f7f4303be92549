import { NoteFields } from '@kring/domain';

/**
 * A note's fields as query parameters, in the order the note and conflict
 * tables name their columns: body, finding_type, value_ids, mirror_theme_id,
 * moment_of_day, about_focus, and the withdrawal (deleted_at on a note,
 * deleted on a conflict). The inverse of fieldsOf in note-rows.ts.
 */
export function noteFieldValues(fields: NoteFields): unknown[] {
  return [fields.body, fields.findingType, fields.valueIds, fields.mirrorThemeId, fields.momentOfDay, fields.aboutFocus, fields.deleted];
}
