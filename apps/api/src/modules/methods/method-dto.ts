import { Method, methodDurationMinutes, MethodPhase, PhaseBehaviour, phaseBehaviour } from '@kring/domain';
import { MethodDto, MethodPhaseDto, PhaseBehaviourDto } from './dtos/method.dto';
import { NamedRef } from '../../engine/graphql/named-ref';

/** What the database adds to a custom method's definition. */
export interface SavedVersion {
  savedAt: Date;
  savedBy: NamedRef | null;
  archived: boolean;
}

function behaviourDto(behaviour: PhaseBehaviour): PhaseBehaviourDto {
  return { ...behaviour, worksWith: [...behaviour.worksWith] };
}

/**
 * The phases as the API shows them, wherever a method is read (a method itself, a session's snapshot):
 * a phase saved before behaviour was declared gets the reading of its kind, so `behaviour` is never null.
 */
export function phaseDtos(phases: readonly MethodPhase[]): MethodPhaseDto[] {
  return phases.map((phase, index) => ({
    id: phase.id,
    kind: phase.kind,
    title: phase.title,
    participantPrompt: phase.participantPrompt,
    moderatorGuidance: phase.moderatorGuidance,
    defaultMinutes: phase.defaultMinutes,
    lensItemIds: [...(phase.lensItemIds ?? [])],
    behaviour: behaviourDto(phaseBehaviour(phases, index)),
  }));
}

/** A shipped method (no saved version) or one version of the organisation's own. */
export function methodDto(method: Method, saved?: SavedVersion): MethodDto {
  return {
    id: method.id,
    version: method.version,
    name: method.name,
    summary: method.summary,
    source: method.source,
    phases: phaseDtos(method.phases),
    basedOn: method.basedOn ?? null,
    custom: saved !== undefined,
    archived: saved?.archived ?? false,
    durationMinutes: methodDurationMinutes(method),
    savedAt: saved?.savedAt ?? null,
    savedBy: saved?.savedBy ?? null,
  };
}
