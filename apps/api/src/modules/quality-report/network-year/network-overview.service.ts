import {
  anonymise,
  HARVEST_DIMENSIONS,
  HARVEST_THEMES,
  HarvestObservation,
  Language,
  fromEnoughSources,
  enoughSources,
  MIN_GROUP_SIZE,
  PRACTICE_STATUS_LABELS,
  PRACTICE_STATUSES,
  Role,
  ROLE_LABELS,
  tooFewOrganisations,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../../engine/audit/audit.service';
import { CountRow } from '../../../engine/database/count-row';
import type {
  LearningNetworkRow,
  MembershipRow,
  MirrorConversationRow,
  MirrorHarvestThemeRow,
  PeerVisitNoteRow,
  PeerVisitRow,
  PracticeRow,
} from '../../../engine/database/tables.generated';
import { NetworkAccess, Viewer } from '../../../engine/auth/viewer';
import { networkOthers, visitOfOthers } from '../../../engine/privacy/network-others';
import { NetworkYearOverviewDto, SuppressedCountDto } from '../dtos/network-overview.dto';
import { consentedQuotes, themeName } from '../organisation-year/relatives-voice';
import { ReportExport } from '../organisation-year/quality-report.service';
import { firstYearWithData } from '../first-year-with-data';
import { checkReportYear, dayInYear, VISIT_HELD, momentInYear } from '../report-year';
import { overviewHarvestTable } from './utils/overview-harvest-table';
import { MethodCountRow, sessionsByMethod } from './utils/sessions-by-method';

/**
 * The organisations a count came from (`array_agg(DISTINCT …::text)`, empty for none): the network rule
 * (tooFewOrganisations) is about the organisations that showed something, not about the members.
 */
type FromOrganisations = { organisations: string[] };
/** The organisations of a count over all its rows, as FromOrganisations (an aggregate over no rows gives none). */
const FROM_ORGANISATIONS = (column: string) => `coalesce(array_agg(DISTINCT ${column}::text), '{}') AS organisations`;
/** An inner join on membership: people who left are not counted here, so `role` is set. */
type RoleCountRow = Pick<MembershipRow, 'role'> & CountRow;
type ThemeCountRow = Pick<MirrorHarvestThemeRow, 'theme_id'> & CountRow;
type StatusCountRow = Pick<PracticeRow, 'status'> & CountRow & FromOrganisations;
type ApprovedConversationRow = Pick<MirrorConversationRow, 'id' | 'organisation_id'>;
/** A name the quotes must not carry: of a person, resident, relative, organisation, location, place or team. */
type NameRow = { name: string };
/** A shared observation; `date` is the visit's day as text (dayInYear needs the day, so it is set). */
type SharedNoteRow = Pick<PeerVisitNoteRow, 'finding_type' | 'value_ids' | 'mirror_theme_id'> & {
  visit_id: PeerVisitRow['id'];
  host_id: PeerVisitRow['organisation_id'];
  date: string;
};

/** The count in the row whose `key` is `id`; no row means none. */
function countWhere<K extends string>(rows: readonly (CountRow & { [key in K]: string })[], key: K, id: string): number {
  return rows.find((r) => r[key] === id)?.count ?? 0;
}

/**
 * The year overview of a learning network for its coordinator (domain guide
 * §6.9, §8): what the organisations did and heard together, as patterns.
 * Nothing is broken down by organisation and nothing is ranked; every count
 * below the minimum group size is suppressed; relatives' quotes appear only
 * with their consent to share in the network, anonymised, and only when
 * there are enough of them that none points at a home. And by the network
 * rule the patterns apply to a quarter (tooFewOrganisations), the year shows
 * no figures at all when fewer than five organisations showed something in it.
 */
@Injectable()
export class NetworkOverviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async overview(access: NetworkAccess, viewer: Viewer, year: number, how: ReportExport): Promise<NetworkYearOverviewDto> {
    checkReportYear(year);
    const language = viewer.preferredLanguage;
    const db = this.db.manager;
    // Counted over the other organisations: the coordinator's own would give small counts of the others away.
    const [[network], others] = await Promise.all([
      db.query<Pick<LearningNetworkRow, 'name'>[]>(`SELECT name FROM learning_network WHERE id = $1`, [access.networkId]),
      networkOthers(db, access),
    ]);
    const organisations = others.counted;
    const args = [organisations, year];
    const [firstYear, methods, roles, [conversations], themes, approved, [visits], practices, shared] = await Promise.all([
      firstYearWithData(db, organisations),
      db.query<(MethodCountRow & FromOrganisations)[]>(
        `SELECT s.method_id, count(*)::int AS count, ${FROM_ORGANISATIONS('s.organisation_id')} FROM reflection_session s
         WHERE s.organisation_id = ANY($1::uuid[]) AND s.status = 'closed' AND ${momentInYear('coalesce(s.started_at, s.scheduled_at)', '$2')}
         GROUP BY s.method_id`,
        args,
      ),
      db.query<RoleCountRow[]>(
        `SELECT m.role, count(DISTINCT sp.person_id)::int AS count
         FROM session_participant sp JOIN reflection_session s ON s.id = sp.session_id
         JOIN membership m ON m.person_id = sp.person_id AND m.organisation_id = s.organisation_id
         WHERE s.organisation_id = ANY($1::uuid[]) AND s.status = 'closed' AND ${momentInYear('coalesce(s.started_at, s.scheduled_at)', '$2')}
         GROUP BY m.role`,
        args,
      ),
      db.query<(CountRow & FromOrganisations)[]>(
        `SELECT count(*)::int AS count, ${FROM_ORGANISATIONS('c.organisation_id')} FROM mirror_conversation c
         WHERE c.organisation_id = ANY($1::uuid[]) AND c.status IN ('ended', 'approved') AND ${momentInYear('coalesce(c.started_at, c.scheduled_at)', '$2')}`,
        args,
      ),
      db.query<ThemeCountRow[]>(
        `SELECT h.theme_id, count(DISTINCT h.conversation_id)::int AS count FROM mirror_harvest_theme h JOIN mirror_conversation c ON c.id = h.conversation_id
         WHERE c.organisation_id = ANY($1::uuid[]) AND c.status = 'approved' AND ${momentInYear('c.harvest_approved_at', '$2')} GROUP BY h.theme_id`,
        args,
      ),
      // The harvests approved in the year: their themes are counted above, their quotes below.
      db.query<ApprovedConversationRow[]>(
        `SELECT c.id, c.organisation_id FROM mirror_conversation c
         WHERE c.organisation_id = ANY($1::uuid[]) AND c.status = 'approved' AND ${momentInYear('c.harvest_approved_at', '$2')}`,
        args,
      ),
      // A visit shows something of its host, as the patterns count its beelden for the host.
      db.query<(CountRow & FromOrganisations)[]>(
        `SELECT count(*)::int AS count, ${FROM_ORGANISATIONS('v.organisation_id')} FROM peer_visit v
         WHERE v.network_id = $1 AND ${VISIT_HELD} AND ${dayInYear('v.visit_date', '$2')} AND ${visitOfOthers('v', '$3')}`,
        [access.networkId, year, others.own],
      ),
      db.query<StatusCountRow[]>(
        `SELECT p.status, count(*)::int AS count, ${FROM_ORGANISATIONS('p.organisation_id')} FROM practice p
         WHERE p.organisation_id = ANY($1::uuid[]) AND ${momentInYear('p.created_at', '$2')} GROUP BY p.status`,
        args,
      ),
      this.sharedObservations(db, access.networkId, others.own, year),
    ]);
    await this.audit.recordOn(`network_overview_${how}`, { personId: viewer.personId }, { type: 'learning_network', id: access.networkId });

    // Every count above is over these organisations (participants and themes over some of theirs).
    const showedSomething = new Set([
      ...[...methods, conversations, visits, ...practices].flatMap((row) => row.organisations),
      ...approved.map((c) => c.organisation_id),
      ...shared.hosts,
    ]);
    const header = {
      networkName: network.name,
      year,
      firstYear,
      generatedAt: new Date(),
      minimumGroupSize: MIN_GROUP_SIZE,
      organisations: showedSomething.size,
      ownOrganisationsLeftOut: others.ownNames,
    };
    // Not even "minder dan 5": that would say 0–4 of counts that may be large, and they are one or two homes' year.
    if (tooFewOrganisations(showedSomething.size))
      return {
        ...header,
        sessionsHeld: null,
        sessionsByMethod: [],
        participantsByRole: [],
        mirrorConversationsHeld: null,
        relativesVoiceThemes: [],
        networkQuotes: null,
        visitsHeld: null,
        visitHarvest: [],
        practicesByStatus: [],
      };

    const quotes = await this.networkQuotes(
      db,
      approved.map((c) => c.id),
      others.all,
      language,
    );
    // The counts as they are: the DTO declares them @SuppressedNumber, so GraphQL and the exports (SmallNumbers.inExport)
    // show "minder dan 5" under five, by the one rule.
    return {
      ...header,
      sessionsHeld: methods.reduce((sum, m) => sum + m.count, 0),
      sessionsByMethod: sessionsByMethod(methods, language),
      participantsByRole: (Object.keys(ROLE_LABELS) as Role[])
        .filter((role) => role !== 'network_coordinator')
        .map((role) => ({ label: ROLE_LABELS[role][language], count: countWhere(roles, 'role', role) })),
      mirrorConversationsHeld: conversations.count,
      relativesVoiceThemes: HARVEST_THEMES.map((t) => ({
        label: themeName(t.id, language),
        count: countWhere(themes, 'theme_id', t.id),
      })),
      networkQuotes: quotes,
      visitsHeld: visits.count,
      visitHarvest: HARVEST_DIMENSIONS.map((dimension) => overviewHarvestTable(shared.observations, dimension, language)),
      practicesByStatus: PRACTICE_STATUSES.map((status): SuppressedCountDto => ({
        label: PRACTICE_STATUS_LABELS[status][language],
        count: countWhere(practices, 'status', status),
      })),
    };
  }

  /**
   * Quotes relatives consented to share in the network, from the harvests of
   * the counted organisations approved in the year (`conversations`),
   * anonymised with the names of every organisation, location and person the
   * network knows (`masked`), and sorted by their text so neither date nor
   * home can be read from the order.
   */
  private async networkQuotes(db: EntityManager, conversations: string[], masked: string[], language: Language): Promise<string[] | null> {
    const quotes = await consentedQuotes(db, conversations, 'network');
    // Quotes from fewer than five conversations point at a home, however many there are.
    const shown = fromEnoughSources(quotes, (quote) => quote.conversationId);
    if (!shown) return null;
    const [people, places] = await Promise.all([
      db.query<NameRow[]>(
        `SELECT p.display_name AS name FROM membership m JOIN person p ON p.id = m.person_id WHERE m.organisation_id = ANY($1::uuid[])
         UNION SELECT unnest(watch_names) FROM resident_register WHERE organisation_id = ANY($1::uuid[])
         UNION SELECT display_name FROM mirror_participant WHERE organisation_id = ANY($1::uuid[])`,
        [masked],
      ),
      db.query<NameRow[]>(
        `SELECT name FROM organisation WHERE id = ANY($1::uuid[])
         UNION SELECT name FROM location WHERE organisation_id = ANY($1::uuid[])
         UNION SELECT place FROM location WHERE organisation_id = ANY($1::uuid[]) AND place <> ''
         UNION SELECT name FROM team WHERE organisation_id = ANY($1::uuid[])`,
        [masked],
      ),
    ]);
    const names = { people: people.map((r) => r.name), places: places.map((r) => r.name) };
    return shown.map((q) => anonymise(q.body, names, language)).sort((a, b) => a.localeCompare(b, language));
  }

  /**
   * Beelden in closed mirror reports whose host shared them with the network (the same source as the network harvest),
   * of visits without the reader's organisations (`own`), and the hosts they show something of (even when too few
   * reports leave the beelden out).
   */
  private async sharedObservations(
    db: EntityManager,
    networkId: string,
    own: string[],
    year: number,
  ): Promise<{ observations: HarvestObservation[]; hosts: string[] }> {
    const rows: SharedNoteRow[] = await db.query(
      `SELECT v.id AS visit_id, v.organisation_id AS host_id, v.visit_date::text AS date, n.finding_type, n.value_ids, n.mirror_theme_id
       FROM peer_visit_note n JOIN peer_visit v ON v.id = n.visit_id
       WHERE v.network_id = $1 AND v.report_status = 'closed' AND v.report_visibility = 'network' AND ${dayInYear('v.visit_date', '$2')}
         AND n.deleted_at IS NULL AND n.in_report AND ${visitOfOthers('v', '$3')}`,
      [networkId, year, own],
    );
    const hosts = rows.map((r) => r.host_id);
    // Beelden from fewer than five reports are left out entirely: one report is one home.
    if (!enoughSources(new Set(rows.map((r) => r.visit_id)).size)) return { observations: [], hosts };
    const observations = rows.map((r) => ({
      visitId: r.visit_id,
      date: r.date,
      findingType: r.finding_type,
      valueIds: r.value_ids,
      mirrorThemeId: r.mirror_theme_id,
    }));
    return { observations, hosts };
  }
}
