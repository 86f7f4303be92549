import { CHECKIN_TOPIC_IDS, CheckinTopicId, LIMITS } from '@kring/domain';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { IdField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { CheckinTopicEnum } from './peer-visit.enums';
import { GuardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';

@ObjectType('CheckinNote')
export class CheckinNoteDto {
  @Field(() => ID) id: string;
  @Field(() => CheckinTopicEnum) topic: CheckinTopicId;
  @Field() body: string;
  @Field() author: string;
  @Field() mine: boolean;
  @Field() sharedWithNetwork: boolean;
  @Field() updatedAt: Date;
}

/** The two entrepreneurs' open conversation; seen by them only, unless an author shares a note. */
@ObjectType('EntrepreneurCheckin')
export class EntrepreneurCheckinDto {
  @Field(() => ID) visitId: string;
  @Field(() => [CheckinNoteDto]) notes: CheckinNoteDto[];
}

@InputType()
export class SaveCheckinNoteInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() visitId: string;
  @Field(() => CheckinTopicEnum) @OneOfField(CHECKIN_TOPIC_IDS) topic: CheckinTopicId;
  @Field({ description: 'Empty removes the note.' })
  @TextField({ max: LIMITS.longText, optional: true })
  @GuardedText({ pseudonym: false })
  body: string;
  @Field({ description: 'Share anonymised in the network harvest.' })
  @IsBoolean({ context: { rule: 'invalid' } })
  sharedWithNetwork: boolean;
}
