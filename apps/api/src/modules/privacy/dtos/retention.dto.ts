import { kindsOrganisationsChoose, RETENTION_DAY_OPTIONS, RETENTION_KINDS, RetentionDays, RetentionKind } from '@kring/domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayUnique, IsIn, IsOptional } from 'class-validator';
import { enumOf } from '../../../engine/graphql/enums';
import { IdField } from '../../../engine/graphql/input-fields';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

const RawNoteKindEnum = enumOf(RETENTION_KINDS);
registerEnumType(RawNoteKindEnum, { name: 'RawNoteKind' });

@ObjectType('PrivacySettings')
export class PrivacySettingsDto {
  @UnsuppressedNumber('a setting in days', { description: 'How many days raw notes are kept: one of 30, 90, 180, 365.' })
  rawNoteRetentionDays: RetentionDays;
  @Field(() => Date, { nullable: true, description: 'When raw notes were last cleaned up.' }) lastPurgeAt: Date | null;
  @UnsuppressedNumber('raw notes removed by a clean-up: things, not people') lastPurgeCount: number;
  @Field(() => [RawNoteKindEnum], {
    description: 'Raw material this organisation chose to have purged too (rules an organisation may choose).',
  })
  chosenPurges: RetentionKind[];
}

@InputType()
export class RetentionInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field(() => Int) @IsIn([...RETENTION_DAY_OPTIONS], { context: { rule: 'oneOf' } }) rawNoteRetentionDays: RetentionDays;
  @Field(() => [RawNoteKindEnum], { nullable: true, description: 'Left out: unchanged. Only kinds an organisation may choose.' })
  @IsOptional()
  @ArrayUnique(undefined, { context: { rule: 'invalid' } })
  @IsIn(kindsOrganisationsChoose(), { each: true, context: { rule: 'oneOf' } })
  chosenPurges?: RetentionKind[] | null;
}

@ObjectType('RawNotePurgeCount')
class RawNotePurgeCountDto {
  @Field(() => RawNoteKindEnum) kind: RetentionKind;
  @UnsuppressedNumber('raw notes removed by a clean-up: things, not people') count: number;
}

@ObjectType('RawNotePurge')
export class RawNotePurgeDto {
  @UnsuppressedNumber('raw notes removed by a clean-up: things, not people') total: number;
  @Field(() => [RawNotePurgeCountDto]) kinds: RawNotePurgeCountDto[];
}
