import {
  EscalationAudience,
  EscalationChoice,
  EscalationProcedure,
  escalationProcedureText,
  EscalationSignal,
  Language,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { KringRequest } from '../auth/viewer';
import type { EscalationPromptRow, OrganisationRow } from '../database/tables.generated';
import { updateReturning } from '../database/update-returning';
import { UserError } from '../graphql/user-error';
import { EscalationPromptError } from './content-guard.errors';
import { LinkVisitors } from './link-visitors';

/**
 * Who sees an escalation prompt: a person (staff, a member), a relative
 * through their personal link (the mirror_participant it opens), or a
 * storyteller through theirs (the story it opens). Exactly one of the three.
 */
interface EscalationWitness {
  readonly organisationId: string;
  readonly personId?: string;
  readonly participantId?: string;
  readonly storyId?: string;
}

/** Where the text was typed and by whom; `keep`: the author chose "Toch bewaren" (KEEP_FLAGGED_FIELD). */
export interface EscalationCheck {
  /** The operation or live command, e.g. "Mutation.saveRelativeResponse" or "mirror:capture". */
  readonly surface: string;
  /** Null only where no organisation is known (a signed-in person's own profile): a flagged text there is a programming error. */
  readonly witness: EscalationWitness | null;
  /** For the whole save, or per field path (a notebook sync: each note's own "Toch bewaren"). */
  readonly keep: boolean | ReadonlySet<string>;
  /** The prompt this keep answers (ESCALATION_PROMPT_FIELD), when the screen had one. */
  readonly answers?: string | null;
}

/** A prompt as `remove` reads it: where and to whom it was shown, and the choice if one was made. */
type ShownPrompt = Pick<EscalationPromptRow, 'surface' | 'shown_to_person' | 'shown_to_participant' | 'shown_to_storyteller_of' | 'choice'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The escalation guardrail on the server (issue #9 item 3): the
 * organisation's own procedure, and the one record Kring keeps of a prompt —
 * escalation_prompt: surface, who, the choice. Never the text or the signal.
 * ContentGuardService calls it for every voice; the screens answer "Tekst
 * weghalen" through `remove`, "Toch bewaren" by sending again with the keep flag.
 */
@Injectable()
export class EscalationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly links: LinkVisitors,
  ) {}

  async procedure(
    organisationId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ procedure: EscalationProcedure; organisationName: string }> {
    const [row] = await manager.query<
      Pick<OrganisationRow, 'name' | 'complaints_officer_name' | 'complaints_officer_contact' | 'incident_route'>[]
    >(`SELECT name, complaints_officer_name, complaints_officer_contact, incident_route FROM organisation WHERE id = $1`, [organisationId]);
    return {
      organisationName: row?.name ?? '',
      procedure: {
        officerName: row?.complaints_officer_name ?? '',
        officerContact: row?.complaints_officer_contact ?? '',
        incidentRoute: row?.incident_route ?? '',
      },
    };
  }

  /** Records that the prompt is shown (no choice yet) and refuses the save with the organisation's procedure. */
  async refuse(
    check: EscalationCheck,
    signals: readonly EscalationSignal[],
    fields: readonly string[],
    signalsText: string,
    language: Language,
  ): Promise<never> {
    const { witness } = check;
    if (!witness) throw new Error(`${check.surface} has no organisation to point to for an escalation prompt`);
    const [prompt] = await this.db.query<Pick<EscalationPromptRow, 'id'>[]>(
      `INSERT INTO escalation_prompt (organisation_id, surface, shown_to_person, shown_to_participant, shown_to_storyteller_of) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [witness.organisationId, check.surface, witness.personId ?? null, witness.participantId ?? null, witness.storyId ?? null],
    );
    const { procedure, organisationName } = await this.procedure(witness.organisationId);
    const audience: EscalationAudience = witness.personId ? 'staff' : 'guest';
    throw new EscalationPromptError({
      promptId: prompt.id,
      signals,
      fields,
      signalsText,
      procedure: { ...procedure, organisationName, text: escalationProcedureText(procedure, audience, organisationName)[language] },
    });
  }

  /**
   * "Toch bewaren": the save with the flagged text went through. The choice is
   * recorded on exactly the prompt the save answers (ESCALATION_PROMPT_FIELD),
   * when that prompt was shown to this same person or link, on this surface,
   * and is still open; otherwise (a note judged on a device offline, a replay,
   * someone else's id) the keep is recorded as a prompt of its own, and no
   * other prompt changes.
   */
  async kept(check: EscalationCheck, manager: EntityManager = this.db.manager): Promise<void> {
    const { witness } = check;
    if (!witness) return;
    const who = [witness.personId ?? null, witness.participantId ?? null, witness.storyId ?? null];
    if (check.answers && UUID.test(check.answers)) {
      const updated = await updateReturning<Pick<EscalationPromptRow, 'id'>>(
        manager,
        `UPDATE escalation_prompt SET choice = 'kept', chosen_at = now()
         WHERE id = $6 AND organisation_id = $1 AND surface = $2 AND choice IS NULL
           AND shown_to_person IS NOT DISTINCT FROM $3 AND shown_to_participant IS NOT DISTINCT FROM $4 AND shown_to_storyteller_of IS NOT DISTINCT FROM $5
         RETURNING id`,
        [witness.organisationId, check.surface, ...who, check.answers],
      );
      if (updated.length > 0) return;
    }
    await manager.query(
      `INSERT INTO escalation_prompt (organisation_id, surface, shown_to_person, shown_to_participant, shown_to_storyteller_of, choice, chosen_at)
       VALUES ($1, $2, $3, $4, $5, 'kept', now())`,
      [witness.organisationId, check.surface, ...who],
    );
  }

  /**
   * "Tekst weghalen": the screen cleared the text; only the choice is recorded.
   * A prompt is answered only by whom it was shown to: a person signed in as
   * that person; a relative or storyteller (who have no account) through the
   * same personal link that showed it, opened again from its token — the
   * prompt id alone is no permission. A choice once made stays.
   */
  async remove(
    promptId: string,
    answerer: { personId: string | null; token: string | null; req: KringRequest },
  ): Promise<EscalationChoice> {
    if (!UUID.test(promptId)) throw new UserError('NOT_FOUND');
    const [prompt] = await this.db.query<ShownPrompt[]>(
      `SELECT surface, shown_to_person, shown_to_participant, shown_to_storyteller_of, choice FROM escalation_prompt WHERE id = $1`,
      [promptId],
    );
    if (!prompt || !(await this.shownTo(prompt, answerer))) throw new UserError('NOT_FOUND');
    const [row] = await updateReturning<Pick<EscalationPromptRow, 'choice'>>(
      this.db.manager,
      `UPDATE escalation_prompt SET choice = 'removed', chosen_at = now() WHERE id = $1 AND choice IS NULL RETURNING choice`,
      [promptId],
    );
    if (row) return 'removed';
    const [existing] = await this.db.query<Pick<EscalationPromptRow, 'choice'>[]>(`SELECT choice FROM escalation_prompt WHERE id = $1`, [
      promptId,
    ]);
    // No open prompt to update: it was answered before (in another tab), or is gone.
    if (!existing?.choice) throw new UserError('NOT_FOUND');
    return existing.choice;
  }

  /** Whether the answerer is whom the prompt was shown to (see `remove`). */
  private async shownTo(
    prompt: ShownPrompt,
    answerer: { personId: string | null; token: string | null; req: KringRequest },
  ): Promise<boolean> {
    if (prompt.shown_to_person) return prompt.shown_to_person === answerer.personId;
    // The link page's save is the prompt's surface ("Mutation.saveRelativeResponse"): its link, opened from the token.
    const operation = prompt.surface.slice(prompt.surface.indexOf('.') + 1);
    const visitor = await this.links.open(operation, answerer.token ?? '', answerer.req);
    if (!visitor) return false;
    if (prompt.shown_to_participant) return visitor.participantId === prompt.shown_to_participant;
    return !!prompt.shown_to_storyteller_of && visitor.storyId === prompt.shown_to_storyteller_of;
  }
}
