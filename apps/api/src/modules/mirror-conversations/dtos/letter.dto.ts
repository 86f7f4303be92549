import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';
import { MirrorQuoteDto } from './harvest.dto';

/** The letter back: "wat we hoorden, wat we gaan doen". Quotes are added when it is read, with consent as it is then. */
@ObjectType('MirrorLetter')
export class MirrorLetterDto {
  @Field(() => ID) conversationId: string;
  @Field() heard: string;
  @Field() willDo: string;
  @Field(() => String, { nullable: true, description: 'Calendar date, YYYY-MM-DD: when we come back to it.' }) lookBackOn: string | null;
  @Field(() => [MirrorQuoteDto]) quotes: MirrorQuoteDto[];
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @UnsuppressedNumber('for the moderator sending the letter, who sees each recipient by name', {
    description: 'Participants who take part and have an e-mail address: who gets the letter by e-mail.',
  })
  emailRecipients: number;
}
