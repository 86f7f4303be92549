import {
  allowedVisibilities,
  fromTo,
  CASE_CURATOR_ROLES,
  CONSENT_SCOPE_LABELS,
  ConsentScope,
  consentAllowsVisibility,
  defaultDisplayPseudonym,
  generateCaseCode,
  GuardedTextInput,
  isWiderVisibility,
  visibilityRank,
  VISIBILITY_CONSENT_RULES,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { actorIn, AuditService } from '../../engine/audit/audit.service';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { UserError } from '../../engine/graphql/user-error';
import { ContentGuardService } from '../../engine/privacy/content-guard.service';
import { answersOf } from '../../engine/privacy/utils/answers-of';
import { organisationIdsOf } from '../../engine/auth/viewer-memberships';
import { READABLE_CASE, readerParams } from './case-read-rule';
import { requireOwnTeam } from '../../engine/policy/own-team';
import { mayChooseTeam } from '../../engine/policy/team-choice';
import {
  CASE_COLUMNS,
  CASE_FROM,
  CaseRow,
  CaseSummaryRow,
  CHAPTER_SELECT,
  ChapterRow,
  CONSENT_SELECT,
  ConsentRow,
  toChapter,
  toConsent,
  toSummary,
} from './case-rows';
import { CaseChapterDto, CaseConsentDto, CaseDto, CaseSummaryDto } from './dtos/case.dto';
import { AddCaseChapterInput, CreateCaseInput, SetCaseVisibilityInput, UpdateCaseChapterInput, UpdateCaseInput } from './dtos/case.inputs';
import { namedRef, NamedRef } from '../../engine/graphql/named-ref';
import { CaseRights, caseRights } from './utils/case-rights';
import { caseTexts } from './utils/case-texts';
import type { CaseChapterRow, CaseFileRow, OrganisationRow, TeamRow } from '../../engine/database/tables.generated';

/** A case the viewer may read, with what else they may do with it. */
interface ReadableCase extends CaseRights {
  row: CaseRow;
}

/** Tries per new case before giving up; with ~810,000 codes a clash is already rare. */
const CODE_ATTEMPTS = 20;

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly guard: ContentGuardService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The one read check for cases: the case if the viewer may read it, else
   * NOT_FOUND (an unreadable case looks the same as one that does not exist).
   * With `forUpdate` the row stays locked until the transaction ends, so
   * visibility and consent change one at a time.
   */
  async readableCase(
    viewer: Viewer,
    access: TenantAccess,
    caseId: string,
    manager: EntityManager = this.db.manager,
    forUpdate = false,
  ): Promise<ReadableCase> {
    const [row]: CaseRow[] = await manager.query(
      `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE ${READABLE_CASE} AND c.id = $5${forUpdate ? ' FOR UPDATE OF c' : ''}`,
      [...readerParams(viewer, access), caseId],
    );
    if (!row) throw new UserError('NOT_FOUND');
    return { row, ...caseRights(row.author_id, viewer.personId, access.roles) };
  }

  /** Which of these cases the viewer may read, by the one read rule: for a link to a case from elsewhere (a session's page). */
  async readableIds(viewer: Viewer, access: TenantAccess, caseIds: readonly string[]): Promise<Set<string>> {
    if (caseIds.length === 0) return new Set();
    const rows = await this.db.query<Pick<CaseRow, 'id'>[]>(
      `SELECT c.id FROM ${CASE_FROM} WHERE ${READABLE_CASE} AND c.id = ANY($5::uuid[])`,
      [...readerParams(viewer, access), caseIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The readable cases of the organisation, optionally of one team, most recently changed first. */
  async list(viewer: Viewer, access: TenantAccess, teamId?: string | null): Promise<CaseSummaryDto[]> {
    await requireOwnTeam(this.db.manager, access.organisationId, teamId);
    const rows: CaseSummaryRow[] = await this.db.query(
      `SELECT ${CASE_COLUMNS}, (SELECT count(*) FROM case_chapter ch WHERE ch.case_id = c.id) AS chapter_count
       FROM ${CASE_FROM} WHERE ${READABLE_CASE} AND ($5::uuid IS NULL OR c.team_id = $5)
       ORDER BY c.updated_at DESC`,
      [...readerParams(viewer, access), teamId ?? null],
    );
    return rows.map((r) => toSummary(r, viewer.personId));
  }

  /** Reading a case is recorded in the audit log (who read what, never the content). */
  async read(viewer: Viewer, access: TenantAccess, caseId: string): Promise<CaseDto> {
    const found = await this.readableCase(viewer, access, caseId);
    await this.audit.recordOn('case_read', actorIn(access, viewer), { type: 'case', id: caseId });
    return this.caseDto(found);
  }

  async create(viewer: Viewer, access: TenantAccess, input: CreateCaseInput): Promise<CaseDto> {
    // The texts passed the content guard (ContentGuardInterceptor) before this runs.
    const caseId = await this.db.transaction(async (manager) => {
      const team = input.teamId ? await this.ownTeam(viewer, access, input.teamId, manager) : null;
      const [org] = await manager.query<Pick<OrganisationRow, 'resident_term'>[]>(`SELECT resident_term FROM organisation WHERE id = $1`, [
        access.organisationId,
      ]);
      const pseudonym = input.displayPseudonym || defaultDisplayPseudonym(org.resident_term, randomInt);
      const id = await this.insertWithFreshCode(manager, [
        access.organisationId,
        team?.id ?? null,
        viewer.personId,
        pseudonym,
        input.title,
        input.lifeStoryNote,
        input.burdenNote,
      ]);
      if (input.firstChapter) {
        await manager.query(
          `INSERT INTO case_chapter (organisation_id, case_id, position, title, body, author_id) VALUES ($1, $2, 1, $3, $4, $5)`,
          [access.organisationId, id, input.firstChapter.title, input.firstChapter.body, viewer.personId],
        );
      }
      return id;
    });
    return this.caseDto(await this.readableCase(viewer, access, caseId));
  }

  async update(viewer: Viewer, access: TenantAccess, input: UpdateCaseInput): Promise<CaseDto> {
    await this.db.transaction(async (manager) => {
      await this.editableCase(viewer, access, input.caseId, manager);
      await manager.query(
        `UPDATE case_file SET title = $2, display_pseudonym = $3, life_story_note = $4, burden_note = $5, updated_at = now() WHERE id = $1`,
        [input.caseId, input.title, input.displayPseudonym, input.lifeStoryNote, input.burdenNote],
      );
    });
    return this.caseDto(await this.readableCase(viewer, access, input.caseId));
  }

  /** A new chapter goes after the last one; the case row is locked so two additions cannot take the same place. */
  async addChapter(viewer: Viewer, access: TenantAccess, input: AddCaseChapterInput): Promise<CaseChapterDto> {
    return this.db.transaction(async (manager) => {
      await this.editableCase(viewer, access, input.caseId, manager);
      const [{ id }] = await manager.query<Pick<CaseChapterRow, 'id'>[]>(
        `INSERT INTO case_chapter (organisation_id, case_id, position, title, body, author_id)
         SELECT $1, $2, coalesce(max(position), 0) + 1, $3, $4, $5 FROM case_chapter WHERE case_id = $2 RETURNING id`,
        [access.organisationId, input.caseId, input.title, input.body, viewer.personId],
      );
      await manager.query(`UPDATE case_file SET updated_at = now() WHERE id = $1`, [input.caseId]);
      return this.chapter(id, manager);
    });
  }

  async updateChapter(viewer: Viewer, access: TenantAccess, input: UpdateCaseChapterInput): Promise<CaseChapterDto> {
    return this.db.transaction(async (manager) => {
      const [chapter] = await manager.query<Pick<CaseChapterRow, 'case_id'>[]>(
        `SELECT case_id FROM case_chapter WHERE id = $1 AND organisation_id = $2`,
        [input.chapterId, access.organisationId],
      );
      if (!chapter) throw new UserError('NOT_FOUND');
      await this.editableCase(viewer, access, chapter.case_id, manager);
      await manager.query(`UPDATE case_chapter SET title = $2, body = $3, updated_at = now() WHERE id = $1`, [
        input.chapterId,
        input.title,
        input.body,
      ]);
      await manager.query(`UPDATE case_file SET updated_at = now() WHERE id = $1`, [chapter.case_id]);
      return this.chapter(input.chapterId, manager);
    });
  }

  /**
   * Chooses who reads the case. Only the author decides; the consent on
   * record must allow the level (VISIBILITY_CONSENT_RULES); and sharing with
   * more people (a wider level, or another team) re-runs the guard over every
   * text of the case, chapters included.
   */
  async setVisibility(viewer: Viewer, access: TenantAccess, input: SetCaseVisibilityInput): Promise<CaseDto> {
    const language = viewer.preferredLanguage;
    await this.db.transaction(async (manager) => {
      const { row, canShare } = await this.readableCase(viewer, access, input.caseId, manager, true);
      if (!canShare) throw new UserError('ONLY_AUTHOR_SHARES');
      const team = input.teamId ? await this.ownTeam(viewer, access, input.teamId, manager) : null;
      const teamId = team?.id ?? row.team_id;
      if (input.visibility === 'team' && !teamId) throw new UserError('CASE_NEEDS_TEAM');
      const scopes = await this.activeScopes(input.caseId, manager);
      if (!consentAllowsVisibility(input.visibility, scopes)) {
        const needed = VISIBILITY_CONSENT_RULES[input.visibility].anyOf[0];
        throw new UserError('CONSENT_REQUIRED', { scope: CONSENT_SCOPE_LABELS[needed][language] });
      }
      const teamReads = visibilityRank(input.visibility) >= visibilityRank('team');
      const sharing = isWiderVisibility(input.visibility, row.visibility) || (teamReads && teamId !== row.team_id);
      if (sharing) {
        // The stored texts, not the input: the same guard, now over everything a wider audience would read.
        const confirmed = await this.guard.require([access.organisationId], await this.allTexts(row, manager), answersOf(input), language, {
          manager,
          device: { scope: organisationIdsOf(viewer) },
        });
        await this.audit.recordConfirmation(confirmed.length, actorIn(access, viewer), { type: 'case', id: input.caseId }, manager);
      }
      if (input.visibility === row.visibility && teamId === row.team_id) return;
      await manager.query(`UPDATE case_file SET visibility = $2, team_id = $3, updated_at = now() WHERE id = $1`, [
        input.caseId,
        input.visibility,
        teamId,
      ]);
      await this.audit.recordChange(
        'case_visibility_changed',
        actorIn(access, viewer),
        { type: 'case', id: input.caseId },
        { visibility: fromTo<string>(row.visibility, input.visibility), team: fromTo(row.team_id, teamId) },
        manager,
      );
    });
    return this.caseDto(await this.readableCase(viewer, access, input.caseId));
  }

  /** A readable case the viewer may also edit (FORBIDDEN for readers who may not), locked for the transaction. */
  async editableCase(viewer: Viewer, access: TenantAccess, caseId: string, manager: EntityManager): Promise<ReadableCase> {
    const found = await this.readableCase(viewer, access, caseId, manager, true);
    if (!found.canEdit) throw new UserError('FORBIDDEN');
    return found;
  }

  async activeScopes(caseId: string, manager: EntityManager = this.db.manager): Promise<ConsentScope[]> {
    const rows: { scope: ConsentScope }[] = await manager.query(
      `SELECT DISTINCT scope FROM case_consent WHERE case_id = $1 AND withdrawn_on IS NULL`,
      [caseId],
    );
    return rows.map((r) => r.scope);
  }

  /**
   * One of the organisation's teams (else NOT_FOUND). Care workers may only
   * pick their own team, so nobody shares a case with a team they are not in;
   * curators work across teams.
   */
  private async ownTeam(viewer: Viewer, access: TenantAccess, teamId: string, manager: EntityManager): Promise<NamedRef> {
    const [team] = await manager.query<Pick<TeamRow, 'id' | 'name'>[]>(`SELECT id, name FROM team WHERE id = $1 AND organisation_id = $2`, [
      teamId,
      access.organisationId,
    ]);
    if (!team) throw new UserError('NOT_FOUND');
    if (!mayChooseTeam(viewer, access, teamId, CASE_CURATOR_ROLES)) throw new UserError('NOT_YOUR_TEAM');
    return team;
  }

  private async insertWithFreshCode(manager: EntityManager, values: unknown[]): Promise<string> {
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const [row] = await manager.query<Pick<CaseFileRow, 'id'>[]>(
        `INSERT INTO case_file (organisation_id, team_id, author_id, display_pseudonym, title, life_story_note, burden_note, code)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT ON CONSTRAINT case_file_code_uq DO NOTHING RETURNING id`,
        [...values, generateCaseCode(randomInt)],
      );
      if (row) return row.id;
    }
    throw new Error(`No free case code after ${CODE_ATTEMPTS} attempts`);
  }

  /** Everything a wider audience would read: the case's own texts and every chapter. */
  private async allTexts(row: CaseRow, manager: EntityManager): Promise<GuardedTextInput[]> {
    const chapters: { id: string; title: string; body: string }[] = await manager.query(
      `SELECT id, title, body FROM case_chapter WHERE case_id = $1 ORDER BY position`,
      [row.id],
    );
    return caseTexts(row, chapters);
  }

  private async chapter(id: string, manager: EntityManager): Promise<CaseChapterDto> {
    const [row] = await manager.query<ChapterRow[]>(`${CHAPTER_SELECT} WHERE ch.id = $1`, [id]);
    return toChapter(row);
  }

  private async caseDto({ row, canEdit, canShare }: ReadableCase): Promise<CaseDto> {
    const [chapters, consents] = await Promise.all([
      this.db.query<ChapterRow[]>(`${CHAPTER_SELECT} WHERE ch.case_id = $1 ORDER BY ch.position`, [row.id]),
      this.db.query<ConsentRow[]>(`${CONSENT_SELECT} WHERE case_id = $1 ORDER BY given_on DESC, created_at DESC`, [row.id]),
    ]);
    const consentDtos: CaseConsentDto[] = consents.map(toConsent);
    const scopes = consentDtos.filter((c) => c.active).map((c) => c.scope);
    return {
      id: row.id,
      organisationId: row.organisation_id,
      code: row.code,
      displayPseudonym: row.display_pseudonym,
      title: row.title,
      lifeStoryNote: row.life_story_note,
      burdenNote: row.burden_note,
      visibility: row.visibility,
      team: namedRef(row.team_id, row.team_name),
      author: namedRef(row.author_id, row.author_name),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      chapters: chapters.map(toChapter),
      consents: consentDtos,
      allowedVisibilities: allowedVisibilities(scopes),
      viewerCanEdit: canEdit,
      viewerCanShare: canShare,
    };
  }
}
