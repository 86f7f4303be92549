import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { KringRequest } from '../../../engine/auth/viewer';
import { ViewerService } from '../../../engine/auth/viewer.service';
import { Access } from '../../../engine/policy/access.decorator';
import { EscalationService } from '../../../engine/privacy/escalation.service';
import { UnguardedText } from '../../../engine/privacy/text-guard.decorators';

@Resolver()
export class EscalationPromptResolver {
  constructor(
    private readonly escalation: EscalationService,
    private readonly viewers: ViewerService,
  ) {}

  /**
   * "Tekst weghalen" at an escalation prompt: the screen has cleared the text
   * (nothing of it was stored); Kring records only this choice. "Toch
   * bewaren" needs no call of its own: the save is sent again with
   * keepFlaggedText, which records it.
   */
  @Mutation(() => String, {
    description:
      'Records "Tekst weghalen" at an escalation prompt; answers the choice as recorded (removed, or kept when it was kept already).',
  })
  // A prompt shown to a person is answered only by that person, signed in; one shown on a link page only through that
  // same link (EscalationService.remove).
  @Access.public('relatives and storytellers answer from a link page without an account; the link that showed the prompt is the permission')
  async removeFlaggedText(
    @Args('promptId', { type: () => ID }) promptId: string,
    @Args('token', { type: () => String, nullable: true, description: 'On a link page: the personal link that showed the prompt.' })
    @UnguardedText('a link token, compared with its hash; no text about anyone')
    token: string | null,
    @Context('req') req: KringRequest,
  ): Promise<string> {
    // A public operation: the policy layer did not resolve who is asking, so it is read from the session cookie here.
    const viewer = await this.viewers.forRequest(req);
    return this.escalation.remove(promptId, { personId: viewer?.personId ?? null, token: token ?? null, req });
  }
}
