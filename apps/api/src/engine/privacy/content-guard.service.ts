import {
  ContentFinding,
  ContentGuardNames,
  ContentVerdict,
  ESCALATION_SIGNAL_LABELS,
  escalationSignalsOf,
  findingId,
  GuardedTextInput,
  guardNameForms,
  IDENTIFYING_DETAIL_LABELS,
  judgeContent,
  Language,
} from '@kring/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SqlParams } from '../database/sql-params';
import { BoundedMap } from '../memory/bounded-map';
import { BsnRefusedError, FieldFinding, IdentifyingDetailsError } from './content-guard.errors';
import { EscalationCheck, EscalationService } from './escalation.service';
import { Acknowledgement, TextAnswers } from './utils/answers-of';

/** The organisations whose names a text is checked against; none for a page reached by a link (patterns only). */
export type GuardScope = readonly string[];

interface GuardOptions {
  /** Names known only in this context: the storyteller of a story, the relatives of a mirror conversation. */
  readonly extraPeople?: readonly string[];
  /** What the writer's screen checks with before sending; absent, it knows no names (a page reached by a link). */
  readonly device?: DeviceNames;
  readonly manager?: EntityManager;
  /**
   * Judge with the names cached for these organisations without asking the
   * database; the caller then verifies them in its own statement with the
   * condition `admit` returns (namesCurrent). A live command does this.
   */
  readonly reuseNames?: boolean;
}

/**
 * The names the writer's screen was given for its own check before sending (contentGuardNames: the people of the
 * viewer's own organisations and the register's pseudonyms), and the names it knows itself: of `extraPeople`, those
 * typed in the same form (a story's storyteller, which the story form checks for). The register's real names never
 * leave the server; nor do a mirror conversation's relatives' names (its live screens know them by pseudonym only) or
 * the people of the other organisations in a network.
 */
export interface DeviceNames {
  readonly scope: GuardScope;
  readonly extraPeople?: readonly string[];
}

/** A condition for the caller's statement: the names a text was judged against are still the organisations' current ones. */
export type NamesCurrent = (params: SqlParams) => string;

/** Combinations of an organisation's names with one room's extra names kept per organisation list (withExtra). */
const EXTRA_NAME_SETS = 200;

/** No organisation, no names: one object, so the matcher compiled for it is kept. */
const NO_NAMES: ContentGuardNames = { people: [] };

/** The names of a set of organisations as the server checks them, and as their screens are given them (deviceNames). */
interface NameLists {
  /** Their people, the register's real names (watch_names) and, as allowed, the register's pseudonyms. */
  readonly names: ContentGuardNames;
  /** The same without the register's real names. */
  readonly device: ContentGuardNames;
}

/**
 * The fingerprint of organisations' name lists: their guard_names_version,
 * which triggers raise with every change to the names (migration
 * 1767800000000). One indexed read, also inside a command's own statement.
 */
const fingerprintOf = (ids: string) =>
  `(SELECT coalesce(string_agg(id::text || ':' || guard_names_version, ',' ORDER BY id), '') FROM organisation WHERE id = ANY(${ids}::uuid[]))`;

/**
 * The content guard on the server (issue #9, domain guide §8): the domain's
 * judgeContent, fed with the organisation's known names — its people and the
 * real names on its resident register; the register's pseudonyms are what
 * people are asked to write and never count. GraphQL saves reach it through
 * ContentGuardInterceptor, live commands and the notebook sync through their
 * command catalogues; all refuse with the same errors.
 */
