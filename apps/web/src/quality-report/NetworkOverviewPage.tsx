import {
  harvestPeriodLabel,
  HIDDEN_COUNTS_EXPLAINED,
  NETWORK_AGGREGATE_INTRO,
  TOO_FEW_ORGANISATIONS_IN_YEAR,
  tooFewOrganisations,
} from '@kring/domain';
import { useState, type ReactNode } from 'react';
import { useViewer } from '../app/auth';
import { request } from '../graphql/client';
import { NetworkYearOverviewDocument, NetworkYearOverviewMarkdownDocument } from '../graphql/documents/quality-report';
import type { NetworkYearOverviewQuery } from '../graphql/generated';
import { useQuery } from '../graphql/hooks';
import { useLocalized } from '../i18n/localized';
import { Alert } from '../ui/Alert';
import { SelectField } from '../ui/Field';
import { NotLoaded, Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { ComplementNote, OwnOrganisationsNote, PeriodsLeftOut, useSmallNumber } from '../ui/SmallNumber';
import { periodColumns, Table } from '../ui/Table';
import { coordinatedNetworks } from './coordinated-networks';
import { CountTable } from './CountTable';
import { useReportYear } from './report-years';
import { ReportYearHeader } from './ReportYearHeader';
import './quality-report.css';
import { useTexts } from './texts';

type Overview = NetworkYearOverviewQuery['networkYearOverview'];

/** The coordinator's year overview of the learning network: patterns, never per organisation, small groups suppressed. */
export function NetworkOverviewPage() {
  const { t } = useTexts();
  const networks = coordinatedNetworks(useViewer());
  const [chosen, setChosen] = useState(networks[0]?.id ?? '');
  const networkId = networks.find((n) => n.id === chosen)?.id;
  return (
    <Page title={t('qualityReport.network.title')} wide>
      {!networkId ? (
        <Alert tone="info">{t('qualityReport.network.coordinatorsOnly')}</Alert>
      ) : (
        <NetworkReport
          choice={
            networks.length > 1 && (
              <SelectField
                label={t('qualityReport.network.network')}
                value={networkId}
                onChange={setChosen}
                options={networks.map((n) => ({ value: n.id, label: n.name }))}
              />
            )
          }
          networkId={networkId}
        />
      )}
    </Page>
  );
}

/** The chosen network's overview of a year: the years offered start at the network's first year with data, which the overview tells. */
function NetworkReport({ choice, networkId }: { choice: ReactNode; networkId: string }) {
  const { year, setYear } = useReportYear(networkId);
  const loaded = useQuery(NetworkYearOverviewDocument, { networkId, year });
  return (
    <>
      <ReportYearHeader
        choice={choice}
        subject={networkId}
        year={year}
        setYear={setYear}
        firstYear={loaded.data?.networkYearOverview.firstYear}
        downloads={{
          markdown: async () => (await request(NetworkYearOverviewMarkdownDocument, { networkId, year })).networkYearOverviewMarkdown,
          pdfPath: `/exports/network-overview/${networkId}/${year}.pdf`,
          filename: `jaaroverzicht-netwerk-${year}`,
        }}
      />
      {loaded.data ? <Preview overview={loaded.data.networkYearOverview} /> : <NotLoaded error={loaded.error} onRetry={loaded.refetch} />}
    </>
  );
}

function Preview({ overview }: { overview: Overview }) {
  const { t } = useTexts();
  const shown = useSmallNumber();
  const local = useLocalized();
  const counts = (caption: string, labelHeader: string, rows: Overview['sessionsByMethod']) => (
    <CountTable caption={caption} labelHeader={labelHeader} countHeader={t('qualityReport.count')} rows={rows} />
  );
  // The network rule (the patterns' quarters follow it too): with one to four organisations the API sends no figures,
  // and the page says why instead of showing empty tables.
  if (tooFewOrganisations(overview.organisations))
    return (
      <>
        <p>{local(NETWORK_AGGREGATE_INTRO)}</p>
        <p>{t('qualityReport.network.organisations', { count: overview.organisations })}</p>
        <OwnOrganisationsNote names={overview.ownOrganisationsLeftOut} />
        <Alert tone="info">{local(TOO_FEW_ORGANISATIONS_IN_YEAR)}</Alert>
      </>
    );
  return (
    <>
      <p>
        {local(NETWORK_AGGREGATE_INTRO)} {local(HIDDEN_COUNTS_EXPLAINED)}
      </p>
      <p>{t('qualityReport.network.organisations', { count: overview.organisations })}</p>
      <OwnOrganisationsNote names={overview.ownOrganisationsLeftOut} />
      <Section title={t('qualityReport.sessions.title')}>
        <p>{t('qualityReport.network.sessionsHeld', { number: shown(overview.sessionsHeld, overview.sessionsHeldHidden) })}</p>
        {/* The table says why when one of its own counts is hidden; a hidden total is said here. */}
        <ComplementNote shown={overview.sessionsHeldHidden === 'complement'} />
        {counts(t('qualityReport.sessions.title'), t('qualityReport.sessions.method'), overview.sessionsByMethod)}
        <h3>{t('qualityReport.participants.title')}</h3>
        {counts(t('qualityReport.participants.title'), t('qualityReport.participants.role'), overview.participantsByRole)}
      </Section>
      <Section title={t('qualityReport.voice.title')}>
        <p>{t('qualityReport.network.conversationsHeld', { number: shown(overview.mirrorConversationsHeld) })}</p>
        <h3>{t('qualityReport.network.themes')}</h3>
        {counts(t('qualityReport.network.themes'), t('qualityReport.network.theme'), overview.relativesVoiceThemes)}
        <h3>{t('qualityReport.network.quotes')}</h3>
        {overview.networkQuotes ? (
          <ul className="report-quotes">
            {overview.networkQuotes.map((quote, i) => (
              <li key={i}>“{quote}”</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('qualityReport.network.tooFewQuotes')}</p>
        )}
      </Section>
      <Section title={t('qualityReport.visits.title')}>
        <p>{t('qualityReport.network.visitsHeld', { number: shown(overview.visitsHeld) })}</p>
        <p className="muted">{t('qualityReport.network.visitsNote')}</p>
        {overview.visitHarvest.map((table) => (
          <HarvestTable key={table.title} table={table} />
        ))}
      </Section>
      <Section title={t('qualityReport.practices.title')}>
        {counts(t('qualityReport.practices.status'), t('qualityReport.practices.status'), overview.practicesByStatus)}
      </Section>
    </>
  );
}

type Row = Overview['visitHarvest'][number]['rows'][number];

/** Rows in a fixed order (never sorted by count), one column per quarter. */
function HarvestTable({ table }: { table: Overview['visitHarvest'][number] }) {
  const { t } = useTexts();
  const local = useLocalized();
  return (
    <>
      <h3>{table.title}</h3>
      {table.periods.length === 0 ? (
        <p className="muted">{t('qualityReport.network.noObservations')}</p>
      ) : (
        <Table
          label={table.title}
          rows={table.rows}
          rowKey={(row) => row.label}
          columns={[
            { header: t('qualityReport.network.item'), cell: (row) => row.label },
            ...periodColumns<Row>(table.periods, (key) => local(harvestPeriodLabel(key))),
          ]}
        />
      )}
      <PeriodsLeftOut count={table.periodsLeftOut} />
    </>
  );
}
