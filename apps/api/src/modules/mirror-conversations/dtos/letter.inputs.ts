import { MIRROR_LIMITS } from '@kring/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import {
  AcknowledgeField,
  CalendarDateField,
  IdField,
  TextField,
  KeepFlaggedField,
  PromptIdField,
} from '../../../engine/graphql/input-fields';
import { GuardedText } from '../../../engine/privacy/text-guard.decorators';

@InputType()
export class SaveMirrorLetterInput {
  @Field(() => ID) @IdField() conversationId: string;
  @Field({ description: 'Wat we hoorden.' })
  @TextField({ max: MIRROR_LIMITS.letterSectionMaxLength, optional: true })
  @GuardedText()
  heard: string;
  @Field({ description: 'Wat we gaan doen.' })
  @TextField({ max: MIRROR_LIMITS.letterSectionMaxLength, optional: true })
  @GuardedText()
  willDo: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the date we come back to it.' })
  @CalendarDateField({ optional: true })
  lookBackOn?: string | null;
  @Field({ defaultValue: false }) @AcknowledgeField() acknowledgeWarnings: boolean;
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