@Injectable()
export class ContentGuardService {
  /** Name lists per set of organisations, kept while their fingerprint (a hash over the names) stays the same. */
  private readonly cache = new Map<string, { fingerprint: string } & NameLists>();
  /** Per cached name list: the lists with a room's extra names (withExtra). */
  private readonly extraNames = new WeakMap<ContentGuardNames, BoundedMap<string, ContentGuardNames>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly escalation: EscalationService,
  ) {}

  /**
   * One cheap query says whether the names changed since the last save (a new
   * member is recognised at once); only then are they read and expanded again.
   */
  async names(scope: GuardScope, manager?: EntityManager): Promise<ContentGuardNames> {
    return (await this.lists(scope, manager)).names;
  }

  /**
   * The names a screen may check on the device before sending: the
   * organisation's people (colleagues see each other anyway) and the
   * register's pseudonyms. The register's real names stay on the server,
   * which checks every text again.
   */
  async deviceNames(scope: GuardScope, manager?: EntityManager): Promise<ContentGuardNames> {
    return (await this.lists(scope, manager)).device;
  }

  /** Both name lists of these organisations, read again only when their fingerprint changed (see `names`). */
  private async lists(scope: GuardScope, manager: EntityManager = this.db.manager): Promise<NameLists> {
    if (scope.length === 0) return { names: NO_NAMES, device: NO_NAMES };
    const ids = [...new Set(scope)].sort();
    const key = ids.join(',');
    const source = `
      SELECT 'person' AS kind, p.display_name AS name FROM membership m JOIN person p ON p.id = m.person_id WHERE m.organisation_id = ANY($1::uuid[])
      UNION SELECT 'watch', unnest(watch_names) FROM resident_register WHERE organisation_id = ANY($1::uuid[])
      UNION SELECT 'allowed', pseudonym FROM resident_register WHERE organisation_id = ANY($1::uuid[])`;
    const [{ fingerprint }] = await manager.query<{ fingerprint: string }[]>(`SELECT ${fingerprintOf('$1')} AS fingerprint`, [ids]);
    const cached = this.cache.get(key);
    if (cached && cached.fingerprint === fingerprint) return cached;
    const rows: { kind: string; name: string }[] = await manager.query(source, [ids]);
    const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.name);
    const [people, allowed] = [of('person'), of('allowed')];
    const lists: NameLists = { names: { people: [...people, ...of('watch')], allowed }, device: { people, allowed } };
    this.cache.set(key, { fingerprint, ...lists });
    return lists;
  }

  /** Every form of the known names (full, first, surname), for pages that check on the device. */
  async nameForms(scope: GuardScope, manager?: EntityManager): Promise<string[]> {
    return guardNameForms(await this.names(scope, manager));
  }

  async judge(scope: GuardScope, texts: readonly GuardedTextInput[], options: GuardOptions = {}): Promise<ContentVerdict> {
    return (await this.judged(scope, texts, options)).verdict;
  }

  /** The verdict, and when cached names were reused unverified (reuseNames), the condition that they are still current. */
  private async judged(
    scope: GuardScope,
    texts: readonly GuardedTextInput[],
    options: GuardOptions,
  ): Promise<{ verdict: ContentVerdict; namesCurrent: NamesCurrent | null }> {
    const present = texts.filter((t) => t.text);
    if (present.length === 0) return { verdict: { kind: 'clean', findings: [], escalation: [] }, namesCurrent: null };
    // A BSN needs no names; a save with only bsn_only fields never reads them.
    const needsNames = present.some((t) => (t.mode ?? 'full') === 'full');
    const ids = [...new Set(scope)].sort();
    const cached = needsNames && options.reuseNames && ids.length > 0 ? this.cache.get(ids.join(',')) : undefined;
    const known = cached ? cached.names : needsNames ? await this.names(scope, options.manager) : NO_NAMES;
    const namesCurrent: NamesCurrent | null = cached
      ? (params) => `${fingerprintOf(params.add(ids))} = ${params.add(cached.fingerprint)}`
      : null;
    // The same names object as long as the organisation's names are unchanged: the domain compiles its matcher once per object.
    const names = options.extraPeople?.length ? this.withExtra(known, options.extraPeople) : known;
    return { verdict: judgeContent(present, names), namesCurrent };
  }

  /**
   * The organisation's names with a room's own (a mirror conversation's
   * relatives), as one object per combination, so the compiled matcher is
   * reused while neither changes; kept beside the organisation's list, whose
   * replacement (a names change) drops them.
   */
  private withExtra(known: ContentGuardNames, extraPeople: readonly string[]): ContentGuardNames {
    let rooms = this.extraNames.get(known);
    // A bounded handful per organisation: a conversation's relatives rarely change, an old combination is simply built again.
    if (!rooms) this.extraNames.set(known, (rooms = new BoundedMap(EXTRA_NAME_SETS)));
    const key = extraPeople.join('\n');
    let names = rooms.get(key);
    if (!names) {
      names = { people: [...known.people, ...extraPeople], allowed: known.allowed };
      rooms.set(key, names);
    }
    return names;
  }

  /** Findings with their label in the reader's language. */
  async findAll(
    scope: GuardScope,
    texts: readonly GuardedTextInput[],
    language: Language,
    options: GuardOptions = {},
  ): Promise<FieldFinding[]> {
    return labelled((await this.judge(scope, texts, options)).findings, language);
  }

  /**
   * Lets a save through when its texts are clean, or when the author
   * confirmed every finding (`acknowledged`: the answers of the save's input,
   * or per field path; see `identifyingDetails`); a BSN never. Throws
   * BSN_REFUSED or IDENTIFYING_DETAILS otherwise, and returns the confirmed
   * findings (for the audit log). Escalation signals are not judged here:
   * this is the check over texts already admitted (a case shared wider, a
   * story checked again with its storyteller's name); new text comes in
   * through `admit`.
   */
  async require(
    scope: GuardScope,
    texts: readonly GuardedTextInput[],
    acknowledged: TextAnswers | Acknowledgement,
    language: Language,
    options: GuardOptions = {},
  ): Promise<FieldFinding[]> {
    return this.identifyingDetails(await this.judge(scope, texts, options), texts, acknowledged, language, options);
  }

  /**
   * The content guard for text that comes in (every GraphQL save, every live
   * command, every notebook note): a BSN is refused, then a text that looks
   * like an escalation is refused with ESCALATION_PROMPT (and the prompt is
   * recorded) unless the author keeps it knowingly, then identifying details
   * need the confirmation. `flagged`: a flagged text was kept, and the caller
   * calls `keptFlagged` once the save is stored.
   */
  async admit(
    scope: GuardScope,
    texts: readonly GuardedTextInput[],
    acknowledged: TextAnswers | Acknowledgement,
    language: Language,
    escalation: EscalationCheck,
    options: GuardOptions = {},
  ): Promise<{ confirmed: FieldFinding[]; flagged: boolean; namesCurrent: NamesCurrent | null }> {
    const { verdict, namesCurrent } = await this.judged(scope, texts, options);
    // A refusal for a name is never decided on reused names: the name may have left the organisation since.
    if (namesCurrent && verdict.findings.length > 0)
      return this.admit(scope, texts, acknowledged, language, escalation, { ...options, reuseNames: false });
    if (verdict.kind === 'refused') throw new BsnRefusedError(labelled(verdict.findings, language));
    const signals = escalationSignalsOf(verdict);
    const { keep } = escalation;
    // Only the texts the author did not keep knowingly are asked about (the keep holds for the save, or per field).
    const unkept = { escalation: verdict.escalation.filter((e) => (typeof keep === 'boolean' ? !keep : !keep.has(e.field))) };
    if (unkept.escalation.length > 0) {
      const asked = escalationSignalsOf(unkept);
      const words = asked.map((s) => ESCALATION_SIGNAL_LABELS[s][language]).join(language === 'nl' ? ' of ' : ' or ');
      await this.escalation.refuse(
        escalation,
        asked,
        unkept.escalation.map((e) => e.field),
        words,
        language,
      );
    }
    const confirmed = await this.identifyingDetails(verdict, texts, acknowledged, language, options);
    return { confirmed, flagged: signals.length > 0, namesCurrent };
  }

  /** Records "Toch bewaren" for a save that `admit` let through with a flagged text, once it is stored. */
  keptFlagged(escalation: EscalationCheck, manager?: EntityManager): Promise<void> {
    return this.escalation.kept(escalation, manager);
  }

  /**
   * The rule of "Ik heb dit gecontroleerd": it covers only what the writer's
   * screen could have marked before sending, that is what the device's own
   * check (the names it was given, `options.device`) finds as well. What only
   * the server can find — a name from the register's real names, a name only
   * this context knows and the screen does not — is covered only when the
   * author confirmed that very finding by its id after a refusal showed it
   * (acknowledgedFindings). Otherwise IDENTIFYING_DETAILS lists every finding,
   * each with its id and whether it was covered, for the screen to mark and
   * confirm. The device's check is repeated only for a save with findings
   * that a confirmation is to cover; a clean text costs nothing more.
   */
  private async identifyingDetails(
    verdict: ContentVerdict,
    texts: readonly GuardedTextInput[],
    acknowledged: TextAnswers | Acknowledgement,
    language: Language,
    options: GuardOptions,
  ): Promise<FieldFinding[]> {
    const answers = answersFor(acknowledged);
    if (verdict.kind === 'refused') throw new BsnRefusedError(labelled(verdict.findings, language));
    const byId = (f: ContentFinding) => answers(f.field)?.findings.has(findingId(f)) ?? false;
    const onTrust = verdict.findings.filter((f) => !byId(f) && answers(f.field)?.warnings);
    const shown = onTrust.length > 0 ? await this.shownOnDevice(texts, options) : [];
    const covered = (f: ContentFinding) => byId(f) || (onTrust.includes(f) && shown.some((d) => marks(d, f)));
    const findings = labelled(verdict.findings, language).map((f, i) => ({ ...f, acknowledged: covered(verdict.findings[i]) }));
    if (findings.some((f) => !f.acknowledged)) throw new IdentifyingDetailsError(findings);
    return findings;
  }

  /** What the writer's screen finds in these texts with the names it was given (DeviceNames), as its check before sending does. */
  private async shownOnDevice(texts: readonly GuardedTextInput[], { device, manager }: GuardOptions): Promise<readonly ContentFinding[]> {
    const known = device ? await this.deviceNames(device.scope, manager) : NO_NAMES;
    const names = device?.extraPeople?.length ? this.withExtra(known, device.extraPeople) : known;
    return judgeContent(
      texts.filter((t) => t.text),
      names,
    ).findings;
  }
}

/** The answers by field path; one input's answers hold for every text of the save. */
function answersFor(acknowledged: TextAnswers | Acknowledgement): Acknowledgement {
  return typeof acknowledged === 'function' ? acknowledged : () => acknowledged;
}

/**
 * Whether the screen's own finding `shown` marked the stretch the server found: the same field and kind, and at least
 * that stretch (a name the screen merged into a longer one, such as a colleague's full name, still marked it).
 */
function marks(shown: ContentFinding, found: ContentFinding): boolean {
  return shown.field === found.field && shown.kind === found.kind && shown.start <= found.start && found.end <= shown.end;
}

function labelled(findings: ContentVerdict['findings'], language: Language): FieldFinding[] {
  return findings.map((f) => ({
    field: f.field,
    pseudonym: f.pseudonym,
    kind: f.kind,
    start: f.start,
    end: f.end,
    match: f.match,
    label: IDENTIFYING_DETAIL_LABELS[f.kind][language],
    id: findingId(f),
  }));
}
