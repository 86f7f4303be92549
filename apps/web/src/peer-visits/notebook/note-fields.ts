import type { FindingTypeId, MomentOfDay, NoteFields } from '@kring/domain';

/** What the capture form holds; selects use '' for "none". */
export interface NoteDraft {
  body: string;
  /** '' until chosen: nothing is preselected, so a hurried criticism is never saved as a strength. */
  findingType: FindingTypeId | '';
  valueIds: string[];
  mirrorThemeId: string;
  momentOfDay: MomentOfDay | '';
  aboutFocus: boolean;
}

/** The moment of the day a beeld is written in, as a sensible default. */
export function momentAt(hour: number): MomentOfDay {
  if (hour < 6) return 'night';
  if (hour < 12) return 'morning';
  if (hour < 14) return 'midday';
  if (hour < 18) return 'afternoon';
  if (hour < 23) return 'evening';
  return 'night';
}

export function emptyDraft(now: Date = new Date()): NoteDraft {
  return { body: '', findingType: '', valueIds: [], mirrorThemeId: '', momentOfDay: momentAt(now.getHours()), aboutFocus: false };
}

/** Whether any of the optional tags (values, mirror theme, the focus question) is chosen. */
export function noteDraftHasTags(draft: NoteDraft): boolean {
  return draft.valueIds.length > 0 || draft.mirrorThemeId !== '' || draft.aboutFocus;
}

/** Whether a draft holds anything its author typed or chose (the moment of the day fills itself in). */
export function noteDraftHasContent(draft: NoteDraft): boolean {
  return draft.body.trim() !== '' || draft.findingType !== '' || noteDraftHasTags(draft);
}

export function draftOf(fields: NoteFields): NoteDraft {
  return {
    body: fields.body,
    findingType: fields.findingType,
    valueIds: [...fields.valueIds],
    mirrorThemeId: fields.mirrorThemeId ?? '',
    momentOfDay: fields.momentOfDay ?? '',
    aboutFocus: fields.aboutFocus,
  };
}

/** Only for a draft whose finding type was chosen (the form checks it first). */
export function fieldsOf(draft: NoteDraft & { findingType: FindingTypeId }, deleted = false): NoteFields {
  return {
    body: draft.body.trim(),
    findingType: draft.findingType,
    valueIds: draft.valueIds,
    mirrorThemeId: (draft.mirrorThemeId || null) as NoteFields['mirrorThemeId'],
    momentOfDay: draft.momentOfDay || null,
    aboutFocus: draft.aboutFocus,
    deleted,
  };
}
