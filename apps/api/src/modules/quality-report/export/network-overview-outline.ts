import { Language } from '@kring/domain';
import { NetworkYearOverviewDto } from '../dtos/network-overview.dto';
import { formatDay } from '../report-year';
import { countItems } from './quality-report-outline';
import { type ReportBlock } from '../../../engine/documents/outline';

const LABELS = {
  title: { nl: 'Jaaroverzicht {year}: {network}', en: 'Year overview {year}: {network}' },
  made: { nl: 'Gemaakt op', en: 'Made on' },
  organisations: { nl: 'Organisaties in het netwerk', en: 'Organisations in the network' },
  intro: {
    nl: 'Patronen over alle organisaties samen: niets per organisatie en geen rangorde. Aantallen kleiner dan {min} staan er als "minder dan {min}", zodat ze niet naar mensen of huizen wijzen.',
    en: 'Patterns across all organisations together: nothing per organisation and no ranking. Counts below {min} are shown as "fewer than {min}", so they do not point at people or homes.',
  },
  fewer: { nl: 'minder dan {min}', en: 'fewer than {min}' },
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

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

export function networkOverviewOutline(overview: NetworkYearOverviewDto, language: Language): ReportBlock[] {
  const min = overview.minimumGroupSize;
  const L = (key: keyof typeof LABELS, values: Record<string, string | number> = {}) => fill(LABELS[key][language], { min, ...values });
  const shown = (count: number | null) => (count === null ? L('fewer') : String(count));
  const blocks: ReportBlock[] = [
    { kind: 'title', text: L('title', { year: overview.year, network: overview.networkName }) },
    { kind: 'meta', label: L('made'), value: formatDay(overview.generatedAt, language) },
    { kind: 'meta', label: L('organisations'), value: String(overview.organisations) },
    { kind: 'note', text: L('intro') },
  ];
  const section = (title: string) => blocks.push({ kind: 'heading', level: 2, text: title });
  const sub = (title: string) => blocks.push({ kind: 'heading', level: 3, text: title });

  section(`1. ${L('sessions')}`);
  blocks.push({ kind: 'meta', label: L('held'), value: shown(overview.sessionsHeld) });
  sub(L('byMethod'));
  blocks.push(...countItems(overview.sessionsByMethod, L('fewer')));
  sub(L('participants'));
  blocks.push(...countItems(overview.participantsByRole, L('fewer')));

  section(`2. ${L('voice')}`);
  blocks.push({ kind: 'meta', label: L('conversations'), value: shown(overview.mirrorConversationsHeld) });
  sub(L('themes'));
  blocks.push(...countItems(overview.relativesVoiceThemes, L('fewer')));
  sub(L('quotes'));
  if (overview.networkQuotes) blocks.push(...overview.networkQuotes.map((quote) => ({ kind: 'prompt' as const, text: `“${quote}”` })));
  else blocks.push({ kind: 'note', text: L('tooFewQuotes') });

  section(`3. ${L('visits')}`);
  blocks.push({ kind: 'meta', label: L('visitsHeld'), value: shown(overview.visitsHeld) }, { kind: 'note', text: L('visitsNote') });
  for (const table of overview.visitHarvest) {
    sub(table.title);
    if (table.periods.length === 0) {
      blocks.push({ kind: 'note', text: L('noObservations') });
      continue;
    }
    for (const row of table.rows) {
      blocks.push({
        kind: 'item',
        text: row.label,
        detail: table.periods.map((period, i) => `${period}: ${shown(row.counts[i])}`).join(' · '),
      });
    }
  }

  section(`4. ${L('practices')}`);
  blocks.push(...countItems(overview.practicesByStatus, L('fewer')));
  return blocks;
}
