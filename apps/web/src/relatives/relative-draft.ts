import {
  MIRROR_CONSENT_SCOPES,
  MIRROR_LIMITS,
  normaliseMirrorConsent,
  type MirrorConsentForm,
  type MirrorConsentScope,
  type MirrorRelation,
} from '@kring/domain';
import type { RelativeInvitationPartsFragment, SaveRelativeResponseInput } from '../graphql/generated';

export type LegalAnswer = 'yes' | 'no' | 'unknown';

/** What the relative's page holds while they fill it in; kept as typed when the server refuses it. */
export interface RelativeDraft {
  consents: MirrorConsentScope[];
  relation: MirrorRelation | '';
  legal: LegalAnswer;
  freeText: string;
  /** Per harvest theme: what matters to me, what I experience. */
  answers: Record<string, { important: string; experienced: string }>;
}

export function draftFrom(invitation: RelativeInvitationPartsFragment): RelativeDraft {
  const answers: RelativeDraft['answers'] = {};
  for (const themeId of invitation.askedThemeIds) answers[themeId] = { important: '', experienced: '' };
  for (const a of invitation.themeAnswers) answers[a.themeId] = { important: a.important, experienced: a.experienced };
  return {
    consents: MIRROR_CONSENT_SCOPES.filter((scope) => invitation.consents.includes(scope)),
    // A resident invited for themselves lives here; the page does not ask them.
    relation: invitation.relation ?? (invitation.kind === 'resident' ? 'resident' : ''),
    legal:
      invitation.legalRepresentative === null || invitation.legalRepresentative === undefined
        ? 'unknown'
        : invitation.legalRepresentative
          ? 'yes'
          : 'no',
    freeText: invitation.freeText,
    answers,
  };
}

/**
 * The save as the API takes it. Input beforehand goes along only while it can
 * still change (before the conversation) and only for someone who takes part:
 * without taking part, the server keeps none of it anyway.
 */
export function responseInput(draft: RelativeDraft, token: string, form: MirrorConsentForm, inputOpen: boolean): SaveRelativeResponseInput {
  const consents = normaliseMirrorConsent(draft.consents);
  const sendInput = inputOpen && consents.includes('take_part');
  return {
    token,
    consents,
    form,
    relation: draft.relation || null,
    legalRepresentative: draft.legal === 'unknown' ? null : draft.legal === 'yes',
    freeText: sendInput ? draft.freeText : null,
    themeAnswers: sendInput
      ? Object.entries(draft.answers).map(([themeId, a]) => ({ themeId, important: a.important, experienced: a.experienced }))
      : null,
  };
}

/** What one "Opslaan" did with the texts beforehand. */
export type TextsSaved = 'saved' | 'notSent' | 'tooLong' | 'refused';

/**
 * One "Opslaan" of the page, as two saves: first the choices alone (consent, relation, legal representative), then,
 * while input is asked of someone who takes part, the texts with them. The content guard refuses a whole save before
 * anything of it is stored, so a BSN in the text would otherwise cost the relative their "Ik doe mee"; this way its
 * refusal concerns the text only, with its message at the box. A text that is too long is not sent (tooLong says where).
 * `save` answers undefined when the server refused (the form shows why); `chosen` hears at once that the choices are
 * stored, also when the text that follows is refused or waits for an answer to the guard.
 */
export async function saveInSteps<R>(
  save: (input: SaveRelativeResponseInput) => Promise<R | undefined>,
  draft: RelativeDraft,
  token: string,
  form: MirrorConsentForm,
  inputOpen: boolean,
  chosen: (saved: R) => void,
): Promise<{ saved: R; texts: TextsSaved } | undefined> {
  // Without input: the choices alone, which the guard has nothing in to refuse.
  const choices = await save(responseInput(draft, token, form, false));
  if (choices === undefined) return undefined;
  chosen(choices);
  const withTexts = responseInput(draft, token, form, inputOpen);
  if (withTexts.freeText === null) return { saved: choices, texts: 'notSent' };
  if (Object.keys(tooLong(draft)).length > 0) return { saved: choices, texts: 'tooLong' };
  const saved = await save(withTexts);
  return saved === undefined ? { saved: choices, texts: 'refused' } : { saved, texts: 'saved' };
}

/** Texts longer than the server accepts, by a key the page uses for the field: shown at the field before (and after) saving. */
export function tooLong(draft: RelativeDraft): Record<string, { length: number; max: number }> {
  const found: Record<string, { length: number; max: number }> = {};
  const check = (key: string, text: string, max: number) => {
    const length = text.trim().length;
    if (length > max) found[key] = { length, max };
  };
  check('freeText', draft.freeText, MIRROR_LIMITS.freeTextMaxLength);
  for (const [themeId, a] of Object.entries(draft.answers)) {
    check(`${themeId}.important`, a.important, MIRROR_LIMITS.answerMaxLength);
    check(`${themeId}.experienced`, a.experienced, MIRROR_LIMITS.answerMaxLength);
  }
  return found;
}

/**
 * What the content guard found, by the key the page uses for the field (as in tooLong): the server names a text by
 * its path in the input sent (`freeText`, `themeAnswers.<n>.important`), and the answers go in the draft's order.
 */
export function guardFindingsByField(
  findings: readonly { field: string; match: string; label: string }[],
  draft: RelativeDraft,
): Record<string, string[]> {
  const themeIds = Object.keys(draft.answers);
  const found: Record<string, string[]> = {};
  for (const finding of findings) {
    const answer = /^themeAnswers\.(\d+)\.(important|experienced)$/.exec(finding.field);
    const key =
      finding.field === 'freeText'
        ? 'freeText'
        : answer && themeIds[Number(answer[1])]
          ? `${themeIds[Number(answer[1])]}.${answer[2]}`
          : null;
    if (key) (found[key] ??= []).push(`${finding.match} (${finding.label})`);
  }
  return found;
}
