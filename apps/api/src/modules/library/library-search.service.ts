import { LIBRARY_LIMITS, searchWithInfinitives, valueFilterIds } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../engine/audit/audit.service';
import { UserError } from '../../engine/graphql/user-error';
import { LibraryItemDto, LibrarySearchResultDto } from './dtos/library.dto';
import { LibrarySearchInput } from './dtos/library.inputs';
import {
  HEADLINE_OPTIONS,
  ITEM_COLUMNS,
  ITEM_FROM,
  ITEM_JOINS,
  ItemRow,
  openingOf,
  SETTING_FILTERS,
  SearchContext,
  SHARED_WITH,
  toHit,
  visibleItem,
} from './library-rows';
import { allowedForReader } from './library-sources';
import type { OrganisationRow } from '../../engine/database/tables.generated';

type Filters = Omit<LibrarySearchInput, 'organisationId'>;

/**
 * Dutch full-text search over the community library (PostgreSQL's `dutch`
 * configuration: stemming and stop words, so "bewoner" finds "bewoners" and
 * "wandelde" finds "wandelen"), ranked with ts_rank, with highlighted
 * snippets from ts_headline. Permissions and consent are part of the query
 * (visibleItem), so no result ever depends on a stale copy.
 */
@Injectable()
export class LibrarySearchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The organisation's own items and what its learning network shares. */
  async forOrganisation(organisationId: string, readerId: string): Promise<SearchContext> {
    const [row] = await this.db.query<Pick<OrganisationRow, 'network_id'>[]>(`SELECT network_id FROM organisation WHERE id = $1`, [
      organisationId,
    ]);
    return { ownOrganisationId: organisationId, networkId: row?.network_id ?? null, readerId };
  }

  /**
   * The best matches the context may see now, and whether there are more.
   * With search words, the GIN index finds the matches and ts_rank orders
   * them; without, the newest items come first. Consent is then checked in
   * that order only until the page is full: the OFFSET 0 keeps PostgreSQL
   * from checking it for every match before sorting (see bench:search).
   */
  async search(context: SearchContext, filters: Filters): Promise<LibrarySearchResultDto> {
    const words = filters.query.trim() !== '';
    // As a scalar subquery the query is computed once, and the index can be used with it.
    const query = `(SELECT query FROM q)`;
    const rows: (ItemRow & { headline: string | null; opening: string })[] = await this.db.query(
      // The words as typed, or with past-tense words in the infinitive ($10): "wandelde" also finds "wandelen".
      `WITH q AS (SELECT CASE WHEN $10::text IS NULL THEN websearch_to_tsquery('dutch', $3)
                     ELSE websearch_to_tsquery('dutch', $3) || websearch_to_tsquery('dutch', $10) END AS query),
       hits AS (
         SELECT li.id, li.shared_at, li.rank FROM (
           SELECT li.id, li.organisation_id, li.shared_by, li.source_kind, li.source_id, li.source_revision, li.audience, li.shared_at,
             ${words ? `ts_rank(li.search_vector, ${query})` : '0'} AS rank
           FROM ${ITEM_FROM}
           WHERE ${SHARED_WITH}
             AND ${words ? `li.search_vector @@ ${query}` : 'true'}
             AND (cardinality($4::text[]) = 0 OR li.value_ids && $4)
             AND ${SETTING_FILTERS}
             AND (cardinality($8::text[]) = 0 OR li.source_kind = ANY($8))
           ORDER BY rank DESC, li.shared_at DESC, li.id
           OFFSET 0
         ) li
         WHERE ${allowedForReader('$11')}
         ORDER BY li.rank DESC, li.shared_at DESC, li.id
         LIMIT $9
       )
       SELECT ${ITEM_COLUMNS},
         ${words ? `ts_headline('dutch', li.body, ${query}, '${HEADLINE_OPTIONS}')` : 'NULL'} AS headline,
         left(li.body, 400) AS opening
       FROM hits JOIN library_item li ON li.id = hits.id ${ITEM_JOINS}
       ORDER BY hits.rank DESC, hits.shared_at DESC, hits.id`,
      [
        context.ownOrganisationId,
        context.networkId,
        filters.query,
        valueFilterIds(filters.valueIds),
        filters.organisationKinds,
        filters.locationKinds,
        filters.clientGroups,
        filters.sourceKinds,
        // One more than a page, to know whether there are more.
        LIBRARY_LIMITS.results + 1,
        searchWithInfinitives(filters.query),
        context.readerId,
      ],
    );
    return {
      more: rows.length > LIBRARY_LIMITS.results,
      hits: rows.slice(0, LIBRARY_LIMITS.results).map((row) => toHit(row, context, row.headline ?? openingOf(row.opening))),
    };
  }

  /** One item in full, if the context may see it now; the reading is recorded (who read what, never the content). */
  async read(context: SearchContext, itemId: string, personId: string): Promise<LibraryItemDto> {
    const item = await this.item(context, itemId);
    await this.audit.recordOn(
      'library_item_read',
      { organisationId: context.ownOrganisationId, personId },
      { type: 'library_item', id: itemId },
    );
    return item;
  }

  /** One item in full, if the context may see it now. */
  async item(context: SearchContext, itemId: string): Promise<LibraryItemDto> {
    const [row]: (ItemRow & { body: string })[] = await this.db.query(
      `SELECT ${ITEM_COLUMNS}, li.body FROM ${ITEM_FROM} WHERE li.id = $3 AND ${visibleItem('$4')}`,
      [context.ownOrganisationId, context.networkId, itemId, context.readerId],
    );
    if (!row) throw new UserError('NOT_FOUND');
    return { ...toHit(row, context, openingOf(row.body)), body: row.body };
  }
}
