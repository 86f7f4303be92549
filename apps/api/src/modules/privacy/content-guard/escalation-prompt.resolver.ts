import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { KringRequest } from '../../../engine/auth/viewer';
import { Access } from '../../../engine/policy/access.decorator';
import { EscalationService } from '../../../engine/privacy/escalation.service';

@Resolver()
export class EscalationPromptResolver {
  constructor(private readonly escalation: EscalationService) {}

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
  // A prompt shown to a person is answered only by that person, signed in (EscalationService.remove).
  @Access.public(
    'relatives and storytellers answer from a link page without an account; the prompt id, shown only to them, is the permission',
  )
  async removeFlaggedText(@Args('promptId', { type: () => ID }) promptId: string, @Context('req') req: KringRequest): Promise<string> {
    const viewer = await req.kringViewer;
    return this.escalation.remove(promptId, viewer?.personId ?? null);
  }
}
