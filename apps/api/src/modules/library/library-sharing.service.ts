import {
  ErrorCode,
  infinitivesIn,
  LIBRARY_AUDIENCES,
  LIBRARY_SOURCE_KINDS,
  LibraryAudience,
  LibrarySourceKind,
  maskIdentifyingDetails,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorIn, AuditService } from '../../engine/audit/audit.service';
import { TenantAccess, Viewer } from '../../engine/auth/viewer';
import { UserError } from '../../engine/graphql/user-error';
import { ContentGuardService } from '../../engine/privacy/content-guard.service';
import { canManage } from '../organisations';
import { namesAroundVisits } from '../peer-visits';
import { findIdentifyingTexts } from './identifying-texts';
import { LibraryCandidateDto, LibraryFindingDto, LibraryItemDto, LibraryShareDraftDto, LibraryShareDto } from './dtos/library.dto';
import { CheckLibraryTextArgs, LibrarySourceInput, ShareInLibraryInput } from './dtos/library.inputs';
import { LibraryDetailsError } from './library-details.error';
import { LibrarySearchService } from './library-search.service';
import { SOURCE_SELECT, SourceRow, STILL_ALLOWED } from './library-sources';
import { audienceRefusal } from './utils/audience-refusal';
import { excerptOf } from './utils/excerpt';
import { ownsSource } from './utils/owns-source';
import type { LibraryItemRow, OrganisationRow } from '../../engine/database/tables.generated';

/** Why a source cannot be shared yet; cases always can. */
const NOT_READY: Partial<Record<LibrarySourceKind, ErrorCode>> = {
  story: 'STORY_NOT_APPROVED',
  lesson: 'LIBRARY_LESSON_NOT_APPROVED',
  mirror_report: 'LIBRARY_REPORT_NOT_CLOSED',
};

interface ShareRow {
  id: string;
  source_kind: LibrarySourceKind;
  source_id: string;
  audience: LibraryAudience;
  shared_at: Date;
  title: string;
  body: string;
  value_ids: string[];
  visible: boolean;
}

/**
 * Sharing in the community library (domain guide §7): the owner picks what
 * to share, reviews the texts with the identifying-details guard — which
 * also looks for the organisation's own name, teams and places — and shares
 * them with the organisation or the network. Only what the guard no longer
 * flags goes in. Who owns what: see owns().
 */
