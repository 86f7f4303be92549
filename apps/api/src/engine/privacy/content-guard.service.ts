import {
  ContentGuardNames,
  ContentVerdict,
  ESCALATION_SIGNAL_LABELS,
  escalationSignalsOf,
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

/** The organisations whose names a text is checked against; none for a page reached by a link (patterns only). */
export type GuardScope = readonly string[];

interface GuardOptions {
  /** Names known only in this context: the storyteller of a story, the relatives of a mirror conversation. */
  readonly extraPeople?: readonly string[];
  readonly manager?: EntityManager;
  /**
   * Judge with the names cached for these organisations without asking the
   * database; the caller then verifies them in its own statement with the
   * condition `admit` returns (namesCurrent). A live command does this.
   */
  readonly reuseNames?: boolean;
}

/** A condition for the caller's statement: the names a text was judged against are still the organisations' current ones. */
export type NamesCurrent = (params: SqlParams) => string;

/** Combinations of an organisation's names with one room's extra names kept per organisation list (withExtra). */
const EXTRA_NAME_SETS = 200;

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
  private readonly cache = new Map<string, { fingerprint: string; names: ContentGuardNames }>();
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
  async names(scope: GuardScope, manager: EntityManager = this.db.manager): Promise<ContentGuardNames> {
    if (scope.length === 0) return { people: [] };
    const ids = [...new Set(scope)].sort();
    const key = ids.join(',');
    const source = `
      SELECT 'person' AS kind, p.display_name AS name FROM membership m JOIN person p ON p.id = m.person_id WHERE m.organisation_id = ANY($1::uuid[])
      UNION SELECT 'person', unnest(watch_names) FROM resident_register WHERE organisation_id = ANY($1::uuid[])
      UNION SELECT 'allowed', pseudonym FROM resident_register WHERE organisation_id = ANY($1::uuid[])`;
    const [{ fingerprint }] = await manager.query<{ fingerprint: string }[]>(`SELECT ${fingerprintOf('$1')} AS fingerprint`, [ids]);
    const cached = this.cache.get(key);
    if (cached && cached.fingerprint === fingerprint) return cached.names;
    const rows: { kind: string; name: string }[] = await manager.query(source, [ids]);
    const names: ContentGuardNames = {
      people: rows.filter((r) => r.kind === 'person').map((r) => r.name),
      allowed: rows.filter((r) => r.kind === 'allowed').map((r) => r.name),
    };
    this.cache.set(key, { fingerprint, names });
    return names;
  }

  /**
   * The names a screen may check on the device before sending: the
   * organisation's people (colleagues see each other anyway) and the
   * register's pseudonyms. The register's real names stay on the server,
   * which checks every text again.
   */
  async deviceNames(scope: GuardScope): Promise<ContentGuardNames> {
    const rows: { kind: string; name: string }[] = await this.db.query(
      `SELECT 'person' AS kind, p.display_name AS name FROM membership m JOIN person p ON p.id = m.person_id WHERE m.organisation_id = ANY($1::uuid[])
       UNION SELECT 'allowed', pseudonym FROM resident_register WHERE organisation_id = ANY($1::uuid[])`,
      [[...scope]],
    );
    return {
      people: rows.filter((r) => r.kind === 'person').map((r) => r.name),
      allowed: rows.filter((r) => r.kind === 'allowed').map((r) => r.name),
    };
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
    const known = cached ? cached.names : needsNames ? await this.names(scope, options.manager) : { people: [] };
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
   * confirmed "Ik heb dit gecontroleerd" for the texts with findings
   * (`acknowledged`: for all texts, or per field path); a BSN never. Throws
   * BSN_REFUSED or IDENTIFYING_DETAILS otherwise, and returns the confirmed
   * findings (for the audit log). Escalation signals are not judged here:
   * this is the check over texts already admitted (a case shared wider, a
   * story checked again with its storyteller's name); new text comes in
   * through `admit`.
   */
  async require(
    scope: GuardScope,
    texts: readonly GuardedTextInput[],
    acknowledged: boolean | ReadonlySet<string>,
    language: Language,
    options: GuardOptions = {},
  ): Promise<FieldFinding[]> {
    return this.identifyingDetails(await this.judge(scope, texts, options), acknowledged, language);
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
    acknowledged: boolean | ReadonlySet<string>,
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
    return { confirmed: this.identifyingDetails(verdict, acknowledged, language), flagged: signals.length > 0, namesCurrent };
  }

  /** Records "Toch bewaren" for a save that `admit` let through with a flagged text, once it is stored. */
  keptFlagged(escalation: EscalationCheck, manager?: EntityManager): Promise<void> {
    return this.escalation.kept(escalation, manager);
  }

  private identifyingDetails(verdict: ContentVerdict, acknowledged: boolean | ReadonlySet<string>, language: Language): FieldFinding[] {
    const findings = labelled(verdict.findings, language);
    if (verdict.kind === 'refused') throw new BsnRefusedError(findings);
    const isAcknowledged = (field: string) => (typeof acknowledged === 'boolean' ? acknowledged : acknowledged.has(field));
    if (findings.some((f) => !isAcknowledged(f.field))) throw new IdentifyingDetailsError(findings);
    return findings;
  }
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
  }));
}
