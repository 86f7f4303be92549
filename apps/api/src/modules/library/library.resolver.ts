import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NetworkAccess, TenantAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess, CurrentNetworkAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { LibraryCandidateDto, LibraryFindingDto, LibraryItemDto, LibrarySearchResultDto, LibraryShareDraftDto } from './dtos/library.dto';
import {
  CheckLibraryTextArgs,
  LibraryItemArgs,
  LibrarySearchInput,
  LibrarySourceInput,
  NetworkLibraryItemArgs,
  NetworkLibrarySearchInput,
  ShareInLibraryInput,
} from './dtos/library.inputs';
import { LibrarySearchService } from './library-search.service';
import { LibrarySharingService } from './library-sharing.service';

/**
 * The community library. Searching and reading happen from an organisation
 * (a member sees its own items and what its network shares) or from a
 * network (its coordinator sees what is shared with the network). Sharing is
 * always by an owner in their own organisation.
 */
@Resolver()
export class LibraryResolver {
  constructor(
    private readonly library: LibrarySearchService,
    private readonly sharing: LibrarySharingService,
  ) {}

  @Query(() => LibrarySearchResultDto, { description: 'Dutch full-text search with filters, over what the viewer may read now.' })
  @Access.organisation({ arg: 'input.organisationId' })
  async librarySearch(@Args('input') input: LibrarySearchInput, @CurrentViewer() viewer: Viewer): Promise<LibrarySearchResultDto> {
    return this.library.search(await this.library.forOrganisation(input.organisationId, viewer.personId), input);
  }

  @Query(() => LibrarySearchResultDto, { description: 'The same search, as the learning network: only what is shared with the network.' })
  @Access.network({ arg: 'input.networkId' })
  networkLibrarySearch(
    @Args('input') input: NetworkLibrarySearchInput,
    @CurrentNetworkAccess() access: NetworkAccess,
  ): Promise<LibrarySearchResultDto> {
    return this.library.search({ ownOrganisationId: null, networkId: access.networkId, readerId: null }, input);
  }

  @Query(() => LibraryItemDto)
  @Access.organisation({ arg: 'organisationId' })
  async libraryItem(@Args() args: LibraryItemArgs, @CurrentViewer() viewer: Viewer): Promise<LibraryItemDto> {
    return this.library.read(await this.library.forOrganisation(args.organisationId, viewer.personId), args.libraryItemId, viewer.personId);
  }

  @Query(() => LibraryItemDto)
  @Access.network({ arg: 'networkId' })
  networkLibraryItem(
    @Args() args: NetworkLibraryItemArgs,
    @CurrentViewer() viewer: Viewer,
    @CurrentNetworkAccess() access: NetworkAccess,
  ): Promise<LibraryItemDto> {
    return this.library.read({ ownOrganisationId: null, networkId: access.networkId, readerId: null }, args.libraryItemId, viewer.personId);
  }

  @Query(() => [LibraryCandidateDto], { description: 'What the viewer may share, with what consent allows now.' })
  @Access.organisation({ arg: 'organisationId' })
  libraryShareCandidates(
    @Args('organisationId', { type: () => ID }) _organisationId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<LibraryCandidateDto[]> {
    return this.sharing.candidates(viewer, access);
  }

  @Query(() => LibraryShareDraftDto, { description: 'The anonymisation review: texts, findings of the guard, and a masked proposal.' })
  @Access.organisation({ arg: 'input.organisationId' })
  libraryShareDraft(
    @Args('input') input: LibrarySourceInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<LibraryShareDraftDto> {
    return this.sharing.draft(viewer, access, input);
  }

  @Query(() => [LibraryFindingDto], { description: 'The guard over texts being reviewed for the library, as the share will check them.' })
  @Access.organisation({ arg: 'organisationId' })
  checkLibraryText(
    @Args() args: CheckLibraryTextArgs,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<LibraryFindingDto[]> {
    return this.sharing.check(viewer, access, args);
  }

  @Mutation(() => LibraryItemDto, { description: 'Shares the reviewed texts; refused while the guard still finds identifying details.' })
  @Access.organisation({ arg: 'input.organisationId' })
  shareInLibrary(
    @Args('input') input: ShareInLibraryInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<LibraryItemDto> {
    return this.sharing.share(viewer, access, input);
  }

  @Mutation(() => Boolean, { description: 'Takes the item out of the library at once.' })
  @Access.organisation({ arg: 'libraryItemId', table: 'library_item' })
  withdrawFromLibrary(
    @Args('libraryItemId', { type: () => ID }) libraryItemId: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<boolean> {
    return this.sharing.withdraw(viewer, access, libraryItemId);
  }
}
