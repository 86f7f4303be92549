import { MIRROR_LIMITS } from '@kring/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { CalendarDateField, IdField, TextField } from '../../../engine/graphql/input-fields';
import { GuardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';

@InputType()
export class SaveMirrorLetterInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() conversationId: string;
  @Field({ description: 'Wat we hoorden.' })
  @TextField({ max: MIRROR_LIMITS.letterSectionMaxLength, optional: true })
  @GuardedText({ pseudonym: false })
  heard: string;
  @Field({ description: 'Wat we gaan doen.' })
  @TextField({ max: MIRROR_LIMITS.letterSectionMaxLength, optional: true })
  @GuardedText({ pseudonym: false })
  willDo: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the date we come back to it.' })
  @CalendarDateField({ optional: true })
  lookBackOn?: string | null;
}
