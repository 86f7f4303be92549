import type { StoryAudience, StoryCheckStatus } from '@kring/domain';
import { Field, ID, InterfaceType, ObjectType } from '@nestjs/graphql';
import { StoryAudienceEnum, StoryCheckStatusEnum } from './story.enums';
import { NamedRef } from '../../../engine/graphql/named-ref';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

@ObjectType('StoryComment', { description: 'A remark in the member check, from the storyteller or the writer.' })
class StoryCommentDto {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field() fromStoryteller: boolean;
  @Field(() => String, { nullable: true, description: 'Null for a storyteller without an account.' }) authorName: string | null;
  @UnsuppressedNumber('a version number of the story', { description: 'The version the remark was made on.' }) revision: number;
  @Field() createdAt: Date;
}

@ObjectType('Storyteller')
class StorytellerDto {
  @Field(() => String, {
    nullable: true,
    description: 'Who told it: only for the writer and the storyteller (STORYTELLER_IDENTITY_READERS); null for everyone else.',
  })
  name: string | null;
  @Field({ description: 'A member with an account checks in Kring; anyone else through a personal link.' }) hasAccount: boolean;
  @Field(() => String, { nullable: true, description: 'Only for the writer.' }) email: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Until when the personal link works; null without a working link, and for anyone but the writer and the storyteller.',
  })
  linkExpiresAt: Date | null;
}

/** What every view of a story shows: all a list needs, and the start of the story's page (one selection on the web). */
@InterfaceType('StoryBase', { description: 'What every view of a story shows: StorySummary in a list, Story on its page.' })
export abstract class StoryBaseDto {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => NamedRef, { nullable: true }) team: NamedRef | null;
  @Field(() => StorytellerDto) storyteller: StorytellerDto;
  @Field(() => StoryCheckStatusEnum) checkStatus: StoryCheckStatus;
  @UnsuppressedNumber('a version number of the story') revision: number;
  @Field(() => [StoryAudienceEnum], { description: 'Audiences the storyteller consents to now.' }) audiences: StoryAudience[];
  @Field(() => [StoryAudienceEnum], { description: 'Audiences the story reaches now: the approved version and consent for each.' })
  reaches: StoryAudience[];
  @Field() viewerIsAuthor: boolean;
  @Field() viewerIsStoryteller: boolean;
  @Field() updatedAt: Date;
}

/** What a list shows of a story. */
@ObjectType('StorySummary', { implements: () => [StoryBaseDto] })
export class StorySummaryDto extends StoryBaseDto {}

@ObjectType('Story', { implements: () => [StoryBaseDto] })
export class StoryDto extends StoryBaseDto {
  @Field(() => ID) organisationId: string;
  @Field() body: string;
  @Field(() => [String]) valueIds: string[];
  @Field(() => NamedRef, { nullable: true }) author: NamedRef | null;
  @UnsuppressedNumber('a version number of the story', { nullable: true }) approvedRevision: number | null;
  @Field(() => Date, { nullable: true }) approvedAt: Date | null;
  @Field(() => [StoryCommentDto]) comments: StoryCommentDto[];
  @Field() createdAt: Date;
}

@ObjectType('StorySentForCheck')
export class StorySentDto {
  @Field(() => StoryDto) story: StoryDto;
  @Field({
    description:
      'Whether Kring e-mailed the storyteller; the personal link goes to the storyteller alone and is never shown to the writer.',
  })
  emailed: boolean;
}

/** What a storyteller without an account sees through their link: the story, the conversation, and their choices. */
@ObjectType('StoryForStoryteller')
export class StoryForStorytellerDto {
  @Field() title: string;
  @Field() body: string;
  @UnsuppressedNumber('a version number of the story') revision: number;
  @Field(() => StoryCheckStatusEnum) checkStatus: StoryCheckStatus;
  @Field({ description: 'Whether the storyteller can approve or ask for changes now (not while the writer is changing it).' })
  canDecide: boolean;
  @UnsuppressedNumber('a version number of the story', { nullable: true }) approvedRevision: number | null;
  @Field(() => [StoryAudienceEnum]) audiences: StoryAudience[];
  @Field(() => [StoryCommentDto]) comments: StoryCommentDto[];
  @Field() organisationName: string;
  @Field(() => String, { nullable: true }) writerName: string | null;
  @Field() language: string;
  @Field() linkExpiresAt: Date;
}
