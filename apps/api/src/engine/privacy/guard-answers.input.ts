import { Field, ID, InputType } from '@nestjs/graphql';
import { AcknowledgeField, FindingIdsField, KeepFlaggedField, PromptIdField } from '../graphql/input-fields';

/**
 * The author's answers to the content guard, on every input with guarded text: "Ik heb dit gecontroleerd" for
 * identifying details, with the findings only the server could make confirmed by id, and "Toch bewaren" for a text the
 * escalation guardrail flagged, with the prompt it answers. One class, so a new input gets them all by extending it
 * instead of copying them.
 */
@InputType({ isAbstract: true })
export abstract class GuardAnswersInput {
  @Field({
    defaultValue: false,
    description: '"Ik heb dit gecontroleerd": save despite the guard’s findings that the screen could mark before sending.',
  })
  @AcknowledgeField()
  acknowledgeWarnings: boolean;
  @Field(() => [String], {
    nullable: true,
    description:
      'The ids of findings only the server could make (a name from the register) that a refusal showed and the author confirmed; acknowledgeWarnings alone never covers them.',
  })
  @FindingIdsField()
  acknowledgedFindings?: string[] | null;
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
