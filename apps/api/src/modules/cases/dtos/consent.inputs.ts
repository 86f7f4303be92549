import { CASE_LIMITS, CONSENT_FORMS, CONSENT_GIVERS, CONSENT_SCOPES, ConsentForm, ConsentGiver, ConsentScope } from '@kring/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import {
  AcknowledgeField,
  CalendarDateField,
  IdField,
  OneOfField,
  TextField,
  KeepFlaggedField,
  PromptIdField,
} from '../../../engine/graphql/input-fields';
import { ConsentFormEnum, ConsentGiverEnum, ConsentScopeEnum } from './case.enums';
import { GuardedText } from '../../../engine/privacy/text-guard.decorators';

@InputType()
export class RecordCaseConsentInput {
  @Field(() => ID) @IdField() caseId: string;
  @Field(() => ConsentScopeEnum) @OneOfField(CONSENT_SCOPES) scope: ConsentScope;
  @Field(() => ConsentGiverEnum) @OneOfField(CONSENT_GIVERS) givenBy: ConsentGiver;
  @Field(() => ConsentFormEnum) @OneOfField(CONSENT_FORMS) form: ConsentForm;
  @Field({ description: 'YYYY-MM-DD, not in the future.' }) @CalendarDateField() givenOn: string;
  @Field({ defaultValue: '' }) @TextField({ max: CASE_LIMITS.consentNote, optional: true }) @GuardedText() note: string;
  @Field({ defaultValue: false }) @AcknowledgeField() acknowledgeWarnings: boolean;
  @Field({ defaultValue: false, description: '"Toch bewaren": keep a text the escalation guardrail flagged, knowingly.' })
  @KeepFlaggedField()
  keepFlaggedText?: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'The escalation prompt this "Toch bewaren" answers; the choice is recorded on exactly that prompt.',
  })
  @PromptIdField()
  escalationPromptId?: string | null;
}

@InputType()
export class WithdrawCaseConsentInput {
  @Field(() => ID) @IdField() consentId: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when left out.' })
  @CalendarDateField({ optional: true })
  withdrawnOn?: string | null;
}
