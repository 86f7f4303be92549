import {
  CORE_VALUE_IDS,
  LIMITS,
  MIRROR_THEMES,
  PEER_VISIT_LIMITS,
  VISIT_FORMATS,
  VISIT_TEAM_ROLES,
  VisitFormat,
  VisitTeamRole,
} from '@kring/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from '@nestjs/graphql';
import { CalendarDateField, IdField, OneOfField, TextField } from '../../../engine/graphql/input-fields';
import { VisitFormatEnum, VisitTeamRoleEnum } from './peer-visit.enums';
import { BsnOnlyText, GuardedText } from '../../../engine/privacy/text-guard.decorators';
import { GuardAnswersInput } from '../../../engine/privacy/guard-answers.input';

const rule = (name: string, value?: number) => ({ context: { rule: name, value } });

@InputType()
export class ArrangeVisitInput {
  @Field(() => ID, { description: 'The viewer’s organisation.' }) @IdField() organisationId: string;
  @Field(() => ID) @IdField() partnerOrganisationId: string;
  @Field({ description: 'True: we host the partner; false: we visit the partner.' }) @IsBoolean(rule('invalid')) weHost: boolean;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @CalendarDateField({ optional: true }) visitDate?: string | null;
}

/** The host's side of the agreement, and the preparation pack's notes. */
@InputType()
export class UpdateAgreementInput extends GuardAnswersInput {
  @Field(() => ID) @IdField() visitId: string;
  @Field()
  @TextField({ max: PEER_VISIT_LIMITS.questionMaxLength, optional: true })
  @GuardedText({ pseudonym: false })
  focusQuestion: string;
  @Field() @TextField({ max: LIMITS.shortText, optional: true }) @GuardedText({ pseudonym: false }) purpose: string;
  @Field(() => [String]) @OneOfField(CORE_VALUE_IDS, { each: true }) valueIds: string[];
  @Field(() => [String]) @OneOfField(MIRROR_THEMES.map((t) => t.id), { each: true }) mirrorThemeIds: string[];
  @Field(() => VisitFormatEnum, { nullable: true }) @IsOptional() @OneOfField(VISIT_FORMATS) format?: VisitFormat | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @CalendarDateField({ optional: true }) visitDate?: string | null;
  @Field(() => ID, { nullable: true }) @IdField({ optional: true }) locationId?: string | null;
  @Field() @TextField({ max: LIMITS.longText, optional: true }) @GuardedText({ pseudonym: false }) practicalNotes: string;
  @Field() @TextField({ max: LIMITS.longText, optional: true }) @GuardedText({ pseudonym: false }) privacyNotes: string;
}

@InputType()
class VisitTeamMemberInput {
  @Field(() => VisitTeamRoleEnum) @OneOfField(VISIT_TEAM_ROLES) role: VisitTeamRole;
  @Field(() => ID, { nullable: true, description: 'For the entrepreneur and care worker: a person of the visiting organisation.' })
  @IdField({ optional: true })
  personId?: string | null;
  @Field(() => String, { nullable: true, description: 'For a relative or expert: a name, a first name is enough.' })
  @TextField({ optional: true })
  @BsnOnlyText("a visiting relative's or expert's own name; a first name is enough")
  displayName?: string | null;
}

@InputType()
export class SetVisitingTeamInput {
  @Field(() => ID) @IdField() visitId: string;
  @Field(() => [VisitTeamMemberInput])
  @ArrayMaxSize(PEER_VISIT_LIMITS.maxTeamMembers, rule('tooMany', PEER_VISIT_LIMITS.maxTeamMembers))
  @ValidateNested({ each: true })
  @Type(() => VisitTeamMemberInput)
  members: VisitTeamMemberInput[];
}

@InputType()
export class PlanReturnVisitInput {
  @Field(() => ID) @IdField() visitId: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @CalendarDateField({ optional: true }) visitDate?: string | null;
}
