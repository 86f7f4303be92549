import type { HarvestItemKind } from '../live-session/types';
import { HARVEST_ITEM_KINDS } from '../live-session/types';
import { LocalizedText } from '../values/localized-text';
import { fullFor, ReaderRole, ReadingView, VisibilityRule } from './reader-roles';

/**
 * Who reads each part of a session's harvest and report (domain guide §4,
 * "Harvest"). Insights and advice are the room's; a moderator memo never
 * leaves the moderator's own screen — it is in no report export, not even the
 * moderator's own PDF or Markdown, because an export is a file that travels.
 */
interface HarvestPartRule {
  readonly readers: readonly ReaderRole[];
  /** Whether the part is in the exported report (PDF, Markdown). */
  readonly exported: boolean;
  readonly sentence: LocalizedText;
}

const ROOM: readonly ReaderRole[] = ['session_moderator', 'session_participant'];

export const HARVEST_PART_RULES: Readonly<Record<HarvestItemKind, HarvestPartRule>> = {
  insight: {
    readers: ROOM,
    exported: true,
    sentence: {
      nl: 'Leerpunten komen in het verslag: iedereen die aan de sessie deelnam leest ze.',
      en: 'Insights go into the report: everyone who took part in the session reads them.',
    },
  },
  advice: {
    readers: ROOM,
    exported: true,
    sentence: {
      nl: 'Adviezen komen in het verslag: iedereen die aan de sessie deelnam leest ze.',
      en: 'Advice goes into the report: everyone who took part in the session reads it.',
    },
  },
  memo: {
    readers: ['session_moderator'],
    exported: false,
    sentence: {
      nl: 'Aantekeningen voor jezelf als gespreksleider. Ze komen niet in het verslag, in geen enkele download (ook niet de jouwe) en niemand anders ziet ze.',
      en: 'Notes for yourself as the moderator. They are not in the report, in no download (not even yours), and nobody else sees them.',
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

/** The harvest kinds in an exported report (the same for everyone, moderator included). */
export const EXPORTED_HARVEST_KINDS: readonly HarvestItemKind[] = HARVEST_ITEM_KINDS.filter((kind) => HARVEST_PART_RULES[kind].exported);
