import { FINDING_TYPES, MOMENTS_OF_DAY } from '@kring/domain';
import { deviceStorage, type ListedStorage, readJson, removeKeys, writeJson } from '../../ui/device-storage';
import { noteDraftHasContent, type NoteDraft } from './note-fields';
import type { Forgetting } from './note-store';

/**
 * The beeld being written and not yet saved, kept on the device (localStorage), so switching to the camera or a
 * message on a phone, a reload or a flat battery does not take it away. One per visit and person: a colleague who
 * logs in on the same phone for the same visit does not find it in their box. It goes with the notebook
 * (forgetNoteDrafts, as note-store's Forgetting says) and once it is saved as a beeld.
 */
const PREFIX = 'kring.notebook.';

export function noteDraftKey(visitId: string, personId: string): string {
  return `${PREFIX}${visitId}.${personId}.draft`;
}

/** A kept value read back, or null when it is not a draft this version of the form can show (another version's, or damaged). */
export function asNoteDraft(value: unknown): NoteDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const d = value as Record<string, unknown>;
  const findingTypes: readonly string[] = FINDING_TYPES.map((type) => type.id);
  const ok =
    typeof d.body === 'string' &&
    typeof d.findingType === 'string' &&
    (d.findingType === '' || findingTypes.includes(d.findingType)) &&
    Array.isArray(d.valueIds) &&
    d.valueIds.every((id) => typeof id === 'string') &&
    typeof d.mirrorThemeId === 'string' &&
    typeof d.momentOfDay === 'string' &&
    (d.momentOfDay === '' || (MOMENTS_OF_DAY as readonly string[]).includes(d.momentOfDay)) &&
    typeof d.aboutFocus === 'boolean';
  return ok ? (d as unknown as NoteDraft) : null;
}

export function keptNoteDraft(visitId: string, personId: string, storage = deviceStorage()): NoteDraft | null {
  return storage ? asNoteDraft(readJson(storage, noteDraftKey(visitId, personId))) : null;
}

/** Keeps the draft, or takes it away once it holds nothing (saved, or emptied by its author). */
export function keepNoteDraft(visitId: string, personId: string, draft: NoteDraft, storage = deviceStorage()): void {
  if (storage) writeJson(storage, noteDraftKey(visitId, personId), noteDraftHasContent(draft) ? draft : undefined);
}

/**
 * Lets go of unsaved drafts as the notebook lets go of its beelden: all of them at logout, a visit's when the notebook
 * is no longer the person's; when the session ended elsewhere they stay, as the author's own unsent beelden do.
 */
export function forgetNoteDrafts(why: Forgetting, storage: ListedStorage | undefined = deviceStorage() as Storage | undefined): void {
  if (why === 'session_ended') return;
  const prefix = typeof why === 'object' ? `${PREFIX}${why.notYours}.` : PREFIX;
  removeKeys(storage, (key) => key.startsWith(prefix));
}
