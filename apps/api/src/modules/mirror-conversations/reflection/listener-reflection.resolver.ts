import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { TenantAccess, Viewer } from '../../../engine/auth/viewer';
import { Access } from '../../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../../engine/policy/current.decorators';
import { MirrorConversationDto } from '../dtos/conversation.dto';
import { LinkMirrorListenerReflectionInput } from '../dtos/reflection.inputs';
import { ListenerReflectionService } from './listener-reflection.service';

@Resolver()
export class ListenerReflectionResolver {
  constructor(private readonly reflections: ListenerReflectionService) {}

  @Mutation(() => MirrorConversationDto, {
    description: 'Records the reflection session of the team that is this conversation’s listener reflection.',
  })
  @Access.organisation({ arg: 'input.conversationId', table: 'mirror_conversation' })
  linkMirrorListenerReflection(
    @Args('input') input: LinkMirrorListenerReflectionInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<MirrorConversationDto> {
    return this.reflections.link(viewer, access, input);
  }
}
