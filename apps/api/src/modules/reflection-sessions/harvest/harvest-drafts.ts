import { harvestDraftTarget, LocalizedText, MethodPhase, phaseBehaviour } from '@kring/domain';
import { EntityManager } from 'typeorm';
import type { HarvestDraftRow } from '../../../engine/database/tables.generated';
import { HarvestDraftDto } from '../dtos/session.dto';

/**
 * The harvest gathers itself: when the room leaves a phase whose behaviour
 * sends its entries to the harvest (harvestFlow), every written entry of that
 * phase arrives as a draft for the moderator. Questions stay with the teller.
 * An entry gathered before is not gathered twice (harvest_draft_entry_uq):
 * going back to the phase and on again adds what is new and brings a changed
 * card's draft up to date; a card taken away takes its draft along (the
 * foreign key cascades). An entry kept
 * through an escalation prompt brings its flag along: the moderator sees it on
 * the draft and confirms it before taking the draft over (mayHarvestFlagged).
 */
export async function gatherHarvestDrafts(
  manager: EntityManager,
  session: { id: string; method_snapshot: { phases: readonly MethodPhase[] } },
  phaseIndex: number,
): Promise<void> {
  const phases = session.method_snapshot.phases;
  const target = harvestDraftTarget(phaseBehaviour(phases, phaseIndex).harvestFlow);
  if (!target) return;
  await manager.query(
    `INSERT INTO harvest_draft (organisation_id, session_id, phase_id, source_entry_id, target, body, flagged, created_at)
     SELECT organisation_id, session_id, phase_id, id, $3, body, flagged, created_at FROM session_entry
     WHERE session_id = $1 AND phase_id = $2 AND kind <> 'question' AND btrim(body) <> ''
     ON CONFLICT ON CONSTRAINT harvest_draft_entry_uq DO UPDATE SET body = EXCLUDED.body, flagged = EXCLUDED.flagged
       WHERE (harvest_draft.body, harvest_draft.flagged) IS DISTINCT FROM (EXCLUDED.body, EXCLUDED.flagged)`,
    [session.id, phases[phaseIndex].id, target],
  );
}

type DraftRow = Pick<HarvestDraftRow, 'id' | 'target' | 'body' | 'phase_id' | 'flagged'>;

/** The session's drafts in the order they were written, with the phase named as the method names it. */
export async function sessionDrafts(
  manager: EntityManager,
  session: { id: string; method_snapshot: { phases: readonly MethodPhase[] } },
): Promise<HarvestDraftDto[]> {
  const rows: DraftRow[] = await manager.query(
    `SELECT id, target, body, phase_id, flagged FROM harvest_draft WHERE session_id = $1 ORDER BY created_at, id`,
    [session.id],
  );
  const titles = new Map<string, LocalizedText>(session.method_snapshot.phases.map((p) => [p.id, p.title]));
  return rows.map((row) => ({
    id: row.id,
    target: row.target,
    body: row.body,
    flagged: row.flagged,
    phaseTitle: titles.get(row.phase_id) ?? { nl: row.phase_id, en: row.phase_id },
  }));
}
