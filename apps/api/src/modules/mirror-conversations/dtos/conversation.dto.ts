import { MirrorReadinessWarning, MirrorStatus } from '@kring/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';
import { PersonSummary } from '../../../engine/graphql/person-summary';
import { MirrorParticipantDto } from './participant.dto';
import { MirrorReadinessWarningEnum, MirrorStatusEnum, MirrorViewerRole, MirrorViewerRoleEnum } from './mirror.enums';
import { NamedRef } from '../../../engine/graphql/named-ref';

/**
 * Why the size of a conversation's circle is shown as it is: planning the
 * conversation needs it (6–12 relatives), it is read by the conversation's
 * own staff, and nothing anyone said is attached to it (what relatives said
 * is counted in MirrorThemeMirror, suppressed).
 */
const CIRCLE_SIZE = 'the size of the conversation’s own circle, for planning it; no answers are attached to it';

@ObjectType('MirrorConversationSummary')
export class MirrorConversationSummaryDto {
  @Field(() => ID) id: string;
  @Field(() => ID) organisationId: string;
  @Field() theme: string;
  @Field(() => MirrorStatusEnum) status: MirrorStatus;
  @Field() scheduledAt: Date;
  @UnsuppressedNumber('a duration in minutes') durationMinutes: number;
  @Field() place: string;
  @Field(() => NamedRef, { nullable: true }) team: NamedRef | null;
  @Field(() => PersonSummary) moderator: PersonSummary;
  @UnsuppressedNumber(CIRCLE_SIZE, { description: 'Relatives and residents invited (with a link that was not revoked).' })
  participantCount: number;
  @Field(() => MirrorViewerRoleEnum) viewerRole: MirrorViewerRole;
}

@ObjectType('MirrorLearningWish')
export class MirrorLearningWishDto {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => NamedRef, { nullable: true }) author: NamedRef | null;
  @Field() mine: boolean;
  @Field() createdAt: Date;
}

@ObjectType('MirrorQuestion')
class MirrorQuestionDto {
  @Field(() => ID) id: string;
  @UnsuppressedNumber('a position in the question guide') position: number;
  @Field() body: string;
  @Field(() => [String], { description: 'Harvest theme ids (HARVEST_THEMES).' }) themeIds: string[];
}

/** What a relative wrote beforehand in their own words, for the moderator's preparation: by pseudonym, never by name. */
@ObjectType('MirrorPriorInput')
export class MirrorPriorInputDto {
  @Field() pseudonym: string;
  @Field() freeText: string;
  @Field({
    description:
      'On their own page they kept a text through an escalation prompt ("Toch bewaren"): it seemed to be about a complaint, incident, abuse or data breach. Which text and why is not recorded.',
  })
  flagged: boolean;
}

/** Questions, invitations and who said yes, against the 6–12 relatives the method asks for. */
@ObjectType('MirrorReadiness')
export class MirrorReadinessDto {
  @UnsuppressedNumber('questions in the guide: things, not people') questions: number;
  @UnsuppressedNumber(CIRCLE_SIZE, { description: 'Invited with a link that was not revoked.' }) invited: number;
  @UnsuppressedNumber(CIRCLE_SIZE, { description: 'Consented to take part.' }) saidYes: number;
  @UnsuppressedNumber('the method’s advice (6–12 relatives), the same for every conversation') wantedMin: number;
  @UnsuppressedNumber('the method’s advice (6–12 relatives), the same for every conversation') wantedMax: number;
  @Field(() => [MirrorReadinessWarningEnum], { description: 'Only while the conversation is being prepared.' })
  warnings: MirrorReadinessWarning[];
}

@ObjectType('MirrorConversation')
export class MirrorConversationDto extends MirrorConversationSummaryDto {
  @Field({ description: "The organisation's own procedure for complaints and incidents, shown with an escalation prompt." })
  escalationProcedure: string;
  @Field({ description: 'The moderator is the care entrepreneur or an administrator: the method asks for an independent chair.' })
  moderatorNotIndependent: boolean;
  @Field(() => [PersonSummary]) listeners: PersonSummary[];
  @Field(() => [MirrorLearningWishDto]) learningWishes: MirrorLearningWishDto[];
  @Field(() => [MirrorQuestionDto]) questions: MirrorQuestionDto[];
  @Field(() => [MirrorParticipantDto], { description: 'Only for the moderator and planners; empty for everyone else.' })
  participants: MirrorParticipantDto[];
  @Field(() => [MirrorPriorInputDto], { description: 'Only for the moderator, and only from people who take part.' })
  priorInput: MirrorPriorInputDto[];
  @Field({ description: 'May change the plan, the question guide and the invitations.' }) viewerCanPlan: boolean;
  @Field(() => NamedRef, { nullable: true, description: 'The listener reflection: a reflection session of the team.' })
  listenerSession: NamedRef | null;
  @Field(() => MirrorReadinessDto, { nullable: true, description: 'Only for the moderator and planners.' })
  readiness: MirrorReadinessDto | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field({ description: 'What the relatives were told when it was cancelled.' }) cancelMessage: string;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) endedAt: Date | null;
  @Field(() => Date, { nullable: true }) harvestApprovedAt: Date | null;
}
