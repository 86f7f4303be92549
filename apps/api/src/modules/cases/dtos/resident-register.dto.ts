import { CASE_LIMITS } from '@kring/domain';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IdField, TextField } from '../../../engine/graphql/input-fields';
import { WatchNamesField } from './watch-names.field';
import { BsnOnlyText } from '../../../engine/privacy/text-guard.decorators';

@ObjectType('ResidentRegisterEntry')
export class ResidentRegisterEntryDto {
  @Field(() => ID) id: string;
  @Field() pseudonym: string;
  @Field(() => [String], {
    nullable: true,
    description: 'Real names and nicknames; null for anyone but administrators and care entrepreneurs.',
  })
  watchNames: string[] | null;
  @Field() createdAt: Date;
}

/** What adding and changing an entry share: the pseudonym and the real names the guard watches for. */
@InputType({ isAbstract: true })
abstract class ResidentRegisterEntryFields {
  @Field()
  @TextField({ max: CASE_LIMITS.displayPseudonym })
  @BsnOnlyText("the register's own check keeps real names out of a pseudonym")
  pseudonym: string;
  @Field(() => [String])
  @WatchNamesField(CASE_LIMITS.watchNames)
  @BsnOnlyText('the real names the guard watches for: names on purpose, shown only to managers')
  watchNames: string[];
}

@InputType()
export class AddResidentRegisterEntryInput extends ResidentRegisterEntryFields {
  @Field(() => ID) @IdField() organisationId: string;
}

@InputType()
export class UpdateResidentRegisterEntryInput extends ResidentRegisterEntryFields {
  @Field(() => ID) @IdField() entryId: string;
}
