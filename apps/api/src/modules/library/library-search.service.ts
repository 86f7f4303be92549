import { LIBRARY_LIMITS, valueFilterIds } from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../engine/audit/audit.service';
import { UserError } from '../../engine/graphql/user-error';
import { LibraryItemDto, LibrarySearchResultDto } from './dtos/library.dto';
import { LibrarySearchInput } from './dtos/library.inputs';
import { HEADLINE_OPTIONS, ITEM_COLUMNS, ITEM_FROM, ITEM_JOINS, ItemRow, openingOf, SearchContext, toHit, VISIBLE_ITEM } from './library-rows';

type Filters = Omit<LibrarySearchInput, 'organisationId'>;

/**
 * Dutch full-text search over the community library (PostgreSQL's `dutch`
 * configuration: stemming and stop words, so "bewoner" finds "bewoners" and
 * "wandelde" finds "wandelen"), ranked with ts_rank, with highlighted
 * snippets from ts_headline. Permissions and consent are part of the query
 * (VISIBLE_ITEM), so no result ever depends on a stale copy.
 */
@Injectable()
export class LibrarySearchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The organisation's own items and what its learning network shares. */
  async forOrganisation(organisationId: string): Promise<SearchContext> {
    const [row] = await this.db.query(`SELECT network_id FROM organisation WHERE id = $1`, [organisationId]);
    return { ownOrganisationId: organisationId, networkId: row?.network_id ?? null };
  }

  async search(context: SearchContext, filters: Filters): Promise<LibrarySearchResultDto> {
    const rows: (ItemRow & { total: string; headline: string | null; opening: string })[] = await this.db.query(
      `WITH q AS (SELECT websearch_to_tsquery('dutch', $3) AS query),
       hits AS (
         SELECT li.id, li.shared_at, CASE WHEN numnode(q.query) = 0 THEN 0 ELSE ts_rank(li.search_vector, q.query) END AS rank, count(*) OVER () AS total
         FROM ${ITEM_FROM}, q
         WHERE ${VISIBLE_ITEM}
           AND (numnode(q.query) = 0 OR li.search_vector @@ q.query)
           AND (cardinality($4::text[]) = 0 OR li.value_ids && $4)
           AND (cardinality($5::text[]) = 0 OR o.kind = ANY($5))
           AND (cardinality($6::text[]) = 0 OR l.kind = ANY($6))
           AND (cardinality($7::text[]) = 0 OR o.client_groups && $7)
           AND (cardinality($8::text[]) = 0 OR li.source_kind = ANY($8))
         ORDER BY rank DESC, li.shared_at DESC, li.id
         LIMIT $9
       )
       SELECT ${ITEM_COLUMNS}, hits.total,
         CASE WHEN numnode(q.query) = 0 THEN NULL ELSE ts_headline('dutch', li.body, q.query, $10) END AS headline,
         left(li.body, 400) AS opening
       FROM hits JOIN library_item li ON li.id = hits.id ${ITEM_JOINS}, q
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
        LIBRARY_LIMITS.results,
        HEADLINE_OPTIONS,
      ],
    );
    return {
      total: rows.length ? Number(rows[0].total) : 0,
      hits: rows.map((row) => toHit(row, context, row.headline ?? openingOf(row.opening))),
    };
  }

  /** One item in full, if the context may see it now; the reading is recorded (who read what, never the content). */
  async read(context: SearchContext, itemId: string, personId: string): Promise<LibraryItemDto> {
    const [row]: (ItemRow & { body: string })[] = await this.db.query(`SELECT ${ITEM_COLUMNS}, li.body FROM ${ITEM_FROM} WHERE li.id = $3 AND ${VISIBLE_ITEM}`, [
      context.ownOrganisationId,
      context.networkId,
      itemId,
    ]);
    if (!row) throw new UserError('NOT_FOUND');
    await this.audit.record({ action: 'library_item_read', organisationId: context.ownOrganisationId, personId, subjectType: 'library_item', subjectId: itemId });
    return { ...toHit(row, context, openingOf(row.body)), body: row.body };
  }
}
