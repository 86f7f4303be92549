import { Link, useParams } from 'react-router-dom';
import { SessionReportDocument } from '../../graphql/documents/reflection-sessions';
import type { SessionReportQuery } from '../../graphql/generated';
import { useQuery } from '../../graphql/hooks';
import { useLocale } from '../../i18n/locale';
import { Alert } from '../../ui/Alert';
import { Page } from '../../ui/Page';
import { Section } from '../../ui/Section';
import { sessionPath } from '../paths';
import { PracticeItem } from '../PracticeItem';
import '../sessions.css';
import { ReportDownloads } from './ReportDownloads';
import { heldAt } from '../held-at';
import { useTexts } from '../texts';

type Report = SessionReportQuery['sessionReport'];

/**
 * /sessies/:id/verslag — the readable report: the harvest and the new
 * practices first, then what was said per phase (anonymous stays
 * anonymous) and the values it touched.
 * Printable as is; PDF and Markdown are the same report from the server.
 */
export function ReportPage() {
  const { t } = useTexts();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(SessionReportDocument, { sessionId: id });
  // Someone who did not take part (an administrator who manages the organisation) is not let in however often they
  // try: the session page's plain statement and the way to the plan, without a retry button.
  if (error?.code === 'SESSION_NOT_PARTICIPANT')
    return (
      <Page title={t('sessions.report.title')}>
        <Alert tone="info">{t('sessions.details.planOnlyOver')}</Alert>
        <p className="link-alone">
          <Link to={sessionPath(id)}>{t('sessions.harvest.back')}</Link>
        </p>
      </Page>
    );
  if (!data) return <Page title={t('sessions.report.title')} notLoaded={{ error, onRetry: refetch }} />;
  const report = data.sessionReport;
  return (
    <Page title={t('sessions.report.pageTitle', { question: report.question })} wide>
      <div className="report">
        <p className="no-print">
          <Link to={sessionPath(report.sessionId)}>{t('sessions.harvest.back')}</Link>
        </p>
        <ReportDownloads report={report} />
        <ReportMeta report={report} />
        {/* What the session yielded comes first, as in the PDF; the conversation that led there follows. */}
        <Harvest report={report} />
        {report.phases.map((phase, index) => (
          <Section key={phase.id} title={`${index + 1}. ${phase.title}`}>
            <p className="muted">{phase.prompt}</p>
            {phase.entries.length === 0 ? (
              <p>{t('sessions.report.nothing')}</p>
            ) : (
              <ul className="entries">
                {phase.entries.map((entry, i) => (
                  <li key={i} className="entry">
                    <p className="entry__body prose">{entry.body}</p>
                    <p className="entry__meta">
                      {[
                        entry.author ?? (entry.forRoom ? t('sessions.live.entries.forRoom') : t('sessions.live.entries.anonymous')),
                        entry.groupLabel && t('sessions.report.group', { label: entry.groupLabel }),
                        entry.votes > 0 && t('sessions.live.votes.total', { count: entry.votes }),
                        ...entry.tags.map((tag) => `${tag.itemName} · ${tag.directionLabel.toLocaleLowerCase()}`),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        ))}
        <Values report={report} />
      </div>
    </Page>
  );
}

function ReportMeta({ report }: { report: Report }) {
  const { t } = useTexts();
  const { dateTime } = useLocale();
  const rows: [string, string | null][] = [
    [t('sessions.details.method'), t('sessions.report.methodVersion', { name: report.methodName, version: report.methodVersion })],
    [t('sessions.details.team'), report.teamName],
    [t('sessions.details.case'), report.casePseudonym],
    [t('sessions.report.date'), dateTime(heldAt(report))],
    [t('sessions.details.place'), report.place || null],
    [t('sessions.details.moderator'), report.moderatorName],
    [t('sessions.details.participants'), report.participantNames.join(', ') || null],
    [t('sessions.details.lenses'), report.lensNames.join(', ') || null],
  ];
  return (
    <>
      {report.approvedAt ? (
        <p className="muted">
          {report.approvedBy
            ? t('sessions.report.approvedBy', { name: report.approvedBy, when: dateTime(report.approvedAt) })
            : t('sessions.report.approved', { when: dateTime(report.approvedAt) })}
        </p>
      ) : (
        <Alert tone="info">{t('sessions.report.draft')}</Alert>
      )}
      <dl className="details">
        {rows
          .filter((row): row is [string, string] => !!row[1])
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </>
  );
}

/** Values as patterns to talk about: how often each was tagged in a direction, never a total. */
function Values({ report }: { report: Report }) {
  const { t } = useTexts();
  if (report.tagCounts.length === 0) return null;
  return (
    <Section title={t('sessions.report.valuesTitle')}>
      <p className="muted">{t('sessions.report.valuesNote')}</p>
      <ul className="plain-list">
        {report.tagCounts.map((tag) => (
          <li key={`${tag.itemId}:${tag.direction}`}>
            {tag.itemName}: {tag.directionLabel.toLocaleLowerCase()} ({t('sessions.report.times', { count: tag.count })})
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Harvest({ report }: { report: Report }) {
  const { t } = useTexts();
  const texts = (title: string, items: readonly string[]) =>
    items.length > 0 && (
      <>
        <h3>{title}</h3>
        <ul className="plain-list">
          {items.map((text, i) => (
            <li key={i} className="prose">
              {text}
            </li>
          ))}
        </ul>
      </>
    );
  const nothing = [report.insights, report.advice, report.practices, report.reviewedPractices, report.memos].every(
    (list) => list.length === 0,
  );
  return (
    <Section title={t('sessions.harvest.title')}>
      {nothing && <p>{t('sessions.report.nothing')}</p>}
      {texts(t('sessions.harvest.kinds.insight.title'), report.insights)}
      {texts(t('sessions.harvest.kinds.advice.title'), report.advice)}
      {report.practices.length > 0 && (
        <>
          <h3>{t('sessions.practices.title')}</h3>
          <ul className="practices">
            {report.practices.map((practice) => (
              <PracticeItem key={practice.id} practice={practice} />
            ))}
          </ul>
        </>
      )}
      {report.reviewedPractices.length > 0 && (
        <>
          <h3>{t('sessions.report.reviewed')}</h3>
          <ul className="practices">
            {report.reviewedPractices.map((practice) => (
              <PracticeItem
                key={practice.id}
                practice={{ ...practice, reviews: practice.reviews.filter((r) => r.sessionId === report.sessionId) }}
              />
            ))}
          </ul>
        </>
      )}
      {texts(t('sessions.harvest.kinds.memo.title'), report.memos)}
    </Section>
  );
}
