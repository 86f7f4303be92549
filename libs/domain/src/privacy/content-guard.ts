import { findIdentifyingDetails, NameMatcher, nameMatcher, nameVariants } from './identifying-details';
import { detectEscalationSignals, ESCALATION_SIGNALS, EscalationSignal } from './escalation';
import { IdentifyingDetail, IdentifyingDetailKind } from './types';

/**
 * The content guard (issue #9, domain guide §8): the one judge every text
 * anyone types passes, on the server before anything is stored and on the
 * device before a live contribution or a notebook note is sent or kept.
 *
 * - A BSN that passes the 11-check is refused, always: Kring never stores one.
 * - Names, dates of birth, addresses, phone numbers and e-mail addresses need
 *   the author's explicit acknowledgement ("Ik heb dit gecontroleerd").
 * - Anything else is clean.
 *
 * Beside these findings the judge reports escalation signals per fully
 * guarded text (escalation.ts): a text that looks like a complaint, a
 * calamity, abuse or a data breach is not stored unless its author keeps it
 * knowingly (KEEP_FLAGGED_FIELD), whatever the verdict on identifying details.
 */

/** How a text field is guarded, declared where the field is declared. */
export const TEXT_GUARD_MODES = ['full', 'bsn_only', 'none'] as const;
export type TextGuardMode = (typeof TEXT_GUARD_MODES)[number];

export interface GuardedTextInput {
  /** Where the text sits in the save, e.g. `input.body` or `chapters.2.text`; findings carry it back. */
  readonly field: string;
  readonly text: string | null | undefined;
  /** `bsn_only`: a person's own name, for example, may contain names but never a BSN. Defaults to `full`. */
  readonly mode?: Exclude<TextGuardMode, 'none'>;
  /**
   * Whether the text's context gives the person it is about a pseudonym (a case, a resident on the register, a
   * participant of a mirror conversation), declared with the field: the guard's advice points to the pseudonym only
   * then, and asks elsewhere (a peer visit, a practice, a relative's answer) to describe the situation without names.
   */
  readonly pseudonym: boolean;
}

export interface ContentGuardNames {
  /**
   * Full names whose forms must not appear: the organisation's people, the
   * real names on the resident register, the storyteller of a story, the
   * relatives of a mirror conversation. Each is expanded with nameVariants.
   */
  readonly people: readonly string[];
  /** Names that are meant to be used (the register's pseudonyms): never a finding, also not after "mevrouw". */
  readonly allowed?: readonly string[];
}

export interface ContentFinding extends IdentifyingDetail {
  readonly field: string;
  /** The declaration of the text it was found in: whether a pseudonym exists there (GuardedTextInput.pseudonym). */
  readonly pseudonym: boolean;
}

/** A text that looks like an escalation: where it sits in the save and the kinds of signal, never the words that triggered them. */
export interface EscalationFinding {
  readonly field: string;
  readonly signals: readonly EscalationSignal[];
}

interface VerdictEscalation {
  /** Fully guarded texts that look like a complaint, calamity, abuse or data breach; empty when none. */
  readonly escalation: readonly EscalationFinding[];
}

export type ContentVerdict = VerdictEscalation &
  (
    | { readonly kind: 'clean'; readonly findings: readonly [] }
    /** At least one BSN: the save is refused whatever the author says. All findings come along to highlight them. */
    | { readonly kind: 'refused'; readonly findings: readonly ContentFinding[] }
    | { readonly kind: 'needs_acknowledgement'; readonly findings: readonly ContentFinding[] }
  );

export interface ContentGuardOptions {
  /** Today; a date in this year or later is not a date of birth. */
  readonly referenceDate?: Date;
}

const HONORIFICS = [
  'mevrouw',
  'mevr',
  'mw',
  'meneer',
  'mijnheer',
  'dhr',
  'de heer',
  'heer',
  'mr',
  'mrs',
  'ms',
  'juffrouw',
  'zuster',
  'broeder',
  'dokter',
  'dr',
  'tante',
  'oom',
  'opa',
  'oma',
];
const PARTICLES = ['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', "'t", 'op', 'in', 'la', 'le', 'du', 'da', 'di', 'von', 'zu'];
/** Case-insensitive letters inside an otherwise case-sensitive pattern (the surname's capital must stay a capital). */
const anyCase = (word: string) => word.replace(/\p{L}/gu, (ch) => `[${ch.toLowerCase()}${ch.toUpperCase()}]`).replace(' ', '\\s+');
const HONORIFIC = `(?:${HONORIFICS.map(anyCase).join('|')})\\.?`;
const PARTICLE = `(?:${PARTICLES.map(anyCase).join('|')})`;
/**
 * A honorific followed by a surname: "Mevrouw Jansen", "meneer van den Berg",
 * "mw. De Vries". A capital is required for the surname itself, so "mevrouw
 * zelf" is no name and "Mevrouw B." (an initial) is not one either.
 */
