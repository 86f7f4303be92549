import { OrganisationKind } from '@kring/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationKindEnum } from '../../../engine/graphql/enums';
import { NamedRef } from '../../../engine/graphql/named-ref';

/** A member organisation as the network sees it: what it is and who runs it, nothing of its inside. */
@ObjectType()
export class NetworkOrganisation {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => OrganisationKindEnum) kind: OrganisationKind;
  @Field(() => [String], { description: 'Places of its locations.' }) places: string[];
  @Field(() => [String], { description: 'Names of its care entrepreneurs, to know whom one visits.' }) entrepreneurs: string[];
}

@ObjectType('LearningNetwork')
export class LearningNetworkDto {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => [NetworkOrganisation]) organisations: NetworkOrganisation[];
  @Field(() => [String]) coordinators: string[];
  @Field() viewerIsCoordinator: boolean;
  @Field(() => [NamedRef], { description: "The viewer's own organisations in this network." }) viewerOrganisations: NamedRef[];
}

@ObjectType('NetworkInvitation')
export class NetworkInvitationDto {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() expiresAt: Date;
  @Field(() => Date, { nullable: true }) acceptedAt: Date | null;
  @Field(() => NamedRef, { nullable: true }) acceptedOrganisation: NamedRef | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field() createdAt: Date;
}

/** What the invited entrepreneur sees before choosing which organisation joins. */
@ObjectType()
export class NetworkInvitationPreview {
  @Field() networkName: string;
  @Field() email: string;
}
