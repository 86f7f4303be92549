import {
  CORE_VALUES,
  FINDING_TYPES,
  HarvestDimension,
  HarvestObservation,
  harvestTable,
  Language,
  LocalizedText,
  MIRROR_THEMES,
} from '@kring/domain';
import { OverviewHarvestTableDto } from '../../dtos/network-overview.dto';

const HARVEST_TITLES: Record<HarvestDimension, LocalizedText> = {
  value: { nl: 'Beelden per kernwaarde', en: 'Observations by core value' },
  mirror_theme: { nl: 'Beelden per spiegelthema', en: 'Observations by mirror theme' },
  finding_type: { nl: 'Beelden per soort', en: 'Observations by kind' },
};

function harvestLabel(dimension: HarvestDimension, id: string, language: Language): string {
  const list: readonly { id: string; name: LocalizedText }[] =
    dimension === 'value' ? CORE_VALUES : dimension === 'mirror_theme' ? MIRROR_THEMES : FINDING_TYPES;
  return list.find((item) => item.id === id)?.name[language] ?? id;
}

/**
 * One table of the network overview's visit harvest, in the reader's
 * language: the domain's counts per quarter (small ones suppressed there),
 * with a title per dimension and each row named by its value, theme or kind.
 */
export function overviewHarvestTable(
  observations: readonly HarvestObservation[],
  dimension: HarvestDimension,
  language: Language,
): OverviewHarvestTableDto {
  const table = harvestTable(observations, dimension);
  return {
    title: HARVEST_TITLES[dimension][language],
    periods: [...table.periods],
    periodsLeftOut: table.periodsLeftOut,
    rows: table.rows.map((row) => ({ label: harvestLabel(dimension, row.itemId, language), counts: [...row.counts] })),
  };
}
