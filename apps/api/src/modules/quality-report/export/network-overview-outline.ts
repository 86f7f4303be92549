import {
  COMPLEMENT_COUNT_WHY,
  GroupCellHiding,
  HIDDEN_COUNTS_EXPLAINED,
  Language,
  leftOutText,
  NETWORK_AGGREGATE_INTRO,
  ownOrganisationsLeftOut,
  harvestPeriodLabel,
  periodsLeftOutSentence,
  TOO_FEW_ORGANISATIONS_IN_YEAR,
  tooFewOrganisations,
} from '@kring/domain';
import { NetworkYearOverviewDto } from '../dtos/network-overview.dto';
import { formatDay } from '../report-year';
import { type ReportBlock } from '../../../engine/documents/outline';
import { outlineWriter } from '../../../engine/documents/outline-writer';

const LABELS = {
  title: { nl: 'Jaaroverzicht {year}: {network}', en: 'Year overview {year}: {network}' },
  made: { nl: 'Gemaakt op', en: 'Made on' },
  organisations: { nl: 'Organisaties die meetellen', en: 'Organisations counted' },
  sessions: { nl: 'Reflectiesessies', en: 'Reflection sessions' },
  held: { nl: 'Gehouden', en: 'Held' },
  byMethod: { nl: 'Per werkvorm', en: 'By method' },
  participants: { nl: 'Deelnemers per rol', en: 'Participants by role' },
  voice: { nl: 'De stem van naasten', en: "Relatives' voice" },
  conversations: { nl: 'Gehouden spiegelgesprekken', en: 'Mirror conversations held' },
  themes: { nl: 'Thema’s: in hoeveel oogsten ze terugkwamen', en: 'Themes: in how many harvests they came up' },
  quotes: {
    nl: 'Citaten (met toestemming om in het netwerk te delen, geanonimiseerd)',
    en: 'Quotes (with consent to share in the network, anonymised)',
  },
  tooFewQuotes: {
    nl: 'Te weinig citaten om te tonen zonder dat ze herkenbaar worden.',
    en: 'Too few quotes to show without them becoming recognisable.',
  },
  visits: { nl: 'Collegiale visitaties', en: 'Peer-review visits' },
  visitsHeld: { nl: 'Gehouden visitaties', en: 'Visits held' },
  visitsNote: {
    nl: 'Alleen beelden uit spiegelrapporten die de gastheer met het netwerk deelde.',
    en: 'Only observations from mirror reports the host shared with the network.',
  },
  practices: { nl: 'Nieuwe praktijk per stand van zaken', en: 'New practices by status' },
  noObservations: { nl: 'Nog geen gedeelde beelden in dit jaar.', en: 'No shared observations this year yet.' },
} as const;

export function networkOverviewOutline(overview: NetworkYearOverviewDto, language: Language): ReportBlock[] {
  const o = outlineWriter(LABELS, language);
  const shown = (count: number | null, hidden?: GroupCellHiding | null) => (count === null ? leftOutText(hidden)[language] : String(count));
  o.title(o.label('title', { year: overview.year, network: overview.networkName }));
  o.meta(o.label('made'), formatDay(overview.generatedAt, language));
  o.meta(o.label('organisations'), String(overview.organisations));
  const tooFew = tooFewOrganisations(overview.organisations);
  // With too few organisations there are no counts to explain: the note says why instead, as the screen does.
  o.note(tooFew ? NETWORK_AGGREGATE_INTRO[language] : `${NETWORK_AGGREGATE_INTRO[language]} ${HIDDEN_COUNTS_EXPLAINED[language]}`);
  const leftOut = ownOrganisationsLeftOut(overview.ownOrganisationsLeftOut);
  if (leftOut) o.note(leftOut[language]);
  if (tooFew) {
    o.note(TOO_FEW_ORGANISATIONS_IN_YEAR[language]);
    return o.blocks;
  }

  o.heading(2, `1. ${o.label('sessions')}`);
  o.meta(o.label('held'), shown(overview.sessionsHeld, overview.sessionsHeldHidden));
  o.heading(3, o.label('byMethod'));
  o.counts(overview.sessionsByMethod);
  // A count hidden so that the total does not give a small one away says why, beside the table, as on the screen.
  if (overview.sessionsHeldHidden === 'complement' || overview.sessionsByMethod.some((c) => c.countHidden === 'complement'))
    o.note(COMPLEMENT_COUNT_WHY[language]);
  o.heading(3, o.label('participants'));
  o.counts(overview.participantsByRole);

  o.heading(2, `2. ${o.label('voice')}`);
  o.meta(o.label('conversations'), shown(overview.mirrorConversationsHeld));
  o.heading(3, o.label('themes'));
  o.counts(overview.relativesVoiceThemes);
  o.heading(3, o.label('quotes'));
  if (overview.networkQuotes) overview.networkQuotes.forEach(o.quote);
  else o.note(o.label('tooFewQuotes'));

  o.heading(2, `3. ${o.label('visits')}`);
  o.meta(o.label('visitsHeld'), shown(overview.visitsHeld));
  o.note(o.label('visitsNote'));
  for (const table of overview.visitHarvest) {
    o.heading(3, table.title);
    if (table.periods.length === 0) {
      o.note(o.label('noObservations'));
      const leftOut = periodsLeftOutSentence(table.periodsLeftOut, language);
      if (leftOut) o.note(leftOut);
      continue;
    }
    // Periods are quarter keys (2026-Q1): written as the reader says them, "K1 2026".
    const periods = table.periods.map((period) => harvestPeriodLabel(period)[language]);
    for (const row of table.rows) o.item(row.label, periods.map((period, i) => `${period}: ${shown(row.counts[i])}`).join(' · '));
    const leftOut = periodsLeftOutSentence(table.periodsLeftOut, language);
    if (leftOut) o.note(leftOut);
  }

  o.heading(2, `4. ${o.label('practices')}`);
  o.counts(overview.practicesByStatus);
  return o.blocks;
}
