import { StoryComment } from './story-comment.entity';
import { StoryConsent } from './story-consent.entity';
import { Story } from './story.entity';

/** The module's tables, registered once in engine/database/entities.ts. */
export const STORY_ENTITIES = [Story, StoryComment, StoryConsent];
