import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { KringRequest } from '../../../engine/auth/viewer';
import { Access } from '../../../engine/policy/access.decorator';
import { RelativeInvitationDto } from '../dtos/relative.dto';
import { SaveRelativeResponseInput } from '../dtos/relative.inputs';
import { RelativePageService } from './relative-page.service';
import { UnguardedText } from '../../../engine/privacy/text-guard.decorators';

/**
 * Public: relatives never have an account. The secret token is the
 * permission, and each operation reaches only the one invitation it opens.
 */
@Resolver()
export class RelativePageResolver {
  constructor(private readonly page: RelativePageService) {}

  @Query(() => RelativeInvitationDto, { description: 'What a personal link opens: this one invitation and this person’s own choices.' })
  @Access.public('the secret token is the permission; opens only this invitation')
  relativeInvitation(
    @Args('token') @UnguardedText('a link token, compared with its hash; no text about anyone') token: string,
    @Context('req') req: KringRequest,
  ): Promise<RelativeInvitationDto> {
    return this.page.view(token, req);
  }

  @Mutation(() => RelativeInvitationDto, { description: 'Saves consent, relation and input beforehand; a scope left out is withdrawn.' })
  @Access.public('the secret token is the permission')
  saveRelativeResponse(@Args('input') input: SaveRelativeResponseInput, @Context('req') req: KringRequest): Promise<RelativeInvitationDto> {
    return this.page.save(input, req);
  }
}
