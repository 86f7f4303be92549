import { PracticeSource } from '@kring/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { PracticeDto } from '../../reflection-sessions';
import { PracticeSourceEnum } from './practice.enums';
import { NamedRef } from '../../../engine/graphql/named-ref';

/** A practice in the team's list: the session's practice, with where it came from and whether a look-back is due. */
@ObjectType('TrackedPractice', {
  description: 'A new practice (nieuwe praktijk) in the list of a team and organisation, from any activity.',
})
export class TrackedPracticeDto extends PracticeDto {
  @Field(() => NamedRef, { nullable: true }) team: NamedRef | null;
  @Field(() => PracticeSourceEnum) source: PracticeSource;
  @Field(() => String, {
    nullable: true,
    description: 'The question of the session, the theme of the mirror conversation or the focus question of the visit.',
  })
  sourceTitle: string | null;
  @Field() createdAt: Date;
  @Field({ description: 'The look-back date has come and nobody has looked back since.' }) lookBackDue: boolean;
}
