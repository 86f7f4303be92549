import {
  anonymise,
  CHECKIN_TOPIC_IDS,
  enoughSources,
  fromEnoughSources,
  HARVEST_DIMENSIONS,
  harvestPeriods,
  harvestTable,
  MIN_GROUP_SIZE,
  shownCount,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../engine/audit/audit.service';
import { NetworkAccess, Viewer } from '../../engine/auth/viewer';
import { networkOthers, visitOfOthers } from '../../engine/privacy/network-others';
import { CountRow } from '../../engine/database/count-row';
import type { EntrepreneurCheckinNoteRow, PeerVisitNoteRow } from '../../engine/database/tables.generated';
import { NetworkHarvestDto } from './dtos/harvest.dto';
import { namesAroundVisits } from './visit-names';
import { obstaclePeriods } from './utils/obstacle-periods';

/** A beeld of a closed report; `day` is the visit's day or, without one, the day it closed (closed reports have that). */
type SharedNoteRow = Pick<PeerVisitNoteRow, 'visit_id' | 'body' | 'finding_type' | 'value_ids' | 'mirror_theme_id'> & { day: string };
type SharedCheckinRow = Pick<EntrepreneurCheckinNoteRow, 'visit_id' | 'topic' | 'body'>;

/**
 * The coordinator's network harvest (domain guide §6.9): only what hosts
 * shared with the network, counted by value, mirror theme and finding type
 * per quarter, the rules that get in the way and the check-in notes their
 * authors shared — anonymised, small groups suppressed (from fewer than five
 * reports or visits nothing is shown), and never a row, score or ranking per
 * organisation.
 */
@Injectable()
export class NetworkHarvestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async harvest(access: NetworkAccess, viewer: Viewer): Promise<NetworkHarvestDto> {
    const language = viewer.preferredLanguage;
    // Visits of other organisations only: the coordinator's own would give small counts of the others away.
    const others = await networkOthers(this.db.manager, access);
    const ofOthers = visitOfOthers('v', '$2');
    const [notes, checkins, [shared]] = await Promise.all([
      this.db.query<SharedNoteRow[]>(
        `SELECT n.visit_id, n.body, n.finding_type, n.value_ids, n.mirror_theme_id, to_char(coalesce(v.visit_date, v.closed_at::date), 'YYYY-MM-DD') AS day
         FROM peer_visit_note n JOIN peer_visit v ON v.id = n.visit_id
         WHERE v.network_id = $1 AND v.report_status = 'closed' AND v.report_visibility = 'network' AND n.deleted_at IS NULL AND n.in_report
           AND ${ofOthers}
         ORDER BY day, n.created_at`,
        [access.networkId, others.own],
      ),
      this.db.query<SharedCheckinRow[]>(
        `SELECT c.visit_id, c.topic, c.body FROM entrepreneur_checkin_note c JOIN peer_visit v ON v.id = c.visit_id
         WHERE c.network_id = $1 AND c.shared_with_network AND v.status <> 'cancelled' AND ${ofOthers} ORDER BY c.updated_at`,
        [access.networkId, others.own],
      ),
      this.db.query<CountRow[]>(
        `SELECT count(*)::int AS count FROM peer_visit v WHERE v.network_id = $1 AND v.report_status = 'closed' AND v.report_visibility = 'network' AND ${ofOthers}`,
        [access.networkId, others.own],
      ),
    ]);
    // Fewer than five shared reports: nothing of them, only that there were fewer than five (one report is one home).
    const enough = enoughSources(shared.count);
    const observations = enough
      ? notes.map((n) => ({
          visitId: n.visit_id,
          date: n.day,
          findingType: n.finding_type,
          valueIds: n.value_ids,
          mirrorThemeId: n.mirror_theme_id,
        }))
      : [];
    // A rule in the way says its quarter only where the tables show that quarter and its count (obstaclePeriods).
    const shownPeriods = new Set(harvestPeriods(observations).shown);
    const byVisit = (row: { visit_id: string }) => row.visit_id;
    const shownObstacles = enough
      ? fromEnoughSources(
          notes.filter((n) => n.finding_type === 'rule_obstacle'),
          byVisit,
        )
      : null;
    const shownCheckins = CHECKIN_TOPIC_IDS.map((topic) => ({
      topic,
      items: fromEnoughSources(
        checkins.filter((c) => c.topic === topic),
        byVisit,
      ),
    }));
    // Only texts that will be shown are masked, against the names around their own visits.
    const visible = [...(shownObstacles ?? []), ...shownCheckins.flatMap((c) => c.items ?? [])];
    const known = await namesAroundVisits(this.db.manager, [...new Set(visible.map((r) => r.visit_id))]);
    await this.audit.record({ action: 'network_harvest_read', personId: viewer.personId });
    return {
      sharedVisits: shownCount(shared.count),
      minimumGroupSize: MIN_GROUP_SIZE,
      ownOrganisationsLeftOut: others.ownNames,
      tables: (enough ? HARVEST_DIMENSIONS : []).map((dimension) => {
        const table = harvestTable(observations, dimension);
        return {
          dimension,
          periods: [...table.periods],
          periodsLeftOut: table.periodsLeftOut,
          rows: table.rows.map((r) => ({ itemId: r.itemId, counts: [...r.counts] })),
        };
      }),
      // Sorted by period and text, so the order tells nothing about which visit or home a text came from.
      ruleObstacles: shownObstacles
        ? obstaclePeriods(
            shownObstacles.map((o) => o.day),
            shownPeriods,
          )
            .map((period, index) => ({ period, text: anonymise(shownObstacles[index].body, known, language) }))
            .sort((a, b) => (a.period ?? '').localeCompare(b.period ?? '') || a.text.localeCompare(b.text, language))
        : null,
      checkins: shownCheckins.map((c) => ({
        topic: c.topic,
        texts: c.items ? c.items.map((i) => anonymise(i.body, known, language)).sort((a, b) => a.localeCompare(b, language)) : null,
      })),
    };
  }
}
