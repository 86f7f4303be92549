import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IdField, TextField } from '../../../engine/graphql/input-fields';
import { UnguardedText } from '../../../engine/privacy/text-guard.decorators';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

@InputType()
export class PersonDataInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field(() => ID) @IdField() personId: string;
}

@InputType()
export class ErasePersonInput extends PersonDataInput {
  @Field({ description: "The person's name as shown, typed again: erasure cannot be undone." })
  @TextField()
  @UnguardedText("the person's name typed again to confirm the erasure; compared, never stored")
  confirmation: string;
}

@ObjectType('ErasureResult')
export class ErasureResultDto {
  @Field({ description: 'The stable pseudonym their shared contributions now carry, e.g. "Oud-teamlid 3".' }) pseudonym: string;
  @Field({
    description:
      'The account is gone; false when they still belong to another organisation or network, or when it could only be anonymised.',
  })
  accountDeleted: boolean;
  @Field({
    description: 'The account could not be deleted (history elsewhere refers to it), so its name, address and password were wiped.',
  })
  accountAnonymised: boolean;
  @UnsuppressedNumber('rows of the one person whose data is erased, for the administrator erasing it', {
    description: 'Contributions kept under the pseudonym.',
  })
  kept: number;
  @UnsuppressedNumber('rows of the one person whose data is erased, for the administrator erasing it', {
    description: 'Rows removed or cleared because only they could see them or their consent does not allow keeping them.',
  })
  removed: number;
}
