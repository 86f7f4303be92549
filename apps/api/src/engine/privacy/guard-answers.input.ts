import { Field, ID, InputType } from '@nestjs/graphql';
import { AcknowledgeField, KeepFlaggedField, PromptIdField } from '../graphql/input-fields';

/**
 * The author's answers to the content guard, on every input with guarded text: "Ik heb dit gecontroleerd" for
 * identifying details, and "Toch bewaren" for a text the escalation guardrail flagged, with the prompt it answers.
 * One class, so a new input gets all three by extending it instead of copying them.
 */
@InputType({ isAbstract: true })
export abstract class GuardAnswersInput {
  @Field({ defaultValue: false, description: '"Ik heb dit gecontroleerd": save despite the guard’s findings.' })
  @AcknowledgeField()
  acknowledgeWarnings: boolean;
  @Field({ defaultValue: false, description: '"Toch bewaren": keep a text the escalation guardrail flagged, knowingly.' })
  @KeepFlaggedField()
  keepFlaggedText?: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'The escalation prompt this "Toch bewaren" answers; the choice is recorded on exactly that prompt.',
  })
  @PromptIdField()
  escalationPromptId?: string | null;
}
