import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useChosenOrganisation } from '../ui/useChosenOrganisation';
import { ArrangePeerVisitDocument, PeerVisitOverviewDocument } from '../graphql/documents/peer-visits';
import type { PeerVisitOverviewQuery } from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { networkPath } from '../learning-networks';
import { SelectField } from '../ui/Field';
import { Form } from '../ui/Form';
import { NotLoaded, Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { reportPath, visitPath } from './paths';
import { ProposalCard } from './ProposalCard';
import { VisitSummaryLine } from './VisitSummaryLine';
import './peer-visits.css';
import { OrganisationChoice } from '../ui/OrganisationChoice';
import { useTexts } from './texts';
import { VisitDateField } from './VisitDateField';

type Overview = PeerVisitOverviewQuery['peerVisitOverview'];

/** Collegiale visitatie for one organisation: proposals to answer, visits, and arranging one directly. */
export function PeerVisitsPage() {
  const { t } = useTexts();
  const { organisations, organisationId, choose } = useChosenOrganisation();
  return (
    <Page title={t('visits.title')} wide>
      <p className="lead">{t('visits.intro')}</p>
      <OrganisationChoice organisations={organisations} organisationId={organisationId} choose={choose} />
      {organisationId ? <OverviewOf organisationId={organisationId} /> : <p>{t('visits.noOrganisation')}</p>}
    </Page>
  );
}

function OverviewOf({ organisationId }: { organisationId: string }) {
  const { t } = useTexts();
  const { data, error, refetch } = useQuery(PeerVisitOverviewDocument, { organisationId });
  if (!data) return <NotLoaded error={error} onRetry={refetch} />;
  const overview = data.peerVisitOverview;
  return (
    <>
      {overview.network ? (
        <p className="link-alone">
          <Link to={networkPath(overview.network.id)}>{t('visits.toNetwork', { name: overview.network.name })}</Link>
        </p>
      ) : (
        <p>{t('visits.noNetwork')}</p>
      )}
      {overview.proposals.length > 0 && (
        <Section title={t('visits.proposals.title')}>
          <p>{t('visits.proposals.intro')}</p>
          <ul className="card-list">
            {overview.proposals.map((p) => (
              <li key={p.id}>
                <ProposalCard proposal={p} answeringFor={overview.viewerIsEntrepreneur ? organisationId : null} onAnswered={refetch} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title={t('visits.list.title')}>
        {overview.visits.length === 0 ? (
          <p>{t(overview.viewerIsEntrepreneur ? 'visits.list.empty' : 'visits.list.emptyNotInTeam')}</p>
        ) : (
          <ul className="card-list">
            {overview.visits.map((v) => (
              <li key={v.id} className="card">
                <h3>
                  <Link to={visitPath(v.id)}>
                    {v.host.id === organisationId
                      ? t('visits.list.weHost', { visitor: v.visitor.name })
                      : t('visits.list.weVisit', { host: v.host.name })}
                  </Link>
                </h3>
                {v.focusQuestion && <p>{v.focusQuestion}</p>}
                <VisitSummaryLine visit={v} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      {overview.sharedReports.length > 0 && (
        <Section title={t('visits.shared.title')}>
          <ul className="card-list">
            {overview.sharedReports.map((v) => (
              <li key={v.id} className="card">
                <Link to={reportPath(v.id)}>{t('visits.shared.item', { visitor: v.visitor.name })}</Link>
                <VisitSummaryLine visit={v} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {overview.viewerIsEntrepreneur && overview.network && overview.partners.length > 0 && (
        <Section title={t('visits.arrange.title')}>
          <ArrangeVisit overview={overview} />
        </Section>
      )}
    </>
  );
}

function ArrangeVisit({ overview }: { overview: Overview }) {
  const { t } = useTexts();
  const navigate = useNavigate();
  const [arrange, { loading, error }] = useMutation(ArrangePeerVisitDocument);
  const [partner, setPartner] = useState(overview.partners[0]?.id ?? '');
  const [direction, setDirection] = useState<'host' | 'visit'>('host');
  const [visitDate, setVisitDate] = useState('');
  const submit = async () => {
    const result = await arrange({
      input: {
        organisationId: overview.organisation.id,
        partnerOrganisationId: partner,
        weHost: direction === 'host',
        visitDate: visitDate || null,
      },
    });
    if (result) void navigate(visitPath(result.arrangePeerVisit.id));
  };
  return (
    <>
      <p>{t('visits.arrange.intro')}</p>
      <Form
        onSubmit={submit}
        submitLabel={t('visits.arrange.submit')}
        busy={loading}
        error={error}
        fields={['partnerOrganisationId', 'visitDate']}
        label={t('visits.arrange.title')}
      >
        <SelectField
          label={t('visits.arrange.partner')}
          value={partner}
          onChange={setPartner}
          options={overview.partners.map((p) => ({ value: p.id, label: p.name }))}
          error={error?.fields.partnerOrganisationId}
        />
        <SelectField
          label={t('visits.arrange.direction')}
          value={direction}
          onChange={(v) => setDirection(v as 'host' | 'visit')}
          options={[
            { value: 'host', label: t('visits.arrange.weHost') },
            { value: 'visit', label: t('visits.arrange.weVisit') },
          ]}
        />
        <VisitDateField value={visitDate} onChange={setVisitDate} error={error?.fields.visitDate} />
      </Form>
    </>
  );
}
