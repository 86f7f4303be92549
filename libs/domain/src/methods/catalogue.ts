import { DILEMMA_METHOD } from './shipped/dilemma-method';
import { IMAGES_OF_QUALITY } from './shipped/images-of-quality';
import { INCIDENT_METHOD } from './shipped/incident-method';
import { LISTENER_REFLECTION } from './shipped/listener-reflection';
import { PRESENCE_CASE_REFLECTION } from './shipped/presence-case-reflection';
import { QUALITY_OF_CARE_2_PASS } from './shipped/quality-of-care-2-pass';
import { VALUES_REFLECTION_AT_HOME } from './shipped/values-reflection-at-home';
import { Method } from './types';

/** The methods Kring ships (domain guide §4, and §5's listener reflection), in the guide's order. */
export const SHIPPED_METHODS: readonly Method[] = [
  PRESENCE_CASE_REFLECTION,
  VALUES_REFLECTION_AT_HOME,
  INCIDENT_METHOD,
  DILEMMA_METHOD,
  QUALITY_OF_CARE_2_PASS,
  IMAGES_OF_QUALITY,
  LISTENER_REFLECTION,
];

export function findMethod(id: string, methods: readonly Method[] = SHIPPED_METHODS): Method | undefined {
  return methods.find((m) => m.id === id);
}

/** Sum of the default timeboxes; a suggestion for planning, not a limit. */
export function methodDurationMinutes(method: Method): number {
  return method.phases.reduce((sum, phase) => sum + phase.defaultMinutes, 0);
}
