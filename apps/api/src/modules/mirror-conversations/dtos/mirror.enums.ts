import {
  MIRROR_CONSENT_CHANNELS,
  MIRROR_CONSENT_FORMS,
  MIRROR_CONSENT_SCOPES,
  MIRROR_PARTICIPANT_KINDS,
  MIRROR_READINESS_WARNINGS,
  MIRROR_RECORDED_CHANNELS,
  MIRROR_RELATIONS,
  MIRROR_STATUSES,
} from '@kring/domain';
import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../engine/graphql/enums';

export const MirrorStatusEnum = enumOf(MIRROR_STATUSES);
export const MirrorConsentScopeEnum = enumOf(MIRROR_CONSENT_SCOPES);
export const MirrorConsentFormEnum = enumOf(MIRROR_CONSENT_FORMS);
export const MirrorParticipantKindEnum = enumOf(MIRROR_PARTICIPANT_KINDS);
export const MirrorRelationEnum = enumOf(MIRROR_RELATIONS);
export const MirrorConsentChannelEnum = enumOf(MIRROR_CONSENT_CHANNELS);
export const MirrorRecordedChannelEnum = enumOf(MIRROR_RECORDED_CHANNELS);
export const MirrorReadinessWarningEnum = enumOf(MIRROR_READINESS_WARNINGS);

/** How the viewer stands to a conversation; what they may see and do follows from it. */
const MIRROR_VIEWER_ROLES = ['moderator', 'listener', 'planner', 'member'] as const;
export type MirrorViewerRole = (typeof MIRROR_VIEWER_ROLES)[number];
export const MirrorViewerRoleEnum = enumOf(MIRROR_VIEWER_ROLES);

/** Whether a personal link still opens. */
const MIRROR_LINK_STATUSES = ['open', 'expired', 'revoked'] as const;
export type MirrorLinkStatus = (typeof MIRROR_LINK_STATUSES)[number];
export const MirrorLinkStatusEnum = enumOf(MIRROR_LINK_STATUSES);

registerEnumType(MirrorStatusEnum, { name: 'MirrorStatus', description: 'planned → live → ended (harvesting) → approved; or cancelled.' });
registerEnumType(MirrorConsentChannelEnum, {
  name: 'MirrorConsentChannel',
  description: 'link (the relative’s own page), paper, phone, in_person.',
});
registerEnumType(MirrorRecordedChannelEnum, {
  name: 'MirrorRecordedChannel',
  description: 'How consent recorded by the moderator was given.',
});
registerEnumType(MirrorReadinessWarningEnum, {
  name: 'MirrorReadinessWarning',
  description: 'What still needs doing before the conversation.',
});
registerEnumType(MirrorConsentScopeEnum, { name: 'MirrorConsentScope' });
registerEnumType(MirrorConsentFormEnum, {
  name: 'MirrorConsentForm',
  description: 'The standard page or the easy-read page (makkelijk lezen).',
});
registerEnumType(MirrorParticipantKindEnum, { name: 'MirrorParticipantKind' });
registerEnumType(MirrorRelationEnum, { name: 'MirrorRelation', description: 'How a participant relates to the resident.' });
registerEnumType(MirrorViewerRoleEnum, {
  name: 'MirrorViewerRole',
  description: 'moderator (gespreksleider), listener (luisteraar), planner (may prepare and invite), member (reads the harvest).',
});
registerEnumType(MirrorLinkStatusEnum, { name: 'MirrorLinkStatus' });
