import { LocalizedText } from '../values/localized-text';
import { Method } from './types';

export interface CopyMethodOptions {
  readonly name?: LocalizedText;
}

/**
 * An adapted copy of a method: a new id, version 1, and a note of what it was
 * based on, so a shipped method never changes under a moderator's edits. The
 * copy is the team's own adaptation, so its source is 'practice'; `basedOn`
 * keeps the way back to the original.
 * Phases are copied, not shared, so editing the copy leaves the original alone.
 */
export function copyMethod(method: Method, newId: string, options: CopyMethodOptions = {}): Method {
  return {
    id: newId,
    version: 1,
    name: options.name ?? { nl: `${method.name.nl} (aangepast)`, en: `${method.name.en} (adapted)` },
    summary: { ...method.summary },
    source: 'practice',
    basedOn: { id: method.id, version: method.version },
    phases: method.phases.map((phase) => ({
      ...phase,
      title: { ...phase.title },
      participantPrompt: { ...phase.participantPrompt },
      moderatorGuidance: { ...phase.moderatorGuidance },
      ...(phase.lensItemIds ? { lensItemIds: [...phase.lensItemIds] } : {}),
      ...(phase.behaviour ? { behaviour: { ...phase.behaviour, worksWith: [...phase.behaviour.worksWith] } } : {}),
    })),
  };
}
