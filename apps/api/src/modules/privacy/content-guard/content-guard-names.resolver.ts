import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '../../../engine/auth/viewer';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentViewer } from '../../../engine/policy/current.decorators';
import { ContentGuardService } from '../../../engine/privacy/content-guard.service';
import { organisationIdsOf } from '../../../engine/auth/viewer-memberships';

@ObjectType('ContentGuardNames')
class ContentGuardNamesDto {
  @Field(() => [String], { description: "Full names of the organisation's people; the screen expands them as the server does." })
  people: string[];
  @Field(() => [String], { description: 'Pseudonyms of the resident register: meant to be used, never a finding.' }) allowed: string[];
}

@Resolver()
export class ContentGuardNamesResolver {
  constructor(private readonly guard: ContentGuardService) {}

  @Query(() => ContentGuardNamesDto, {
    description:
      'The names the live rooms and the notebook check on the device before sending; the server checks every text again, also against the register’s real names.',
  })
  @Access.authenticated()
  async contentGuardNames(@CurrentViewer() viewer: Viewer): Promise<ContentGuardNamesDto> {
    // The viewer's own organisations: the people they work with, whose names they know anyway.
    const names = await this.guard.deviceNames(organisationIdsOf(viewer));
    return { people: [...names.people], allowed: [...(names.allowed ?? [])] };
  }
}
