import { useTranslation } from 'react-i18next';
import { managedOrganisations, useViewer } from '../app/auth';
import { useChosenOrganisation } from '../ui/useChosenOrganisation';
import { request } from '../graphql/client';
import { QualityReportDocument, QualityReportMarkdownDocument, type QualityReportQuery } from '../graphql/generated';
import { useQuery } from '../graphql/hooks';
import { Alert } from '../ui/Alert';
import { SelectField } from '../ui/Field';
import { LoadError, Loading, Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { CountTable } from './CountTable';
import { ReportDownloads } from './ReportDownloads';
import { useReportYear } from './report-years';
import './quality-report.css';
import { OrganisationChoice } from '../ui/OrganisationChoice';

type Report = QualityReportQuery['qualityReport'];

/** Input for the annual quality report (kwaliteitsverslag), for the organisation's managers: preview and downloads. */
export function QualityReportPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { organisations, organisationId, choose } = useChosenOrganisation(() => managedOrganisations(viewer));
  const { year, setYear, options } = useReportYear();
  return (
    <Page title={t('qualityReport.title')} wide>
      {!organisationId ? (
        <Alert tone="info">{t('qualityReport.managersOnly')}</Alert>
      ) : (
        <>
          <p>{t('qualityReport.intro')}</p>
          <div className="report-choice">
            <OrganisationChoice organisations={organisations} organisationId={organisationId} choose={choose} />
            <SelectField label={t('qualityReport.year')} value={String(year)} onChange={setYear} options={options} />
          </div>
          <ReportDownloads
            markdown={async () => (await request(QualityReportMarkdownDocument, { organisationId, year })).qualityReportMarkdown}
            pdfPath={`/exports/quality-report/${organisationId}/${year}.pdf`}
            filename={`kwaliteitsverslag-${year}`}
          />
          <Preview organisationId={organisationId} year={year} />
        </>
      )}
    </Page>
  );
}

function Preview({ organisationId, year }: { organisationId: string; year: number }) {
  const { data, error, refetch } = useQuery(QualityReportDocument, { organisationId, year });
  if (!data) return error ? <LoadError error={error} onRetry={refetch} /> : <Loading />;
  const report = data.qualityReport;
  return (
    <>
      <SessionsPart report={report} />
      <ParticipantsPart report={report} />
      <InsightsPart report={report} />
      <PracticesPart report={report} />
      <VoicePart report={report} />
      <VisitsPart report={report} />
    </>
  );
}

function Nothing() {
  const { t } = useTranslation();
  return <p className="muted">{t('qualityReport.nothing')}</p>;
}

function SessionsPart({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <Section title={t('qualityReport.sessions.title')}>
      <p>{t('qualityReport.sessions.held', { count: report.sessionsHeld })}</p>
      {report.sessionsByMethod.length > 0 && (
        <CountTable caption={t('qualityReport.sessions.title')} labelHeader={t('qualityReport.sessions.method')} countHeader={t('qualityReport.count')} rows={report.sessionsByMethod} />
      )}
    </Section>
  );
}

function ParticipantsPart({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <Section title={t('qualityReport.participants.title')}>
      <p className="muted">{t('qualityReport.participants.note')}</p>
      <h3>{t('qualityReport.participants.inSessions')}</h3>
      {report.participantsByRole.length ? (
        <CountTable caption={t('qualityReport.participants.inSessions')} labelHeader={t('qualityReport.participants.role')} countHeader={t('qualityReport.count')} rows={report.participantsByRole} />
      ) : (
        <Nothing />
      )}
      <h3>{t('qualityReport.participants.inMirror')}</h3>
      {report.mirrorParticipants.length ? (
        <CountTable caption={t('qualityReport.participants.inMirror')} labelHeader={t('qualityReport.participants.role')} countHeader={t('qualityReport.count')} rows={report.mirrorParticipants} />
      ) : (
        <Nothing />
      )}
    </Section>
  );
}

function InsightsPart({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <Section title={t('qualityReport.insights.title')}>
      <p className="muted">{t('qualityReport.insights.note')}</p>
      {report.insights.length === 0 ? (
        <Nothing />
      ) : (
        <ul className="report-list">
          {report.insights.map((insight, i) => (
            <li key={i}>
              {insight.text} <span className="muted">({insight.methodName}, {insight.heldOn})</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function PracticesPart({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <Section title={t('qualityReport.practices.title')}>
      {report.practices.length === 0 ? (
        <Nothing />
      ) : (
        <>
          <CountTable caption={t('qualityReport.practices.status')} labelHeader={t('qualityReport.practices.status')} countHeader={t('qualityReport.count')} rows={report.practicesByStatus} />
          <ul className="report-list">
            {report.practices.map((p, i) => (
              <li key={i}>
                <strong>{p.what}</strong> <span className="muted">({[p.teamName, p.source, p.statusLabel].filter(Boolean).join(' · ')})</span>
                {p.lastReview && <div>{t('qualityReport.practices.howItWent', { review: p.lastReview })}</div>}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function VoicePart({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <Section title={t('qualityReport.voice.title')}>
      <p>{t('qualityReport.voice.held', { count: report.mirrorConversationsHeld })}</p>
      <p className="muted">{t('qualityReport.voice.note')}</p>
      {report.relativesVoice.length === 0 && <Nothing />}
      {report.relativesVoice.map((c, i) => (
        <article key={i} className="card">
          <h3>
            {c.theme} <span className="muted">({t('qualityReport.voice.approvedOn', { date: c.approvedOn })})</span>
          </h3>
          <dl className="details">
            {c.themes.map((theme) => (
              <div key={theme.theme}>
                <dt>{theme.theme}</dt>
                <dd>{theme.summary}</dd>
              </div>
            ))}
          </dl>
          {c.quotes.length > 0 && (
            <ul className="report-quotes">
              {c.quotes.map((quote, j) => (
                <li key={j}>“{quote}”</li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </Section>
  );
}

function VisitsPart({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <Section title={t('qualityReport.visits.title')}>
      <p>{t('qualityReport.visits.counts', { hosted: report.visitsHosted, made: report.visitsMade })}</p>
      {report.visits.map((v, i) => (
        <article key={i} className="card">
          <h3>{t('qualityReport.visits.visitOn', { date: v.visitedOn })}</h3>
          <dl className="details">
            {v.focusQuestion && (
              <div>
                <dt>{t('qualityReport.visits.focus')}</dt>
                <dd>{v.focusQuestion}</dd>
              </div>
            )}
            {v.summary && (
              <div>
                <dt>{t('qualityReport.visits.mirror')}</dt>
                <dd className="prose">{v.summary}</dd>
              </div>
            )}
            {v.hostReflection && (
              <div>
                <dt>{t('qualityReport.visits.reflection')}</dt>
                <dd className="prose">{v.hostReflection}</dd>
              </div>
            )}
            {v.responses.map((r) => (
              <div key={r.topic}>
                <dt>{r.topic}</dt>
                <dd className="prose">{r.body}</dd>
              </div>
            ))}
          </dl>
          {v.findings.length > 0 && (
            <CountTable caption={t('qualityReport.visits.findings')} labelHeader={t('qualityReport.visits.findings')} countHeader={t('qualityReport.count')} rows={v.findings} />
          )}
          {v.practicesChosen > 0 && <p>{t('qualityReport.visits.chosen', { count: v.practicesChosen })}</p>}
        </article>
      ))}
      {report.visitsNotShared > 0 && <p className="muted">{t('qualityReport.visits.notShared', { count: report.visitsNotShared })}</p>}
    </Section>
  );
}