const HONORIFIC_SURNAME = new RegExp(
  `(?<![\\p{L}\\p{N}_])${HONORIFIC}\\s+((?:${PARTICLE}\\s+)*\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?)(?![\\p{L}\\p{N}_])`,
  'gu',
);
const LEADING_PARTICLES = new RegExp(`^(?:${PARTICLE}\\s+)*`, 'u');
const HONORIFIC_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}_])${HONORIFIC}\\s+$`, 'u');

const HONORIFIC_FIRST = new RegExp(`^${HONORIFIC}\\s+`, 'u');

/**
 * One person's name as the guard should look for it when a writer gave it
 * with a honorific ("meneer Klaas Bakker", "Opa Klaas"): without it, so that
 * its first name ("Klaas") and surname are looked for alone as well, not
 * "meneer"; every "meneer" in a text is nobody. A name that goes on with a
 * particle ("mevrouw van Dijk") stays as given: "van" is no first name.
 */
export function nameWithoutHonorific(name: string): string {
  const given = name.trim().replace(/\s+/g, ' ');
  const honorific = HONORIFIC_FIRST.exec(given);
  if (!honorific) return given;
  const rest = given.slice(honorific[0].length);
  return rest && !LEADING_PARTICLES.exec(rest)?.[0] ? rest : given;
}

/**
 * A person's name typed in a form that Kring knows nowhere else (a story's storyteller from outside), as the guard's
 * extra names: without its honorific, or none. The one rule for the save (stories) and the check before it
 * (checkIdentifyingDetails), so the two cannot look for different names.
 */
export function typedPersonNames(name: string | null | undefined): string[] {
  return name?.trim() ? [nameWithoutHonorific(name)] : [];
}

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Every form of the names to look for (full name, first name, surname), without the allowed pseudonyms. */
export function guardNameForms(names: ContentGuardNames): string[] {
  const allowed = new Set((names.allowed ?? []).map(normalise));
  return [...new Set(names.people.flatMap(nameVariants))].filter((form) => !allowed.has(normalise(form)));
}

/** "Mevrouw Jansen": a honorific with a surname is a name even when nobody of that name is known. */
function honorificNames(text: string, allowed: ReadonlySet<string>): IdentifyingDetail[] {
  const found: IdentifyingDetail[] = [];
  for (const m of text.matchAll(HONORIFIC_SURNAME)) {
    const surname = m[1];
    // "Mevrouw Roos" where Roos is the resident's pseudonym is exactly how Kring asks people to write.
    const bare = surname.replace(LEADING_PARTICLES, '');
    if (allowed.has(normalise(surname)) || allowed.has(normalise(bare))) continue;
    const start = m.index ?? 0;
    found.push({ kind: 'name', start, end: start + m[0].length, match: m[0] });
  }
  return found;
}

/** A known name right after a honorific takes the honorific along, so the highlight covers "Mevrouw Jansen". */
function withHonorific(text: string, finding: IdentifyingDetail): IdentifyingDetail {
  if (finding.kind !== 'name') return finding;
  const before = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, finding.start - 20), finding.start));
  if (!before) return finding;
  const start = finding.start - before[0].length;
  return { ...finding, start, match: text.slice(start, finding.end) };
}

/** Overlapping name findings (a known name inside "Mevrouw Jansen") become one, the widest. */
function mergeNames(findings: IdentifyingDetail[]): IdentifyingDetail[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: IdentifyingDetail[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) {
      if (f.kind === 'name' && last.kind === 'name') {
        if (f.end > last.end) kept[kept.length - 1] = { ...last, end: f.end, match: `${last.match}${f.match.slice(last.end - f.start)}` };
        continue;
      }
      // A more specific kind already won this stretch in findIdentifyingDetails; a honorific name never overrides it.
      if (f.kind === 'name') continue;
      if (last.kind === 'name') kept.pop();
    }
    kept.push(f);
  }
  return kept;
}

/** A name list as the guard uses it: its forms compiled into one matcher, and the allowed pseudonyms normalised. */
interface CompiledNames {
  readonly matcher: NameMatcher;
  readonly allowed: ReadonlySet<string>;
}

/**
 * Compiled once per name list object: a server keeps one ContentGuardNames per
 * organisation until its names change, so every text of every command reuses
 * the same matcher instead of expanding and compiling the names again.
 */
const compiled = new WeakMap<ContentGuardNames, CompiledNames>();

function compiledNames(names: ContentGuardNames): CompiledNames {
  let found = compiled.get(names);
  if (!found) {
    found = { matcher: nameMatcher(guardNameForms(names)), allowed: new Set((names.allowed ?? []).map(normalise)) };
    compiled.set(names, found);
  }
  return found;
}

/**
 * The findings in one text, positions in UTF-16 code units as the editor holds
 * the text. `names` is compiled on first use and kept with the object, so
 * pass the same object again while the names stay the same (treat it as frozen).
 */
export function findContentDetails(text: string, names: ContentGuardNames, options: ContentGuardOptions = {}): IdentifyingDetail[] {
  if (!text) return [];
  const { matcher, allowed } = compiledNames(names);
  const detected = findIdentifyingDetails(text, { knownNames: matcher, referenceDate: options.referenceDate }).map((f) =>
    withHonorific(text, f),
  );
  return mergeNames([...detected, ...honorificNames(text, allowed)]);
}

const ALWAYS_REFUSED: ReadonlySet<IdentifyingDetailKind> = new Set(['bsn']);

/**
 * Judges the texts of one save (or one live command) together. A field in
 * `bsn_only` mode reports only BSNs; the verdict is the strictest over all.
 */
export function judgeContent(
  texts: readonly GuardedTextInput[],
  names: ContentGuardNames,
  options: ContentGuardOptions = {},
): ContentVerdict {
  const findings: ContentFinding[] = texts.flatMap(({ field, text, mode, pseudonym }) =>
    findContentDetails(text ?? '', names, options)
      .filter((f) => mode !== 'bsn_only' || ALWAYS_REFUSED.has(f.kind))
      .map((f) => ({ field, pseudonym, ...f })),
  );
  // Only free text is judged for escalation: a bsn_only field (a name, the organisation's own procedure) names complaints on purpose.
  const escalation: EscalationFinding[] = texts.flatMap(({ field, text, mode }) => {
    const signals = mode === 'bsn_only' || !text ? [] : detectEscalationSignals(text);
    return signals.length > 0 ? [{ field, signals }] : [];
  });
  if (findings.length === 0) return { kind: 'clean', findings: [], escalation };
  if (findings.some((f) => ALWAYS_REFUSED.has(f.kind))) return { kind: 'refused', findings, escalation };
  return { kind: 'needs_acknowledgement', findings, escalation };
}

/** The signals of a verdict over all its texts, in catalogue order. */
export function escalationSignalsOf(verdict: Pick<ContentVerdict, 'escalation'>): EscalationSignal[] {
  const found = new Set(verdict.escalation.flatMap((e) => e.signals));
  return ESCALATION_SIGNALS.filter((s) => found.has(s));
}

/** How one text field is guarded; an exemption says why, in one line. */
export interface TextFieldDeclaration {
  readonly mode: TextGuardMode;
  readonly reason?: string;
  /**
   * A fully guarded text says whether its context has a pseudonym (GuardedTextInput.pseudonym); other modes have none.
   * 'room': the room it is typed in decides (a live case session gives the resident one only when it is about a case).
   */
  readonly pseudonym?: boolean | 'room';
}

/** Free text that may be about a resident; `pseudonym`: whether the room or form it is typed in gives them one. */
export const guardedText = ({ pseudonym }: { pseudonym: boolean | 'room' }): TextFieldDeclaration => ({ mode: 'full', pseudonym });
export const exemptText = (reason: string): TextFieldDeclaration => ({ mode: 'none', reason });

type TextKeys<C> = {
  [K in keyof C]-?: K extends 'type' ? never : NonNullable<C[K]> extends string | readonly string[] ? K : never;
}[keyof C];

/**
 * The text-guard catalogue of one live room: for every command type, every
 * field that holds a string (or strings) is declared. The type makes it
 * exhaustive: a new command, or a new string field on one, does not compile
 * until it is declared here.
 */
export type CommandTextCatalogue<C extends { readonly type: string }> = {
  readonly [T in C['type']]: { readonly [K in TextKeys<Extract<C, { type: T }>>]: TextFieldDeclaration };
};

/** Whether a command has a text whose pseudonym its room decides (`pseudonym: 'room'`): only then is the room asked. */
export function asksRoomPseudonym<C extends { readonly type: string }>(catalogue: CommandTextCatalogue<C>, command: C): boolean {
  const fields = catalogue[command.type as C['type']] as Readonly<Record<string, TextFieldDeclaration>>;
  return Object.values(fields).some((declaration) => declaration.pseudonym === 'room');
}

/**
 * The guarded texts of one command, as the content guard takes them (field paths such as "body" or "entryIds.0").
 * `roomPseudonym`: whether this room gives the person a pseudonym, for the texts declared `pseudonym: 'room'`.
 */
export function commandTexts<C extends { readonly type: string }>(
  catalogue: CommandTextCatalogue<C>,
  command: C,
  roomPseudonym: boolean,
): GuardedTextInput[] {
  const fields = catalogue[command.type as C['type']] as Readonly<Record<string, TextFieldDeclaration>>;
  return Object.entries(fields).flatMap(([key, declaration]) => {
    if (declaration.mode === 'none') return [];
    const value = (command as unknown as Record<string, unknown>)[key];
    const { mode } = declaration;
    const pseudonym = declaration.pseudonym === 'room' ? roomPseudonym : (declaration.pseudonym ?? false);
    if (typeof value === 'string') return [{ field: key, text: value, mode, pseudonym }];
    if (Array.isArray(value))
      return value.flatMap((item, i) => (typeof item === 'string' ? [{ field: `${key}.${i}`, text: item, mode, pseudonym }] : []));
    return [];
  });
}
