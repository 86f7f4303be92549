import {
  HARVEST_THEMES,
  MIRROR_CONSENT_FORMS,
  MIRROR_CONSENT_SCOPES,
  MIRROR_LIMITS,
  MIRROR_RELATIONS,
  MirrorConsentForm,
  MirrorConsentScope,
  MirrorRelation,
} from '@kring/domain';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { MirrorConsentFormEnum, MirrorConsentScopeEnum, MirrorRelationEnum } from './mirror.enums';
import { GuardedText, UnguardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';

const rule = (name: string, value?: number) => ({ context: { rule: name, value } });

@InputType()
class RelativeThemeAnswerInput {
  @Field() @OneOfField(HARVEST_THEMES.map((theme) => theme.id)) themeId: string;
  @Field({ description: 'Wat vind ik belangrijk.' })
  @TextField({ max: MIRROR_LIMITS.answerMaxLength, optional: true })
  @GuardedText({ pseudonym: false })
  important: string;
  @Field({ description: 'Wat ervaar ik.' })
  @TextField({ max: MIRROR_LIMITS.answerMaxLength, optional: true })
  @GuardedText({ pseudonym: false })
  experienced: string;
}

/**
 * Everything the personal page saves at once. Consent replaces the standing
 * consent (a scope left out is withdrawn); without taking part, the input
 * beforehand is not kept. Leave `freeText` and `themeAnswers` out once the
 * conversation has started: they can then only be withdrawn, not changed.
 */
@InputType()
export class SaveRelativeResponseInput extends GuardAnswersInput {
  @Field() @TextField({ max: 200 }) @UnguardedText('a link token, compared with its hash; no text about anyone') token: string;
  @Field(() => [MirrorConsentScopeEnum])
  @IsArray(rule('invalid'))
  @ArrayMaxSize(MIRROR_CONSENT_SCOPES.length)
  @OneOfField(MIRROR_CONSENT_SCOPES, { each: true })
  consents: MirrorConsentScope[];
  @Field(() => MirrorConsentFormEnum) @OneOfField(MIRROR_CONSENT_FORMS) form: MirrorConsentForm;
  @Field(() => MirrorRelationEnum, { nullable: true }) @IsOptional() @OneOfField(MIRROR_RELATIONS) relation?: MirrorRelation | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean(rule('invalid')) legalRepresentative?: boolean | null;
  @Field(() => String, { nullable: true })
  @TextField({ max: MIRROR_LIMITS.freeTextMaxLength, optional: true })
  @GuardedText({ pseudonym: false })
  freeText?: string | null;
  @Field(() => [RelativeThemeAnswerInput], { nullable: true })
  @IsOptional()
  @IsArray(rule('invalid'))
  @ArrayMaxSize(HARVEST_THEMES.length)
  @ValidateNested({ each: true })
  @Type(() => RelativeThemeAnswerInput)
  themeAnswers?: RelativeThemeAnswerInput[] | null;
}
