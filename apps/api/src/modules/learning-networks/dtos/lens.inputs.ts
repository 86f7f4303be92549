import { CORE_VALUE_IDS, LIMITS, MIRROR_THEMES, PEER_VISIT_LIMITS } from '@kring/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsString, MaxLength } from 'class-validator';
import { IdField, IdListField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { GuardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';

const rule = (name: string, value?: number) => ({ context: { rule: name, value } });

/** The lens fields, shared by a proposal and a publication. */
@InputType({ isAbstract: true })
export abstract class LensFieldsInput extends GuardAnswersInput {
  @Field() @TextField({ max: LIMITS.shortText }) @GuardedText({ pseudonym: false }) purpose: string;
  @Field(() => [String]) @OneOfField(CORE_VALUE_IDS, { each: true }) valueIds: string[];
  @Field(() => [String]) @OneOfField(MIRROR_THEMES.map((t) => t.id), { each: true }) mirrorThemeIds: string[];
  @Field(() => [String])
  @ArrayMaxSize(PEER_VISIT_LIMITS.maxLensQuestions, rule('tooMany', PEER_VISIT_LIMITS.maxLensQuestions))
  @IsString({ each: true, ...rule('invalid') })
  @MaxLength(PEER_VISIT_LIMITS.questionMaxLength, { each: true, ...rule('maxLength', PEER_VISIT_LIMITS.questionMaxLength) })
  @GuardedText({ pseudonym: false })
  lookForQuestions: string[];
}

@InputType()
export class ProposeLensChangeInput extends LensFieldsInput {
  @Field(() => ID) @IdField() networkId: string;
  @Field(() => ID, { description: 'The proposing organisation: one of the viewer’s own in this network.' })
  @IdField()
  organisationId: string;
  @Field() @TextField({ max: LIMITS.shortText }) @GuardedText({ pseudonym: false }) motivation: string;
}

@InputType()
export class PublishLensInput extends LensFieldsInput {
  @Field(() => ID) @IdField() networkId: string;
  @Field() @TextField({ max: LIMITS.shortText }) @GuardedText({ pseudonym: false }) changeNote: string;
  @Field(() => [ID], { description: 'Open proposals this version takes up.' }) @IdListField(100) adoptedProposalIds: string[];
}

@InputType()
export class DeclineLensProposalInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() proposalId: string;
  @Field() @TextField({ max: LIMITS.shortText }) @GuardedText({ pseudonym: false }) decisionNote: string;
}
