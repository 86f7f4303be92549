import { REPORT_STATUSES, REPORT_VISIBILITIES, ReportStatus, ReportVisibility } from '../peer-visits/types';
import { LocalizedText } from '../values/localized-text';
import { ReaderRole, ReadingView, VisibilityRule } from './reader-roles';

/**
 * Who reads a peer visit's mirror report (spiegelrapport, domain guide §6.6):
 * the visitors write the draft and keep it to themselves until they hand it
 * over; from then on the host decides, and the host's choice applies at once
 * to the host's own team and organisation. The learning network reads only a
 * closed report, and only anonymised.
 */
export interface MirrorReportState {
  readonly status: ReportStatus;
  readonly visibility: ReportVisibility;
}

const atLeast = (visibility: ReportVisibility, level: ReportVisibility) =>
  REPORT_VISIBILITIES.indexOf(visibility) >= REPORT_VISIBILITIES.indexOf(level);

function view(state: MirrorReportState, role: ReaderRole): ReadingView {
  if (role === 'visitor') return 'full';
  // Before the hand-over the draft is the visitors' alone, also for the host.
  if (state.status === 'draft') return 'none';
  switch (role) {
    case 'host':
      return 'full';
    case 'team_member':
      return atLeast(state.visibility, 'team') ? 'full' : 'none';
    case 'other_team':
    case 'overview':
      return atLeast(state.visibility, 'organisation') ? 'full' : 'none';
    case 'network_peer':
    case 'network_coordinator':
      return state.status === 'closed' && state.visibility === 'network' ? 'anonymised' : 'none';
    default:
      return 'none';
  }
}

const CIRCLE: Readonly<Record<ReportVisibility, LocalizedText>> = {
  involved: {
    nl: 'Alleen wie bij de visitatie betrokken was ziet dit rapport: de bezoekers en de gastheer.',
    en: 'Only those involved in the visit see this report: the visitors and the host.',
  },
  team: {
    nl: 'Ook het gekozen team van de gastheer ziet dit rapport.',
    en: "The host's chosen team sees this report too.",
  },
  organisation: {
    nl: 'De hele organisatie van de gastheer ziet dit rapport.',
    en: "The host's whole organisation sees this report.",
  },
  network: {
    // What anonymise leaves out, and what it cannot: a kind of organisation shows in ordinary words.
    nl: 'De hele organisatie van de gastheer ziet dit rapport; het lerend netwerk ziet een geanonimiseerde versie zodra het rapport is afgesloten: zonder namen, plaatsen en datums, ook in wat mensen schreven. Woorden die de soort organisatie verraden, zoals "de stal" of "school", blijven staan.',
    en: 'The host\'s whole organisation sees this report; the learning network sees an anonymised version once the report is closed: without names, places and dates, also in what people wrote. Words that give away the kind of organisation, such as "the barn" or "school", stay.',
  },
};

const DRAFT: LocalizedText = {
  nl: 'Dit concept lezen alleen de bezoekers, tot zij het aan de gastheer geven. Daarna geldt meteen de keuze van de gastheer.',
  en: "Only the visitors read this draft, until they hand it to the host. From then on the host's choice applies at once.",
};

function sentence(state: MirrorReportState): LocalizedText {
  return state.status === 'draft' ? DRAFT : CIRCLE[state.visibility];
}

export const MIRROR_REPORT_RULE: VisibilityRule<MirrorReportState> = {
  kind: 'mirror_report',
  states: REPORT_STATUSES.flatMap((status) => REPORT_VISIBILITIES.map((visibility) => ({ status, visibility }))),
  view,
  sentence,
};

/** What the host reads above the choice: how the choice works, from the same rule. */
export const MIRROR_REPORT_CHOICE_INTRO: LocalizedText = {
  nl: 'Jij beslist, en je keuze geldt meteen voor je eigen team en organisatie, ook een kleinere kring. Het lerend netwerk ziet alleen een afgesloten rapport, altijd geanonimiseerd.',
  en: 'You decide, and your choice applies at once to your own team and organisation, a smaller circle too. The learning network sees only a closed report, always anonymised.',
};

/** The sentence for one circle as a choice (the radio buttons), whatever the report's status. */
export function mirrorReportCircleSentence(visibility: ReportVisibility): LocalizedText {
  return CIRCLE[visibility];
}
