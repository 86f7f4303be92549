import type { HarvestFlow, MethodSource, PhaseBehaviour, PhaseKind, PhaseOutput } from '@kring/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { HarvestFlowEnum, MethodSourceEnum, PhaseKindEnum, PhaseOutputEnum } from './method-enums';
import { NamedRef } from '../../../engine/graphql/named-ref';
import { LocalizedTextDto } from '../../../engine/graphql/localized-text.dto';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

/** PhaseBehaviour of @kring/domain, field for field (a test compares the two). */
@ObjectType('PhaseBehaviour', { description: 'How a phase behaves in the live room; the server keeps to it.' })
export class PhaseBehaviourDto implements PhaseBehaviour {
  @Field({ description: 'Entries are seen only by their author until the moderator reveals them to everyone at once.' })
  privateUntilReveal: boolean;
  @Field({ description: 'Dot totals and voters stay hidden until the phase closes.' }) votesHiddenUntilClose: boolean;
  @Field({ description: 'Entries can be tagged with a value and a direction in this phase.' }) valueTagging: boolean;
  @Field(() => HarvestFlowEnum, { description: "Where this phase's entries arrive in the harvest, as drafts." }) harvestFlow: HarvestFlow;
  @Field(() => [String], { description: 'Ids of earlier phases whose entries this phase groups, votes on and tags.' }) worksWith: string[];
}

@ObjectType('MethodPhase')
export class MethodPhaseDto {
  @Field({ description: 'Unique within its method and stable, so a live session can point at it.' }) id: string;
  @Field(() => PhaseKindEnum) kind: PhaseKind;
  @Field(() => LocalizedTextDto) title: LocalizedTextDto;
  @Field(() => LocalizedTextDto, { description: 'What participants see.' }) participantPrompt: LocalizedTextDto;
  @Field(() => LocalizedTextDto, { description: 'What only the moderator sees: how to lead this phase.' })
  moderatorGuidance: LocalizedTextDto;
  @UnsuppressedNumber('a duration in minutes', { description: 'A suggested timebox; the moderator may extend it.' }) defaultMinutes: number;
  @Field(() => [String], { description: 'Lens items (or values) this phase walks through.' }) lensItemIds: string[];
  @Field(() => PhaseBehaviourDto, { description: 'As declared, or as a method saved before declarations was read (phaseBehaviour).' })
  behaviour: PhaseBehaviourDto;
}

@ObjectType('MethodRef')
class MethodRefDto {
  @Field(() => ID) id: string;
  @UnsuppressedNumber('a version number of the method') version: number;
}

@ObjectType('Method')
export class MethodDto {
  @Field(() => ID) id: string;
  @UnsuppressedNumber('a version number of the method') version: number;
  @Field(() => LocalizedTextDto) name: LocalizedTextDto;
  @Field(() => LocalizedTextDto) summary: LocalizedTextDto;
  @Field(() => MethodSourceEnum) source: MethodSource;
  @Field(() => [MethodPhaseDto]) phases: MethodPhaseDto[];
  @Field(() => MethodRefDto, { nullable: true, description: 'The method this one was copied from.' }) basedOn: MethodRefDto | null;
  @Field({ description: "True for the organisation's own methods, false for the methods Kring ships." }) custom: boolean;
  @Field({ description: 'Archived methods are no longer offered, but sessions and links that use them keep working.' }) archived: boolean;
  @UnsuppressedNumber('a duration in minutes', { description: 'Sum of the default timeboxes; a suggestion for planning, not a limit.' })
  durationMinutes: number;
  @Field(() => Date, { nullable: true, description: 'When this version was saved; null for shipped methods.' }) savedAt: Date | null;
  @Field(() => NamedRef, { nullable: true, description: 'Who saved this version; null for shipped methods.' }) savedBy: NamedRef | null;
}

@ObjectType('MethodVersion')
export class MethodVersionDto {
  @UnsuppressedNumber('a version number of the method') version: number;
  @Field() savedAt: Date;
  @Field(() => NamedRef, { nullable: true }) savedBy: NamedRef | null;
}

/** A block the method builder offers (PHASE_KIND_CATALOGUE), with the defaults a new phase starts from. */
@ObjectType('PhaseKindBlock')
export class PhaseKindBlockDto {
  @Field(() => PhaseKindEnum) kind: PhaseKind;
  @Field(() => LocalizedTextDto) label: LocalizedTextDto;
  @Field(() => LocalizedTextDto) description: LocalizedTextDto;
  @Field(() => PhaseOutputEnum) collects: PhaseOutput;
  @Field(() => LocalizedTextDto) defaultPrompt: LocalizedTextDto;
  @Field(() => LocalizedTextDto) defaultModeratorGuidance: LocalizedTextDto;
  @UnsuppressedNumber('a duration in minutes') defaultMinutes: number;
}
