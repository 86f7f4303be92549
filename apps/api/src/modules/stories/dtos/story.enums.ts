import { STORY_AUDIENCES, STORY_CHECK_STATUSES, STORY_DECISIONS } from '@kring/domain';
import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../engine/graphql/enums';

export const StoryAudienceEnum = enumOf(STORY_AUDIENCES);
export const StoryCheckStatusEnum = enumOf(STORY_CHECK_STATUSES);
export const StoryDecisionEnum = enumOf(STORY_DECISIONS);

registerEnumType(StoryAudienceEnum, {
  name: 'StoryAudience',
  description: 'Who may read a story: team, organisation, network (anonymised) or public.',
});
registerEnumType(StoryCheckStatusEnum, {
  name: 'StoryCheckStatus',
  description: 'The member check: draft → with the storyteller → approved, or changes requested.',
});
registerEnumType(StoryDecisionEnum, {
  name: 'StoryDecision',
  description: "The storyteller's answer: this version is right, or it needs changes.",
});
