import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ProposalResponseEnum, VisitProposalStatusEnum } from './network.enums';
import { NamedRef } from '../../../engine/graphql/named-ref';
import { LocalizedTextDto } from '../../../engine/graphql/localized-text.dto';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

@ObjectType('ProposalMember')
class ProposalMemberDto {
  @Field(() => NamedRef) organisation: NamedRef;
  @UnsuppressedNumber('a position in the visiting order', {
    description: 'Visiting order: each visits the next, the last visits the first.',
  })
  position: number;
  @Field(() => ProposalResponseEnum, { nullable: true }) response: 'accepted' | 'declined' | null;
}

@ObjectType('ProposedVisit')
class ProposedVisitDto {
  @Field(() => NamedRef) host: NamedRef;
  @Field(() => NamedRef) visitor: NamedRef;
}

@ObjectType('VisitProposal')
export class VisitProposalDto {
  @Field(() => ID) id: string;
  @Field(() => ID) roundId: string;
  @Field(() => VisitProposalStatusEnum) status: (typeof VisitProposalStatusEnum)[keyof typeof VisitProposalStatusEnum];
  @Field(() => LocalizedTextDto, { description: 'Why Kring proposes this group.' }) explanation: LocalizedTextDto;
  @Field(() => [ProposalMemberDto]) members: ProposalMemberDto[];
  @Field(() => [ProposedVisitDto]) visits: ProposedVisitDto[];
  @Field() createdAt: Date;
}

@ObjectType('UnmatchedOrganisation')
class UnmatchedOrganisationDto {
  @Field(() => NamedRef) organisation: NamedRef;
  @Field(() => LocalizedTextDto) explanation: LocalizedTextDto;
}

@ObjectType('MatchingRound')
export class MatchingRoundDto {
  @Field(() => ID) id: string;
  @UnsuppressedNumber('a setting in months') monthsWithoutRepeat: number;
  @Field() createdAt: Date;
  @Field(() => [VisitProposalDto]) proposals: VisitProposalDto[];
  @Field(() => [UnmatchedOrganisationDto]) unmatched: UnmatchedOrganisationDto[];
}
