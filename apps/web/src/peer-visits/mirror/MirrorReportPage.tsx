import { FINDING_TYPES, MIRROR_QUESTIONS, MIRROR_REPORT_RULE, ORGANISATION_KIND_LABELS } from '@kring/domain';
import { Link, useParams } from 'react-router-dom';
import { MirrorReportDocument } from '../../graphql/documents/peer-visits';
import type { MirrorReportPartsFragment } from '../../graphql/generated';
import { useQuery } from '../../graphql/hooks';
import { useLocale } from '../../i18n/locale';
import { Alert } from '../../ui/Alert';
import { Page } from '../../ui/Page';
import { PdfButton } from '../../ui/PdfButton';
import { Section } from '../../ui/Section';
import { useLocalized } from '../../i18n/localized';
import { HostWords, useMirrorThemes } from '../host-words';
import { NoteTags } from '../NoteTags';
import { visitPath } from '../paths';
import { DraftEditor } from './DraftEditor';
import { HostDecisions } from './HostDecisions';
import { PracticeLine, VisitLead } from './ReportLines';
import '../peer-visits.css';
import { useTexts } from '../texts';

export type Report = MirrorReportPartsFragment;

/**
 * The mirror report (spiegelrapport): the visitors' draft, the host's
 * responses, reflection and practices to try, and the host's choice of who
 * reads it. Network readers get the anonymised version.
 */
export function MirrorReportPage() {
  const { t } = useTexts();
  const { visitId = '' } = useParams();
  const { data, error, refetch } = useQuery(MirrorReportDocument, { visitId });
  if (!data) return <Page title={t('visits.report.title')} notLoaded={{ error, onRetry: refetch }} />;
  const report = data.mirrorReport;
  return (
    <Page title={report.host ? t('visits.report.titleAt', { host: report.host.name }) : t('visits.report.title')} wide>
      <ReportHeader report={report} />
      {report.viewerCanDraft && <DraftEditor report={report} onChanged={refetch} />}
      {report.viewerIsHost && <HostDecisions report={report} onChanged={refetch} />}
      <HostWords term={report.hostResidentTerm}>
        <ReportBody report={report} />
      </HostWords>
      {!report.anonymised && (
        <p className="actions">
          <Link to={visitPath(visitId)}>{t('visits.links.visit')}</Link>
        </p>
      )}
    </Page>
  );
}

function ReportHeader({ report }: { report: Report }) {
  const { t } = useTexts();
  const { label } = useLocale();
  const localized = useLocalized();
  return (
    <>
      {report.anonymised && (
        <Alert tone="info">
          {report.hostKind
            ? t('visits.report.anonymised', { kind: label(ORGANISATION_KIND_LABELS, report.hostKind).toLowerCase() })
            : t('visits.report.anonymisedKindless')}
        </Alert>
      )}
      <VisitLead report={report} />
      <p>
        <span className="badge">{t(`visits.reportStatus.${report.status}`)}</span>{' '}
        <span className="muted">{localized(MIRROR_REPORT_RULE.sentence({ status: report.status, visibility: report.visibility }))}</span>
      </p>
      <PdfButton path={`/peer-visits/${report.visitId}/mirror-report.pdf`}>{t('visits.report.pdf')}</PdfButton>
    </>
  );
}

function ReportBody({ report }: { report: Report }) {
  const { t } = useTexts();
  const local = useLocalized();
  const mirrorThemes = useMirrorThemes();
  const response = (kind: string, id: string) => report.responses.find((r) => r.topicKind === kind && r.topicId === id)?.body;
  const notes = report.notes.filter((n) => n.inReport);
  return (
    <>
      <Section title={t('visits.report.focus')}>
        <p className="prompt">{report.focusQuestion}</p>
        {response('focus', 'focus') && <p className="prose response">{response('focus', 'focus')}</p>}
        {report.purpose && <p className="muted">{t('visits.report.purpose', { purpose: report.purpose })}</p>}
      </Section>
      {report.summary && (
        <Section title={t('visits.report.summary')}>
          <p className="prose">{report.summary}</p>
        </Section>
      )}
      <Section title={t('visits.report.conversation')}>
        {[...MIRROR_QUESTIONS.map((q) => ['question', q] as const), ...mirrorThemes.map((m) => ['theme', m] as const)]
          .filter(([kind, item]) => response(kind, item.id))
          .map(([kind, item]) => (
            <div key={item.id} className="subsection">
              <h3>{local(item.name)}</h3>
              <p className="prose response">{response(kind, item.id)}</p>
            </div>
          ))}
        {report.responses.length === 0 && <p className="muted">{t('visits.report.noResponses')}</p>}
      </Section>
      <Section title={t('visits.report.notes', { count: notes.length })}>
        {FINDING_TYPES.map((type) => {
          const ofType = notes.filter((n) => n.findingType === type.id);
          if (ofType.length === 0) return null;
          return (
            <div key={type.id} className="subsection">
              <h3>{local(type.name)}</h3>
              <ul className="card-list">
                {ofType.map((n) => (
                  <li key={n.id} className="card note">
                    <p>{n.body}</p>
                    <NoteTags note={n} />
                    {n.author && <p className="muted">{n.author}</p>}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </Section>
      {report.hostReflection && (
        <Section title={t('visits.report.reflection')}>
          <p className="prose">{report.hostReflection}</p>
        </Section>
      )}
      {report.practices.length > 0 && (
        <Section title={t('visits.report.practices')}>
          <ul className="plain-list">
            {report.practices.map((p) => (
              <PracticeLine key={p.id} practice={p} />
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
