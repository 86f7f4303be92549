import type { ReactNode } from 'react';
import { managedOrganisations, useViewer } from '../app/auth';
import { useChosenOrganisation } from '../ui/useChosenOrganisation';
import { request } from '../graphql/client';
import { QualityReportDocument, QualityReportMarkdownDocument } from '../graphql/documents/quality-report';
import type { QualityReportQuery } from '../graphql/generated';
import { useQuery } from '../graphql/hooks';
import { Alert } from '../ui/Alert';
import { NotLoaded, Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { useReportYear } from './report-years';
import { ReportYearHeader } from './ReportYearHeader';
import './quality-report.css';
import { OrganisationChoice } from '../ui/OrganisationChoice';
import { useTexts } from './texts';

type ReportChapter = QualityReportQuery['qualityReport']['chapters'][number];

/** Input for the annual quality report (kwaliteitsverslag), for the organisation's managers: preview and downloads. */
export function QualityReportPage() {
  const { t } = useTexts();
  const viewer = useViewer();
  const { organisations, organisationId, choose } = useChosenOrganisation(() => managedOrganisations(viewer));
  return (
    <Page title={t('qualityReport.title')} wide>
      {!organisationId ? (
        <Alert tone="info">{t('qualityReport.managersOnly')}</Alert>
      ) : (
        <>
          <p>{t('qualityReport.intro')}</p>
          <OrganisationReport
            choice={<OrganisationChoice organisations={organisations} organisationId={organisationId} choose={choose} />}
            organisationId={organisationId}
          />
        </>
      )}
    </Page>
  );
}

/** The chosen organisation's report of a year: the years offered start at its first year with data, which the report tells. */
function OrganisationReport({ choice, organisationId }: { choice: ReactNode; organisationId: string }) {
  const { year, setYear } = useReportYear(organisationId);
  const loaded = useQuery(QualityReportDocument, { organisationId, year });
  return (
    <>
      <ReportYearHeader
        choice={choice}
        subject={organisationId}
        year={year}
        setYear={setYear}
        firstYear={loaded.data?.qualityReport.firstYear}
        downloads={{
          markdown: async () => (await request(QualityReportMarkdownDocument, { organisationId, year })).qualityReportMarkdown,
          pdfPath: `/exports/quality-report/${organisationId}/${year}.pdf`,
          filename: `kwaliteitsverslag-${year}`,
        }}
      />
      {loaded.data ? <Preview report={loaded.data.qualityReport} /> : <NotLoaded error={loaded.error} onRetry={loaded.refetch} />}
    </>
  );
}

/** The narrative draft as the PDF tells it: a chapter per theme of the Kwaliteitskader, running text, quotes, and what is missing and why. */
function Preview({ report }: { report: QualityReportQuery['qualityReport'] }) {
  const { t } = useTexts();
  return (
    <div className="report-narrative">
      {report.chapters.length === 0 && <p>{t('qualityReport.nothingYet')}</p>}
      {report.chapters.map((chapter) => (
        <Chapter key={chapter.number} chapter={chapter} />
      ))}
      {report.chaptersWithoutInput.length > 0 && (
        <Section title={t('qualityReport.withoutInput.title')}>
          <p>{t('qualityReport.withoutInput.note')}</p>
          <ul>
            {report.chaptersWithoutInput.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}

function Chapter({ chapter }: { chapter: ReportChapter }) {
  const { t } = useTexts();
  return (
    <Section title={`${chapter.number}. ${chapter.title}`}>
      {chapter.passages.map((passage) => (
        <div key={passage.heading} className="report-passage">
          <h3>{passage.heading}</h3>
          {passage.paragraphs.map((text, i) => (
            <p key={i}>{text}</p>
          ))}
          {passage.quotes.length > 0 && (
            <ul className="report-quotes">
              {passage.quotes.map((quote, i) => (
                <li key={i}>“{quote}”</li>
              ))}
            </ul>
          )}
          {passage.leftOut.length > 0 && (
            <aside className="report-left-out" aria-label={t('qualityReport.leftOut')}>
              {passage.leftOut.map((text, i) => (
                <p key={i}>{text}</p>
              ))}
            </aside>
          )}
        </div>
      ))}
    </Section>
  );
}
