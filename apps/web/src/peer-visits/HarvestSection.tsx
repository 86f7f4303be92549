import { CHECKIN_TOPICS, harvestPeriodLabel } from '@kring/domain';
import { NetworkHarvestDocument } from '../graphql/documents/peer-visits';
import { useQuery } from '../graphql/hooks';
import type { NetworkSectionProps } from '../learning-networks';
import { NotLoaded } from '../ui/Page';
import { OwnOrganisationsNote, PeriodsLeftOut } from '../ui/SmallNumber';
import { periodColumns, Table } from '../ui/Table';
import { useLocale } from '../i18n/locale';
import { useLocalized } from '../i18n/localized';
import { FINDING_TYPE_NAMES, MIRROR_THEME_NAMES, VALUE_NAMES } from './labels';
import { useTexts } from './texts';

const NAMES = { value: VALUE_NAMES, mirror_theme: MIRROR_THEME_NAMES, finding_type: FINDING_TYPE_NAMES };

/**
 * The network harvest (netwerkoogst): patterns across the visits whose hosts
 * shared their report, per quarter; small groups suppressed; rows in a fixed
 * order and never per organisation, so nothing reads as a ranking.
 */
export function HarvestSection({ network }: NetworkSectionProps) {
  const { t } = useTexts();
  const local = useLocalized();
  const { quarter: period } = useLocale();
  const { data, error, refetch } = useQuery(NetworkHarvestDocument, { networkId: network.id });
  if (!data) return <NotLoaded error={error} onRetry={refetch} />;
  const harvest = data.networkHarvest;
  const fewerVisits = t('network.harvest.fewerVisits', { min: harvest.minimumGroupSize });
  return (
    <>
      <p>
        {harvest.sharedVisits === null
          ? t('network.harvest.introFewer', { min: harvest.minimumGroupSize })
          : t('network.harvest.intro', { count: harvest.sharedVisits, min: harvest.minimumGroupSize })}
      </p>
      <OwnOrganisationsNote names={harvest.ownOrganisationsLeftOut} />
      {harvest.tables.map((table) => (
        <div key={table.dimension} className="subsection">
          <h3>{t(`network.harvest.dimension.${table.dimension}`)}</h3>
          {table.periods.length === 0 ? (
            <p className="muted">{t('network.harvest.nothing')}</p>
          ) : (
            <Table
              label={t(`network.harvest.dimension.${table.dimension}`)}
              rows={table.rows}
              rowKey={(row) => row.itemId}
              columns={[
                {
                  header: t(`network.harvest.dimension.${table.dimension}`),
                  cell: (row) => local(NAMES[table.dimension].get(row.itemId)!),
                },
                ...periodColumns<(typeof table.rows)[number]>(table.periods, (key) => local(harvestPeriodLabel(key))),
              ]}
            />
          )}
          <PeriodsLeftOut count={table.periodsLeftOut} />
        </div>
      ))}
      <div className="subsection">
        <h3>{t('network.harvest.rules')}</h3>
        {harvest.ruleObstacles ? (
          <ul>
            {harvest.ruleObstacles.map((r, i) => (
              <li key={i}>
                {r.text} {r.period && <span className="muted">({period(r.period)})</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{fewerVisits}</p>
        )}
      </div>
      <div className="subsection">
        <h3>{t('network.harvest.checkins')}</h3>
        {harvest.checkins.map((c) => (
          <div key={c.topic}>
            <h4>{local(CHECKIN_TOPICS.find((topic) => topic.id === c.topic)!.name)}</h4>
            {c.texts ? (
              <ul>
                {c.texts.map((text, i) => (
                  <li key={i}>{text}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{fewerVisits}</p>
            )}
          </div>
        ))}
      </div>
    </>
  );
}
