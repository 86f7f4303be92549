import { MIRROR_LIMITS } from '@kring/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { CalendarDateField, IdField, TextField } from '../../../engine/graphql/input-fields';

@InputType()
export class SaveMirrorLetterInput {
  @Field(() => ID) @IdField() conversationId: string;
  @Field({ description: 'Wat we hoorden.' }) @TextField({ max: MIRROR_LIMITS.letterSectionMaxLength, optional: true }) heard: string;
  @Field({ description: 'Wat we gaan doen.' }) @TextField({ max: MIRROR_LIMITS.letterSectionMaxLength, optional: true }) willDo: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the date we come back to it.' }) @CalendarDateField({ optional: true }) lookBackOn?: string | null;
}
