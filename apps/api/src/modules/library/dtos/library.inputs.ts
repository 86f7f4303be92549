import {
  CLIENT_GROUPS,
  ClientGroup,
  LIBRARY_AUDIENCES,
  LIBRARY_LIMITS,
  LIBRARY_SOURCE_KINDS,
  LibraryAudience,
  LibrarySourceKind,
  LOCATION_KINDS,
  LocationKind,
  ORGANISATION_KINDS,
  OrganisationKind,
} from '@kring/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsArray } from 'class-validator';
import { ClientGroupEnum, LocationKindEnum, OrganisationKindEnum } from '../../../engine/graphql/enums';
import { IdField, OneOfField, TextField, UntrimmedTextField, ValueIdsField } from '../../../engine/graphql/input-fields';
import { LibraryAudienceEnum, LibrarySourceKindEnum } from './library.enums';
import { BsnOnlyText, UnguardedText } from '../../../engine/privacy/text-guard.decorators';

const rule = (name: string, value?: number) => ({ context: { rule: name, value } });

/** Search words (Dutch, as typed: "bewoner" also finds "bewoners") and filters; every filter left empty lets all through. */
@InputType({ isAbstract: true })
abstract class LibrarySearchFields {
  @Field({ defaultValue: '' })
  @TextField({ max: LIBRARY_LIMITS.query, optional: true })
  @UnguardedText('search words, never stored')
  query: string;
  @Field(() => [String], {
    defaultValue: [],
    description: 'Values-framework items; a core value also finds its sub-values, factors and vulnerabilities.',
  })
  @ValueIdsField(LIBRARY_LIMITS.maxValues)
  valueIds: string[];
  @Field(() => [OrganisationKindEnum], { defaultValue: [] })
  @IsArray(rule('invalid'))
  @OneOfField(ORGANISATION_KINDS, { each: true })
  organisationKinds: OrganisationKind[];
  @Field(() => [LocationKindEnum], { defaultValue: [] })
  @IsArray(rule('invalid'))
  @OneOfField(LOCATION_KINDS, { each: true })
  locationKinds: LocationKind[];
  @Field(() => [ClientGroupEnum], { defaultValue: [], description: 'Resident groups (for whom the organisation cares).' })
  @IsArray(rule('invalid'))
  @OneOfField(CLIENT_GROUPS, { each: true })
  clientGroups: ClientGroup[];
  @Field(() => [LibrarySourceKindEnum], { defaultValue: [] })
  @IsArray(rule('invalid'))
  @OneOfField(LIBRARY_SOURCE_KINDS, { each: true })
  sourceKinds: LibrarySourceKind[];
}

/** Searching from an organisation: its own items and what its network shares. */
@InputType()
export class LibrarySearchInput extends LibrarySearchFields {
  @Field(() => ID) @IdField() organisationId: string;
}

/** Searching as the learning network (its coordinator): what the organisations share with the network. */
@InputType()
export class NetworkLibrarySearchInput extends LibrarySearchFields {
  @Field(() => ID) @IdField() networkId: string;
}

@InputType()
export class LibrarySourceInput {
  @Field(() => ID) @IdField() organisationId: string;
  @Field(() => LibrarySourceKindEnum) @OneOfField(LIBRARY_SOURCE_KINDS) sourceKind: LibrarySourceKind;
  @Field(() => ID) @IdField() sourceId: string;
}

/** What leaves the team is checked by the library's stricter guard: no identifying detail at all, nothing to confirm. */
const LIBRARY_STRICT = "the library's own guard refuses every identifying detail in what leaves the team, without confirmation";

/** The reviewed texts to share; they go in only without identifying details. */
@InputType()
export class ShareInLibraryInput extends LibrarySourceInput {
  @Field(() => LibraryAudienceEnum) @OneOfField(LIBRARY_AUDIENCES) audience: LibraryAudience;
  @Field() @TextField({ max: LIBRARY_LIMITS.title }) @BsnOnlyText(LIBRARY_STRICT) title: string;
  @Field() @TextField({ max: LIBRARY_LIMITS.body }) @BsnOnlyText(LIBRARY_STRICT) body: string;
  @Field(() => [String], { defaultValue: [] }) @ValueIdsField(LIBRARY_LIMITS.maxValues) valueIds: string[];
}

@ArgsType()
export class LibraryItemArgs {
  @Field(() => ID) @IdField() organisationId: string;
  @Field(() => ID) @IdField() libraryItemId: string;
}

@ArgsType()
export class NetworkLibraryItemArgs {
  @Field(() => ID) @IdField() networkId: string;
  @Field(() => ID) @IdField() libraryItemId: string;
}

/** Texts under review for one source; not trimmed, so the findings' offsets fit the text as the screen holds it. */
@ArgsType()
export class CheckLibraryTextArgs {
  @Field(() => ID) @IdField() organisationId: string;
  @Field(() => LibrarySourceKindEnum) @OneOfField(LIBRARY_SOURCE_KINDS) sourceKind: LibrarySourceKind;
  @Field(() => ID) @IdField() sourceId: string;
  @Field()
  @UntrimmedTextField(LIBRARY_LIMITS.title)
  @UnguardedText('the guard itself: answers with the findings instead of refusing, stores nothing')
  title: string;
  @Field()
  @UntrimmedTextField(LIBRARY_LIMITS.body)
  @UnguardedText('the guard itself: answers with the findings instead of refusing, stores nothing')
  body: string;
}
