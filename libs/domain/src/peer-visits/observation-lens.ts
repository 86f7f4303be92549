import { isMirrorThemeId, MIRROR_THEMES, MirrorThemeId } from '../lenses/peer-visit';
import { CORE_VALUE_IDS, CoreValueId } from '../values/types';
import { PEER_VISIT_LIMITS } from './types';

/**
 * A network's shared observation lens (kijkwijzer): what visitors look at —
 * values of the mensperspectief and mirror themes — and why they look
 * (domain guide §6: consensus on what one looks at and the purpose of
 * looking, growing over time). Versioned: members propose, the coordinator
 * publishes, and every visit keeps the version it agreed on.
 */
export interface ObservationLens {
  /** Why we visit each other; the purpose of looking. */
  readonly purpose: string;
  readonly valueIds: readonly CoreValueId[];
  readonly mirrorThemeIds: readonly MirrorThemeId[];
  /** Open look-for questions the network agreed on; never yes/no items. */
  readonly questions: readonly string[];
}

/** Version 0: Kring's starting lens, until a network publishes its own. */
export const STARTING_LENS_VERSION = 0;

export const STARTING_OBSERVATION_LENS: ObservationLens = {
  purpose:
    'We bezoeken elkaar om van elkaar te leren, niet om te keuren. De gastheer kiest waar zij of hij een spiegel op wil; wij kijken met open ogen naar het dagelijks leven en vertellen wat we zagen.',
  valueIds: [...CORE_VALUE_IDS],
  mirrorThemeIds: MIRROR_THEMES.map((t) => t.id),
  questions: ['Zou je dat thuis ook doen?', 'Wat staat er voor deze bewoner op het spel?', 'Welke regel zit hier in de weg?'],
};

export type LensProblem =
  'purpose_required' | 'nothing_to_look_at' | 'unknown_value' | 'unknown_mirror_theme' | 'too_many_questions' | 'question_too_long';

function isCoreValueId(id: unknown): id is CoreValueId {
  return (CORE_VALUE_IDS as readonly unknown[]).includes(id);
}

/** What is wrong with a lens draft, empty when it can be published or proposed. */
export function lensProblems(lens: ObservationLens): LensProblem[] {
  const problems: LensProblem[] = [];
  if (!lens.purpose.trim()) problems.push('purpose_required');
  if (lens.valueIds.length === 0 && lens.mirrorThemeIds.length === 0) problems.push('nothing_to_look_at');
  if (lens.valueIds.some((id) => !isCoreValueId(id))) problems.push('unknown_value');
  if (lens.mirrorThemeIds.some((id) => !isMirrorThemeId(id))) problems.push('unknown_mirror_theme');
  if (lens.questions.length > PEER_VISIT_LIMITS.maxLensQuestions) problems.push('too_many_questions');
  if (lens.questions.some((q) => q.length > PEER_VISIT_LIMITS.questionMaxLength)) problems.push('question_too_long');
  return problems;
}

/** Trims, drops blanks and repeats, and keeps values and themes in framework order, so equal lenses compare equal. */
export function normaliseLens(lens: ObservationLens): ObservationLens {
  return {
    purpose: lens.purpose.trim(),
    valueIds: CORE_VALUE_IDS.filter((id) => lens.valueIds.includes(id)),
    mirrorThemeIds: MIRROR_THEMES.map((t) => t.id).filter((id) => lens.mirrorThemeIds.includes(id)),
    questions: [...new Set(lens.questions.map((q) => q.trim().replace(/\s+/g, ' ')).filter(Boolean))],
  };
}

/**
 * A visit looks through part of the network lens: the host may narrow the
 * values and themes to what the focus question needs, never add others.
 */
export function narrowLens(
  network: ObservationLens,
  valueIds: readonly string[],
  mirrorThemeIds: readonly string[],
): ObservationLens | null {
  const outside =
    valueIds.some((id) => !network.valueIds.includes(id as CoreValueId)) ||
    mirrorThemeIds.some((id) => !network.mirrorThemeIds.includes(id as MirrorThemeId));
  if (outside) return null;
  return normaliseLens({ ...network, valueIds: valueIds as CoreValueId[], mirrorThemeIds: mirrorThemeIds as MirrorThemeId[] });
}

/** One list of a lens compared between two versions: what stays, what comes in, what goes. */
export interface ListChange<T> {
  readonly kept: readonly T[];
  readonly added: readonly T[];
  readonly removed: readonly T[];
}

/**
 * What changes from one lens to another, field by field: the coordinator
 * sees a proposal side by side with the version it was made on, and each
 * version in the history next to the one before it.
 */
export interface LensChange {
  readonly purposeChanged: boolean;
  readonly valueIds: ListChange<CoreValueId>;
  readonly mirrorThemeIds: ListChange<MirrorThemeId>;
  readonly questions: ListChange<string>;
  /** Nothing differs: a proposal that would change nothing. */
  readonly unchanged: boolean;
}

function listChange<T>(before: readonly T[], after: readonly T[]): ListChange<T> {
  return {
    kept: after.filter((x) => before.includes(x)),
    added: after.filter((x) => !before.includes(x)),
    removed: before.filter((x) => !after.includes(x)),
  };
}

export function lensChange(before: ObservationLens, after: ObservationLens): LensChange {
  const a = normaliseLens(before);
  const b = normaliseLens(after);
  const change = {
    purposeChanged: a.purpose !== b.purpose,
    valueIds: listChange(a.valueIds, b.valueIds),
    mirrorThemeIds: listChange(a.mirrorThemeIds, b.mirrorThemeIds),
    questions: listChange(a.questions, b.questions),
  };
  const lists = [change.valueIds, change.mirrorThemeIds, change.questions];
  return { ...change, unchanged: !change.purposeChanged && lists.every((l) => l.added.length === 0 && l.removed.length === 0) };
}
