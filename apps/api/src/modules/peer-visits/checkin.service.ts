import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NetworkAccess, Viewer } from '../../engine/auth/viewer';
import type { EntrepreneurCheckinNoteRow, PersonRow } from '../../engine/database/tables.generated';
import { CheckinNoteDto, EntrepreneurCheckinDto, SaveCheckinNoteInput } from './dtos/checkin.dto';
import { requireNotCancelled, VisitContext, visitFor } from './visit-access';

/** A check-in note with its author's name (an inner join: notes go with their author). */
type CheckinNoteRow = EntrepreneurCheckinNoteRow & Pick<PersonRow, 'display_name'>;

function checkinNoteDto(r: CheckinNoteRow, viewerId: string): CheckinNoteDto {
  return {
    id: r.id,
    topic: r.topic,
    body: r.body,
    author: r.display_name,
    mine: r.author_id === viewerId,
    sharedWithNetwork: r.shared_with_network,
    updatedAt: r.updated_at,
  };
}

/**
 * The entrepreneurs' check-in (domain guide §6.8): open notes on continuity,
 * staying small, specialist expertise and fit with rules and contracts.
 * Only the two entrepreneurs see them; an author may share a note with the
 * network harvest, where it appears anonymised.
 */
/** Only the two entrepreneurs: everyone else, the visiting team and the coordinator included, meets a visit without a check-in. */
const isEntrepreneur = (context: VisitContext) => context.host || context.visitingEntrepreneur;

@Injectable()
export class CheckinService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async checkin(access: NetworkAccess, viewer: Viewer, visitId: string): Promise<EntrepreneurCheckinDto> {
    await visitFor(isEntrepreneur, this.db.manager, access, viewer, visitId);
    return this.notes(visitId, viewer);
  }

  private async notes(visitId: string, viewer: Viewer): Promise<EntrepreneurCheckinDto> {
    const rows: CheckinNoteRow[] = await this.db.query(
      `SELECT c.*, p.display_name FROM entrepreneur_checkin_note c JOIN person p ON p.id = c.author_id WHERE c.visit_id = $1
       ORDER BY array_position(ARRAY['continuity', 'staying_small', 'specialist_expertise', 'rules_and_contracts'], c.topic), c.updated_at`,
      [visitId],
    );
    return {
      visitId,
      notes: rows.map((r) => checkinNoteDto(r, viewer.personId)),
    };
  }

  async save(access: NetworkAccess, viewer: Viewer, input: SaveCheckinNoteInput): Promise<EntrepreneurCheckinDto> {
    await this.db.transaction(async (manager) => {
      const context = await visitFor(isEntrepreneur, manager, access, viewer, input.visitId, true);
      requireNotCancelled(context);
      if (!input.body) {
        await manager.query(`DELETE FROM entrepreneur_checkin_note WHERE visit_id = $1 AND author_id = $2 AND topic = $3`, [
          input.visitId,
          viewer.personId,
          input.topic,
        ]);
        return;
      }
      const organisationId = context.host ? context.visit.organisation_id : context.visit.visiting_organisation_id;
      await manager.query(
        `INSERT INTO entrepreneur_checkin_note (visit_id, network_id, organisation_id, author_id, topic, body, shared_with_network, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now())
         ON CONFLICT (visit_id, author_id, topic) DO UPDATE SET body = EXCLUDED.body, shared_with_network = EXCLUDED.shared_with_network, updated_at = now()`,
        [input.visitId, access.networkId, organisationId, viewer.personId, input.topic, input.body, input.sharedWithNetwork],
      );
    });
    return this.notes(input.visitId, viewer);
  }
}
