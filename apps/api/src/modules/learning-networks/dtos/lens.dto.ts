import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LensProposalStatusEnum } from './network.enums';
import { NamedRef } from '../../../engine/graphql/named-ref';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

/** A version of the network's observation lens (kijkwijzer); version 0 is Kring's starting lens. */
@ObjectType('ObservationLens')
export class ObservationLensDto {
  @UnsuppressedNumber('a version number of the lens') version: number;
  @Field() purpose: string;
  @Field(() => [String], { description: 'Core values of the mensperspectief.' }) valueIds: string[];
  @Field(() => [String], { description: 'Mirror themes (MIRROR_THEMES).' }) mirrorThemeIds: string[];
  @Field(() => [String], { description: 'Open look-for questions.' }) questions: string[];
  @Field() changeNote: string;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => String, { nullable: true }) publishedBy: string | null;
}

@ObjectType('LensProposal')
export class LensProposalDto {
  @Field(() => ID) id: string;
  @Field(() => NamedRef) organisation: NamedRef;
  @Field(() => String, { nullable: true }) proposedBy: string | null;
  @UnsuppressedNumber('a version number of the lens') baseVersion: number;
  @Field() purpose: string;
  @Field(() => [String]) valueIds: string[];
  @Field(() => [String]) mirrorThemeIds: string[];
  @Field(() => [String]) questions: string[];
  @Field() motivation: string;
  @Field(() => LensProposalStatusEnum) status: (typeof LensProposalStatusEnum)[keyof typeof LensProposalStatusEnum];
  @Field() decisionNote: string;
  @UnsuppressedNumber('a version number of the lens', { nullable: true }) adoptedInVersion: number | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class NetworkLensOverview {
  @Field(() => ObservationLensDto) current: ObservationLensDto;
  @Field(() => [ObservationLensDto], { description: 'Published versions, newest first.' }) versions: ObservationLensDto[];
  @Field(() => [LensProposalDto]) proposals: LensProposalDto[];
  @Field() viewerCanPropose: boolean;
  @Field() viewerCanPublish: boolean;
}
