import type { ClientGroup, LibraryAudience, LibrarySourceKind, LocationKind, OrganisationKind } from '@kring/domain';
import { Field, ID, InterfaceType, ObjectType } from '@nestjs/graphql';
import { ClientGroupEnum, LocationKindEnum, OrganisationKindEnum } from '../../../engine/graphql/enums';
import { IdentifyingDetailFindingDto } from '../../cases';
import { LibraryAudienceEnum, LibrarySourceKindEnum } from './library.enums';

@ObjectType('SnippetPart', { description: 'A piece of a search snippet; `match` marks a word that matched, in whatever form.' })
export class SnippetPartDto {
  @Field() text: string;
  @Field() match: boolean;
}

/** The setting an item comes from, never the organisation's name: enough to judge whether it fits your own. */
@ObjectType('LibrarySetting')
class LibrarySettingDto {
  @Field(() => OrganisationKindEnum, {
    nullable: true,
    description: "Another organisation's kind only when five or more organisations in the network share it (sharedDescriptor).",
  })
  organisationKind: OrganisationKind | null;
  @Field(() => LocationKindEnum, { nullable: true }) locationKind: LocationKind | null;
  @Field(() => [ClientGroupEnum]) clientGroups: ClientGroup[];
}

/** What every view of a library item shows: a hit in the results and the item's page (one selection on the web). */
@InterfaceType('LibraryEntry', {
  description: 'What every view of a library item shows: LibraryHit in the results, LibraryItem on its page.',
})
export abstract class LibraryEntryDto {
  @Field(() => ID) id: string;
  @Field(() => LibrarySourceKindEnum) kind: LibrarySourceKind;
  @Field(() => LibraryAudienceEnum) audience: LibraryAudience;
  @Field() title: string;
  @Field(() => [String]) valueIds: string[];
  @Field(() => LibrarySettingDto) setting: LibrarySettingDto;
  @Field({ description: 'Shared by the viewer’s own organisation (then the team is named too).' }) fromOwnOrganisation: boolean;
  @Field(() => String, { nullable: true }) teamName: string | null;
  @Field() sharedAt: Date;
}

@ObjectType('LibraryHit', { implements: () => [LibraryEntryDto] })
export class LibraryHitDto extends LibraryEntryDto {
  @Field(() => [SnippetPartDto]) snippet: SnippetPartDto[];
}

@ObjectType('LibrarySearchResult')
export class LibrarySearchResultDto {
  @Field(() => [LibraryHitDto], { description: 'The best matches, best first.' }) hits: LibraryHitDto[];
  @Field({ description: 'There are more matches than these; more precise words find them.' }) more: boolean;
}

@ObjectType('LibraryItem', { implements: () => [LibraryEntryDto] })
export class LibraryItemDto extends LibraryHitDto {
  @Field() body: string;
}

@ObjectType('LibraryFinding', { description: 'An identifying detail in one of the texts to share.' })
export class LibraryFindingDto extends IdentifyingDetailFindingDto {
  @Field({ description: '"title" or "body".' }) field: string;
}

/** The share of a source as it stands: visible now, or hidden because its consent or approval no longer allows it. */
@ObjectType('LibraryShare')
export class LibraryShareDto {
  @Field(() => ID) itemId: string;
  @Field(() => LibraryAudienceEnum) audience: LibraryAudience;
  @Field() sharedAt: Date;
  @Field({ description: 'False when consent was withdrawn or the source changed since: the item is then shown to no one.' })
  visibleNow: boolean;
}

@ObjectType('LibraryCandidate', { description: 'Something the viewer may share, with what its consent allows now.' })
export class LibraryCandidateDto {
  @Field(() => LibrarySourceKindEnum) kind: LibrarySourceKind;
  @Field(() => ID) sourceId: string;
  @Field() title: string;
  @Field({ description: 'The start of the text.' }) excerpt: string;
  @Field({ description: 'A story approved by its teller; a lesson of an approved report. Cases are always ready.' }) ready: boolean;
  @Field(() => [LibraryAudienceEnum]) allowedAudiences: LibraryAudience[];
  @Field(() => LibraryShareDto, { nullable: true }) share: LibraryShareDto | null;
}

/** The anonymisation review: the texts as they are, what the guard found, and a masked proposal. */
@ObjectType('LibraryShareDraft')
export class LibraryShareDraftDto {
  @Field(() => LibraryCandidateDto) source: LibraryCandidateDto;
  @Field() title: string;
  @Field() body: string;
  @Field(() => [LibraryFindingDto]) findings: LibraryFindingDto[];
  @Field({ description: 'The title with every finding replaced by a placeholder such as [naam].' }) maskedTitle: string;
  @Field() maskedBody: string;
  @Field(() => [String]) suggestedValueIds: string[];
}
