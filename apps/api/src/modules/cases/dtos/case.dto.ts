import { CaseVisibility, ConsentForm, ConsentGiver, ConsentScope } from '@kring/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CaseVisibilityEnum, ConsentFormEnum, ConsentGiverEnum, ConsentScopeEnum } from './case.enums';
import { NamedRef } from '../../../engine/graphql/named-ref';
import { UnsuppressedNumber } from '../../../engine/privacy/small-numbers.decorators';

@ObjectType('CaseChapter')
export class CaseChapterDto {
  @Field(() => ID) id: string;
  @UnsuppressedNumber('a position in the case') position: number;
  @Field() title: string;
  @Field() body: string;
  @Field(() => NamedRef, { nullable: true }) author: NamedRef | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('CaseConsent')
export class CaseConsentDto {
  @Field(() => ID) id: string;
  @Field(() => ConsentScopeEnum) scope: ConsentScope;
  @Field(() => ConsentGiverEnum) givenBy: ConsentGiver;
  @Field(() => ConsentFormEnum) form: ConsentForm;
  @Field({ description: 'Calendar date, YYYY-MM-DD.' }) givenOn: string;
  @Field(() => String, { nullable: true, description: 'Calendar date, YYYY-MM-DD; null while the consent stands.' }) withdrawnOn:
    string | null;
  @Field() note: string;
  @Field() active: boolean;
  @Field() createdAt: Date;
}

/** What a list of cases shows: no case content, so listing is not a read of it. */
@ObjectType('CaseSummary')
export class CaseSummaryDto {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() displayPseudonym: string;
  @Field() title: string;
  @Field(() => CaseVisibilityEnum) visibility: CaseVisibility;
  @Field(() => NamedRef, { nullable: true }) team: NamedRef | null;
  @Field(() => NamedRef, { nullable: true }) author: NamedRef | null;
  @UnsuppressedNumber('chapters of a case: things, not people') chapterCount: number;
  @Field() updatedAt: Date;
  @Field() viewerIsAuthor: boolean;
}

@ObjectType('Case')
export class CaseDto {
  @Field(() => ID) id: string;
  @Field(() => ID) organisationId: string;
  @Field() code: string;
  @Field() displayPseudonym: string;
  @Field() title: string;
  @Field() lifeStoryNote: string;
  @Field() burdenNote: string;
  @Field(() => CaseVisibilityEnum) visibility: CaseVisibility;
  @Field(() => NamedRef, { nullable: true }) team: NamedRef | null;
  @Field(() => NamedRef, { nullable: true }) author: NamedRef | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => [CaseChapterDto]) chapters: CaseChapterDto[];
  /** Newest first, withdrawn ones included: the record of what was allowed when. */
  @Field(() => [CaseConsentDto]) consents: CaseConsentDto[];
  @Field(() => [CaseVisibilityEnum], { description: 'The visibility levels the active consent allows.' })
  allowedVisibilities: CaseVisibility[];
  @Field({ description: 'Whether the viewer may edit the texts, add chapters and keep consent records.' }) viewerCanEdit: boolean;
  @Field({ description: 'Whether the viewer may choose who reads the case (only its author).' }) viewerCanShare: boolean;
}
