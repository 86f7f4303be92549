import { HARVEST_FLOWS, METHOD_SOURCES, PHASE_KINDS, PHASE_OUTPUTS } from '@kring/domain';
import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../engine/graphql/enums';

export const PhaseKindEnum = enumOf(PHASE_KINDS);
export const MethodSourceEnum = enumOf(METHOD_SOURCES);
export const PhaseOutputEnum = enumOf(PHASE_OUTPUTS);
export const HarvestFlowEnum = enumOf(HARVEST_FLOWS);

registerEnumType(PhaseKindEnum, { name: 'PhaseKind', description: 'A building block of a method.' });
registerEnumType(MethodSourceEnum, {
  name: 'MethodSource',
  description: "sources: described in the domain documents; practice: a common working method, or the organisation's own.",
});
registerEnumType(PhaseOutputEnum, { name: 'PhaseOutput', description: 'What a phase kind yields in the session record and harvest.' });
registerEnumType(HarvestFlowEnum, {
  name: 'HarvestFlow',
  description: "Which part of the session harvest a phase's entries arrive in as drafts: none, insights (leerpunten), advice, practices.",
});
