import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { typedPersonNames } from '@kring/domain';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { Access } from '../../engine/policy/access.decorator';
import { CurrentAccess, CurrentViewer } from '../../engine/policy/current.decorators';
import { CasesService } from './cases.service';
import { CaseChapterDto, CaseDto, CaseSummaryDto } from './dtos/case.dto';
import {
  AddCaseChapterInput,
  CasesArgs,
  CheckIdentifyingDetailsArgs,
  CreateCaseInput,
  SetCaseVisibilityInput,
  UpdateCaseChapterInput,
  UpdateCaseInput,
} from './dtos/case.inputs';
import { IdentifyingDetailFindingDto } from './dtos/identifying-detail.dto';
import { ContentGuardService } from '../../engine/privacy/content-guard.service';

/**
 * Cases (casus). The policy guard checks membership of the organisation;
 * who may read, edit or share a case is CasesService's business.
 */
@Resolver()
export class CasesResolver {
  constructor(
    private readonly caseFiles: CasesService,
    private readonly guard: ContentGuardService,
  ) {}

  @Query(() => [CaseSummaryDto], { description: 'The cases the viewer may read, optionally of one team.' })
  @Access.organisation({ arg: 'organisationId' })
  cases(@Args() args: CasesArgs, @CurrentViewer() viewer: Viewer, @CurrentAccess() access: TenantAccess): Promise<CaseSummaryDto[]> {
    return this.caseFiles.list(viewer, access, args.teamId);
  }

  @Query(() => CaseDto)
  @Access.organisation({ arg: 'id', table: 'case_file' })
  case(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<CaseDto> {
    return this.caseFiles.read(viewer, access, id);
  }

  @Query(() => [IdentifyingDetailFindingDto], { description: 'The identifying-details guard: what in this text may identify someone.' })
  @Access.organisation({ arg: 'organisationId' })
  async checkIdentifyingDetails(
    @Args() args: CheckIdentifyingDetailsArgs,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<IdentifyingDetailFindingDto[]> {
    const findings = await this.guard.findAll(
      [access.organisationId],
      [{ field: 'text', text: args.text, pseudonym: true }],
      viewer.preferredLanguage,
      { extraPeople: typedPersonNames(args.alsoPerson) },
    );
    return findings.map(({ field: _field, ...finding }) => finding);
  }

  @Mutation(() => CaseDto)
  @Access.organisation({ arg: 'input.organisationId' })
  createCase(
    @Args('input') input: CreateCaseInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<CaseDto> {
    return this.caseFiles.create(viewer, access, input);
  }

  @Mutation(() => CaseDto)
  @Access.organisation({ arg: 'input.caseId', table: 'case_file' })
  updateCase(
    @Args('input') input: UpdateCaseInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<CaseDto> {
    return this.caseFiles.update(viewer, access, input);
  }

  @Mutation(() => CaseChapterDto)
  @Access.organisation({ arg: 'input.caseId', table: 'case_file' })
  addCaseChapter(
    @Args('input') input: AddCaseChapterInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<CaseChapterDto> {
    return this.caseFiles.addChapter(viewer, access, input);
  }

  @Mutation(() => CaseChapterDto)
  @Access.organisation({ arg: 'input.chapterId', table: 'case_chapter' })
  updateCaseChapter(
    @Args('input') input: UpdateCaseChapterInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<CaseChapterDto> {
    return this.caseFiles.updateChapter(viewer, access, input);
  }

  @Mutation(() => CaseDto)
  @Access.organisation({ arg: 'input.caseId', table: 'case_file' })
  setCaseVisibility(
    @Args('input') input: SetCaseVisibilityInput,
    @CurrentViewer() viewer: Viewer,
    @CurrentAccess() access: TenantAccess,
  ): Promise<CaseDto> {
    return this.caseFiles.setVisibility(viewer, access, input);
  }
}
