import {
  CHECKIN_TOPIC_IDS,
  FINDING_TYPES,
  HARVEST_DIMENSIONS,
  MIRROR_TOPIC_KINDS,
  MOMENTS_OF_DAY,
  REPORT_STATUSES,
  REPORT_VISIBILITIES,
  VISIT_FORMATS,
  VISIT_STATUSES,
  VISIT_TEAM_ROLES,
} from '@kring/domain';
import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../engine/graphql/enums';

const VISIT_SIDES = ['host', 'visitor'] as const;
const EDIT_OUTCOMES = ['created', 'applied', 'unchanged', 'conflict'] as const;
export const CONFLICT_CHOICES = ['keep_server', 'keep_mine', 'keep_both'] as const;

export const VisitFormatEnum = enumOf(VISIT_FORMATS);
export const VisitTeamRoleEnum = enumOf(VISIT_TEAM_ROLES);
export const MomentOfDayEnum = enumOf(MOMENTS_OF_DAY);
export const ReportVisibilityEnum = enumOf(REPORT_VISIBILITIES);
export const VisitStatusEnum = enumOf(VISIT_STATUSES);
export const ReportStatusEnum = enumOf(REPORT_STATUSES);
export const MirrorTopicKindEnum = enumOf(MIRROR_TOPIC_KINDS);
export const CheckinTopicEnum = enumOf(CHECKIN_TOPIC_IDS);
export const FindingTypeEnum = enumOf(FINDING_TYPES.map((t) => t.id));
export const VisitSideEnum = enumOf(VISIT_SIDES);
export const NoteEditOutcomeEnum = enumOf(EDIT_OUTCOMES);
export const ConflictChoiceEnum = enumOf(CONFLICT_CHOICES);
export const HarvestDimensionEnum = enumOf(HARVEST_DIMENSIONS);

registerEnumType(VisitFormatEnum, { name: 'VisitFormat', description: 'Dagdeel, hele dag, or 24 hours "als bewoner".' });
registerEnumType(VisitTeamRoleEnum, { name: 'VisitTeamRole', description: 'relative and expert are named only and need no account.' });
registerEnumType(MomentOfDayEnum, { name: 'MomentOfDay' });
registerEnumType(ReportVisibilityEnum, {
  name: 'ReportVisibility',
  description: 'Who sees the mirror report, chosen by the host; network is always anonymised.',
});
registerEnumType(VisitStatusEnum, { name: 'VisitStatus' });
registerEnumType(ReportStatusEnum, {
  name: 'ReportStatus',
  description: 'draft (visitors write) → with_host (host reflects and decides) → closed.',
});
registerEnumType(MirrorTopicKindEnum, { name: 'MirrorTopicKind' });
registerEnumType(CheckinTopicEnum, { name: 'CheckinTopic' });
registerEnumType(FindingTypeEnum, { name: 'FindingType', description: 'Finding types of a beeld (FINDING_TYPES).' });
registerEnumType(VisitSideEnum, { name: 'VisitSide' });
registerEnumType(NoteEditOutcomeEnum, {
  name: 'NoteEditOutcome',
  description: 'conflict: the note changed elsewhere; this version is kept for its author to choose.',
});
registerEnumType(ConflictChoiceEnum, { name: 'ConflictChoice' });
registerEnumType(HarvestDimensionEnum, { name: 'HarvestDimension' });