@Injectable()
export class LibrarySharingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly guard: ContentGuardService,
    private readonly search: LibrarySearchService,
    private readonly audit: AuditService,
  ) {}

  /** Everything the viewer may share, with what consent allows now and how it is shared already. */
  async candidates(viewer: Viewer, access: TenantAccess): Promise<LibraryCandidateDto[]> {
    const shares = await this.shares(access.organisationId);
    const lists = await Promise.all(
      LIBRARY_SOURCE_KINDS.map(async (kind) => {
        const rows: SourceRow[] = await this.db.query(`${SOURCE_SELECT[kind]} ORDER BY title`, [access.organisationId, null]);
        return rows.filter((row) => owns(kind, row, viewer, access)).map((row) => candidate(kind, row, shares));
      }),
    );
    return lists.flat();
  }

  /**
   * The anonymisation review: the texts (the shared version when there is
   * one), every finding of the guard, and the texts with each finding
   * replaced by a placeholder, for the owner to check and adjust.
   */
  async draft(viewer: Viewer, access: TenantAccess, input: LibrarySourceInput): Promise<LibraryShareDraftDto> {
    const row = await this.ownedSource(viewer, access, input, this.db.manager);
    const shares = await this.shares(access.organisationId);
    const shared = shares.get(`${input.sourceKind}:${row.id}`);
    const title = shared?.title ?? row.title;
    const body = shared?.body ?? row.body;
    const findings = await this.findings(viewer, access, input.sourceKind, row, title, body, this.db.manager);
    const of = (field: string) => findings.filter((f) => f.field === field);
    return {
      source: candidate(input.sourceKind, row, shares),
      title,
      body,
      findings,
      maskedTitle: maskIdentifyingDetails(title, of('title'), viewer.preferredLanguage),
      maskedBody: maskIdentifyingDetails(body, of('body'), viewer.preferredLanguage),
      suggestedValueIds: shared?.value_ids ?? row.value_ids,
    };
  }

  /** The guard over texts being reviewed, with the same names the share itself is checked against. */
  async check(viewer: Viewer, access: TenantAccess, input: CheckLibraryTextArgs): Promise<LibraryFindingDto[]> {
    const row = await this.ownedSource(viewer, access, input, this.db.manager);
    return this.findings(viewer, access, input.sourceKind, row, input.title, input.body, this.db.manager);
  }

  /** Shares (or shares anew, replacing the text) once the owner, the source's readiness, consent and the guard allow it. */
  async share(viewer: Viewer, access: TenantAccess, input: ShareInLibraryInput): Promise<LibraryItemDto> {
    const language = viewer.preferredLanguage;
    const itemId = await this.db.transaction(async (manager) => {
      const row = await this.ownedSource(viewer, access, input, manager);
      if (!row.ready) throw new UserError(NOT_READY[input.sourceKind] ?? 'NOT_FOUND');
      if (!row.audiences.includes(input.audience)) throw audienceRefusal(input.sourceKind, input.audience, language);
      if (input.audience === 'network') {
        const [organisation] = await manager.query<Pick<OrganisationRow, 'network_id'>[]>(
          `SELECT network_id FROM organisation WHERE id = $1`,
          [access.organisationId],
        );
        if (!organisation.network_id) throw new UserError('NETWORK_REQUIRED');
      }
      const findings = await this.findings(viewer, access, input.sourceKind, row, input.title, input.body, manager);
      if (findings.length > 0) throw new LibraryDetailsError(findings);
      const [item] = await manager.query<Pick<LibraryItemRow, 'id'>[]>(
        `INSERT INTO library_item (organisation_id, source_kind, source_id, source_revision, audience, team_id, title, body, search_extra, value_ids, shared_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT ON CONSTRAINT library_item_source_uq DO UPDATE SET source_revision = EXCLUDED.source_revision, audience = EXCLUDED.audience,
           team_id = EXCLUDED.team_id, title = EXCLUDED.title, body = EXCLUDED.body, search_extra = EXCLUDED.search_extra, value_ids = EXCLUDED.value_ids,
           shared_by = EXCLUDED.shared_by, shared_at = now()
         RETURNING id`,
        [
          access.organisationId,
          input.sourceKind,
          row.id,
          row.revision,
          input.audience,
          row.team_id,
          input.title,
          input.body,
          infinitivesIn(`${input.title} ${input.body}`),
          input.valueIds,
          viewer.personId,
        ],
      );
      await this.audit.recordOn('library_item_shared', actorIn(access, viewer), { type: 'library_item', id: item.id }, manager);
      return item.id;
    });
    return this.search.item(await this.search.forOrganisation(access.organisationId, viewer.personId), itemId);
  }

  /** Takes an item out of the library at once: by its owner, whoever shared it, or a manager. */
  async withdraw(viewer: Viewer, access: TenantAccess, itemId: string): Promise<boolean> {
    await this.db.transaction(async (manager) => {
      const [item] = await manager.query<Pick<LibraryItemRow, 'id' | 'source_kind' | 'source_id' | 'shared_by'>[]>(
        `SELECT id, source_kind, source_id, shared_by FROM library_item WHERE id = $1 AND organisation_id = $2 FOR UPDATE`,
        [itemId, access.organisationId],
      );
      if (!item) throw new UserError('NOT_FOUND');
      const [row] = await manager.query<SourceRow[]>(SOURCE_SELECT[item.source_kind], [access.organisationId, item.source_id]);
      const allowed = item.shared_by === viewer.personId || canManage(access.roles) || (row && owns(item.source_kind, row, viewer, access));
      if (!allowed) throw new UserError('LIBRARY_NOT_OWNER');
      await manager.query(`DELETE FROM library_item WHERE id = $1`, [itemId]);
      await this.audit.recordOn('library_item_withdrawn', actorIn(access, viewer), { type: 'library_item', id: itemId }, manager);
    });
    return true;
  }

  private async ownedSource(viewer: Viewer, access: TenantAccess, input: LibrarySourceInput, manager: EntityManager): Promise<SourceRow> {
    const [row]: SourceRow[] = await manager.query(SOURCE_SELECT[input.sourceKind], [access.organisationId, input.sourceId]);
    if (!row) throw new UserError('NOT_FOUND');
    if (!owns(input.sourceKind, row, viewer, access)) throw new UserError('LIBRARY_NOT_OWNER');
    return row;
  }

  /** The organisation's shares, by `kind:sourceId`, with whether each may be shown now. */
  private async shares(organisationId: string): Promise<Map<string, ShareRow>> {
    const rows: ShareRow[] = await this.db.query(
      `SELECT li.id, li.source_kind, li.source_id, li.audience, li.shared_at, li.title, li.body, li.value_ids, coalesce(${STILL_ALLOWED}, false) AS visible
       FROM library_item li WHERE li.organisation_id = $1`,
      [organisationId],
    );
    return new Map(rows.map((r) => [`${r.source_kind}:${r.source_id}`, r]));
  }

  /**
   * The guard for what leaves the team: the organisation's people and
   * register, the source's teller, and the organisation's own name, teams,
   * locations and places.
   */
  private async findings(
    viewer: Viewer,
    access: TenantAccess,
    kind: LibrarySourceKind,
    source: SourceRow,
    title: string,
    body: string,
    manager: EntityManager,
  ) {
    const places: { name: string }[] = await manager.query(
      `SELECT name FROM organisation WHERE id = $1 UNION SELECT name FROM team WHERE organisation_id = $1
       UNION SELECT name FROM location WHERE organisation_id = $1 UNION SELECT place FROM location WHERE organisation_id = $1 AND place <> ''`,
      [access.organisationId],
    );
    // A mirror report also speaks of the visitors: their people and places, as the peer visits mask them.
    const visit = kind === 'mirror_report' ? await namesAroundVisits(manager, [source.id]) : { people: [], places: [] };
    return findIdentifyingTexts(
      this.guard,
      access.organisationId,
      [
        { field: 'title', text: title, pseudonym: false },
        { field: 'body', text: body, pseudonym: false },
      ],
      { people: [...source.people, ...visit.people], places: [...places.map((p) => p.name), ...visit.places] },
      viewer.preferredLanguage,
      manager,
    );
  }
}

/** The owner decides (ownsSource), on the source row as SOURCE_SELECT reads it. */
function owns(kind: LibrarySourceKind, row: SourceRow, viewer: Viewer, access: TenantAccess): boolean {
  return ownsSource(kind, row.owner_id, viewer.personId, access.roles);
}

function candidate(kind: LibrarySourceKind, row: SourceRow, shares: Map<string, ShareRow>): LibraryCandidateDto {
  const shared = shares.get(`${kind}:${row.id}`);
  const share: LibraryShareDto | null = shared
    ? { itemId: shared.id, audience: shared.audience, sharedAt: shared.shared_at, visibleNow: shared.visible }
    : null;
  return {
    kind,
    sourceId: row.id,
    title: row.title,
    excerpt: excerptOf(row.body),
    ready: row.ready,
    allowedAudiences: row.ready ? LIBRARY_AUDIENCES.filter((a) => row.audiences.includes(a)) : [],
    share,
  };
}
