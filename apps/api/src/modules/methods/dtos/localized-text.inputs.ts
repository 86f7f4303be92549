import { LIMITS, METHOD_LIMITS } from '@kring/domain';
import { Field, InputType } from '@nestjs/graphql';
import { TextField } from '../../../engine/graphql/input-fields';
import { BsnOnlyText, GuardedText } from '../../../engine/privacy/text-guard.decorators';

// Blank texts pass here on purpose: validateMethod names the phase they are in,
// which reads better than a message about a nameless "Dutch text" field.

/** A name or title in both languages. */
@InputType()
export class LocalizedNameInput {
  @Field() @TextField({ max: LIMITS.name, optional: true }) @BsnOnlyText('the name of a method or phase') nl: string;
  @Field() @TextField({ max: LIMITS.name, optional: true }) @BsnOnlyText('the name of a method or phase') en: string;
}

/** A summary, prompt or guidance in both languages. */
@InputType()
export class LocalizedTextInput {
  @Field() @TextField({ max: METHOD_LIMITS.maxTextLength, optional: true }) @GuardedText({ pseudonym: false }) nl: string;
  @Field() @TextField({ max: METHOD_LIMITS.maxTextLength, optional: true }) @GuardedText({ pseudonym: false }) en: string;
}
