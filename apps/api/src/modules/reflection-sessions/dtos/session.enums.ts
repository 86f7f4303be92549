import { ENTRY_KINDS, HARVEST_DRAFT_TARGETS, HARVEST_ITEM_KINDS, PRACTICE_STATUSES, SESSION_STATUSES, TAG_DIRECTIONS } from '@kring/domain';
import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../engine/graphql/enums';

export const SessionStatusEnum = enumOf(SESSION_STATUSES);
export const SessionRoleEnum = enumOf(['moderator', 'participant'] as const);
export const HarvestItemKindEnum = enumOf(HARVEST_ITEM_KINDS);
export const PracticeStatusEnum = enumOf(PRACTICE_STATUSES);
export const EntryKindEnum = enumOf(ENTRY_KINDS);
export const TagDirectionEnum = enumOf(TAG_DIRECTIONS);
export const HarvestDraftTargetEnum = enumOf(HARVEST_DRAFT_TARGETS);

registerEnumType(SessionStatusEnum, { name: 'SessionStatus', description: 'planned → live → closed; a planned session can be cancelled.' });
registerEnumType(SessionRoleEnum, { name: 'SessionRole' });
registerEnumType(HarvestItemKindEnum, {
  name: 'HarvestItemKind',
  description: 'insight (leerpunt), advice to the contributor, or memo (moderator only).',
});
registerEnumType(PracticeStatusEnum, { name: 'PracticeStatus' });
registerEnumType(EntryKindEnum, { name: 'EntryKind', description: 'A contribution, a clarifying question, or an option to weigh.' });
registerEnumType(TagDirectionEnum, { name: 'TagDirection', description: 'Zichtbaar sterk, onder druk, or vraag (tagging, not scoring).' });
registerEnumType(HarvestDraftTargetEnum, {
  name: 'HarvestDraftTarget',
  description: 'What a draft gathered from the session becomes when taken over: an insight, advice, or a new practice.',
});
