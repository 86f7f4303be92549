import { CASE_LIMITS, CONSENT_FORMS, CONSENT_GIVERS, CONSENT_SCOPES, ConsentForm, ConsentGiver, ConsentScope } from '@kring/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { CalendarDateField, IdField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { ConsentFormEnum, ConsentGiverEnum, ConsentScopeEnum } from './case.enums';
import { GuardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';

@InputType()
export class RecordCaseConsentInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() caseId: string;
  @Field(() => ConsentScopeEnum) @OneOfField(CONSENT_SCOPES) scope: ConsentScope;
  @Field(() => ConsentGiverEnum) @OneOfField(CONSENT_GIVERS) givenBy: ConsentGiver;
  @Field(() => ConsentFormEnum) @OneOfField(CONSENT_FORMS) form: ConsentForm;
  @Field({ description: 'YYYY-MM-DD, not in the future.' }) @CalendarDateField() givenOn: string;
  @Field({ defaultValue: '' }) @TextField({ max: CASE_LIMITS.consentNote, optional: true }) @GuardedText({ pseudonym: true }) note: string;
}

@InputType()
export class WithdrawCaseConsentInput {
  @Field(() => ID) @IdField() consentId: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when left out.' })
  @CalendarDateField({ optional: true })
  withdrawnOn?: string | null;
}
