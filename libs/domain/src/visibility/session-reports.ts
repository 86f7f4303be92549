import type { HarvestItemKind } from '../live-session/types';
import { HARVEST_ITEM_KINDS } from '../live-session/types';
import { LocalizedText } from '../values/localized-text';
import { fullFor, ReaderRole, ReadingView, VisibilityRule } from './reader-roles';

/**
 * Who reads each part of a session's harvest and report (domain guide §4,
 * "Harvest"). Insights and advice are the room's; a moderator memo never
 * leaves its writer's own screen — it is in no report export, not even the
 * moderator's own PDF or Markdown, because an export is a file that travels —
 * except the export of all data about its writer (the right of access).
 */
interface HarvestPartRule {
  readonly readers: readonly ReaderRole[];
  /** Whether the part is in the exported report (PDF, Markdown). */
  readonly exported: boolean;
  /**
   * Read and changed only by whoever wrote it, among its readers: a memo is the moderator's own, so a session handed
   * to another moderator does not hand over the memos the first one wrote.
   */
  readonly ownOnly: boolean;
  readonly sentence: LocalizedText;
}

const ROOM: readonly ReaderRole[] = ['session_moderator', 'session_participant'];

export const HARVEST_PART_RULES: Readonly<Record<HarvestItemKind, HarvestPartRule>> = {
  insight: {
    readers: ROOM,
    exported: true,
    ownOnly: false,
    sentence: {
      nl: 'Leerpunten komen in het verslag: iedereen die aan de sessie deelnam leest ze.',
      en: 'Insights go into the report: everyone who took part in the session reads them.',
    },
  },
  advice: {
    readers: ROOM,
    exported: true,
    ownOnly: false,
    sentence: {
      nl: 'Adviezen komen in het verslag: iedereen die aan de sessie deelnam leest ze.',
      en: 'Advice goes into the report: everyone who took part in the session reads it.',
    },
  },
  memo: {
    readers: ['session_moderator'],
    exported: false,
    ownOnly: true,
    sentence: {
      nl: 'Aantekeningen voor jezelf als gespreksleider. Ze komen niet in het verslag of een download ervan (ook niet de jouwe), en niemand anders ziet ze, ook niet wie de sessie van je overneemt. Alleen een export van alle gegevens over jou (AVG; in het logboek) neemt ze mee.',
      en: 'Notes for yourself as the moderator. They are not in the report or any download of it (not even yours), and nobody else sees them, not even whoever takes the session over from you. Only an export of all data about you (GDPR; in the log) includes them.',
    },
  },
};

export interface HarvestPartState {
  readonly kind: HarvestItemKind;
}

export const SESSION_REPORT_RULE: VisibilityRule<HarvestPartState> = {
  kind: 'session_report',
  states: HARVEST_ITEM_KINDS.map((kind) => ({ kind })),
  view: (state, role): ReadingView => fullFor(HARVEST_PART_RULES[state.kind].readers, role),
  sentence: (state) => HARVEST_PART_RULES[state.kind].sentence,
};

/** The harvest kinds a reader sees on screen; the API filters its queries with it. */
export function harvestKindsOnScreen(roles: readonly ReaderRole[]): HarvestItemKind[] {
  return HARVEST_ITEM_KINDS.filter((kind) => roles.some((role) => HARVEST_PART_RULES[kind].readers.includes(role)));
}

/** The harvest kinds read and changed only by whoever wrote them (memos); the API adds that condition to every read and change. */
export const OWN_HARVEST_KINDS: readonly HarvestItemKind[] = HARVEST_ITEM_KINDS.filter((kind) => HARVEST_PART_RULES[kind].ownOnly);

/** The harvest kinds in an exported report (the same for everyone, moderator included). */
export const EXPORTED_HARVEST_KINDS: readonly HarvestItemKind[] = HARVEST_ITEM_KINDS.filter((kind) => HARVEST_PART_RULES[kind].exported);
