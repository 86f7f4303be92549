import { PRACTICE_STATUSES, PracticeStatus, SESSION_LIMITS } from '@kring/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { CalendarDateField, IdField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { PracticeStatusEnum } from '../../reflection-sessions';
import { GuardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';

/** "Hoe ging het?" outside a session: a look back written in the team's list. */
@InputType()
export class LookBackOnPracticeInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() practiceId: string;
  @Field() @TextField({ max: SESSION_LIMITS.harvestTextMaxLength }) @GuardedText({ pseudonym: false }) body: string;
  @Field(() => PracticeStatusEnum, { nullable: true, description: 'A new status, when it changes.' })
  @IsOptional()
  @OneOfField(PRACTICE_STATUSES)
  status?: PracticeStatus | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when to look back again; today or later.' })
  @CalendarDateField({ optional: true })
  nextLookBackOn?: string | null;
}
