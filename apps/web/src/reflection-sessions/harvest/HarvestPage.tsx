import type { SharedHarvestItemKind } from '@kring/domain';
import { Link, useParams } from 'react-router-dom';
import { ApproveReportDocument, ReflectionSessionDocument } from '../../graphql/documents/reflection-sessions';
import { useMutation, useQuery } from '../../graphql/hooks';
import { useLocale } from '../../i18n/locale';
import { Alert } from '../../ui/Alert';
import { Page } from '../../ui/Page';
import { Section } from '../../ui/Section';
import { sessionPath } from '../paths';
import '../sessions.css';
import { HarvestItems } from './HarvestItems';
import { HarvestPractices } from './HarvestPractices';
import { HarvestDrafts } from './HarvestDrafts';
import { ApproveReport } from './ApproveReport';
import { TypedNotAdded, useTypedNotAddedOnPage } from './typed-not-added';
import { useTexts } from '../texts';

/** What goes into the report, in the order the report shows it; memos come last and stay with the moderator. */
const SHARED_KINDS: readonly SharedHarvestItemKind[] = ['insight', 'advice'];

/**
 * /sessies/:id/oogst — the moderator writes down what the session yielded:
 * insights (leerpunten), advice to whoever brought the case, new practices to
 * try, and memos for themselves; then approves the report, which fixes it.
 */
export function HarvestPage() {
  const { t } = useTexts();
  const { dateTime } = useLocale();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ReflectionSessionDocument, { sessionId: id });
  const [approve, approval] = useMutation(ApproveReportDocument);
  const typed = useTypedNotAddedOnPage();

  if (!data) return <Page title={t('sessions.harvest.title')} notLoaded={{ error, onRetry: refetch }} />;
  const session = data.session;
  const { harvest } = session;
  const back = (
    <p className="link-alone">
      <Link to={sessionPath(session.id)}>{t('sessions.harvest.back')}</Link>
    </p>
  );
  // A manager who does not take part sees the plan, not what the session yields (the server sends no harvest).
  if (!harvest)
    return (
      <Page title={t('sessions.harvest.pageTitle', { question: session.question })}>
        {back}
        <Alert tone="info">{t('sessions.harvest.participantsOnly')}</Alert>
      </Page>
    );
  const moderator = session.viewerRole === 'moderator';
  const editable = moderator && !harvest.approvedAt && (session.status === 'live' || session.status === 'closed');

  return (
    <Page title={t('sessions.harvest.pageTitle', { question: session.question })}>
      <TypedNotAdded.Provider value={typed.context}>
        {back}
        {/* While the moderator still writes it; once approved, the line below says so instead. */}
        {!moderator && !harvest.approvedAt && <Alert tone="info">{t('sessions.harvest.moderatorOnly')}</Alert>}
        {harvest.approvedAt ? (
          <Alert tone="success">
            <p>{t('sessions.harvest.approvedOn', { when: dateTime(harvest.approvedAt) })}</p>
            <Link to={sessionPath(session.id, 'verslag')}>{t('sessions.live.toReport')}</Link>
          </Alert>
        ) : (
          moderator && <p>{t('sessions.harvest.intro')}</p>
        )}
        <HarvestDrafts sessionId={session.id} drafts={harvest.drafts} editable={editable} onChanged={refetch} />
        {SHARED_KINDS.map((kind) => (
          <HarvestItems
            key={kind}
            sessionId={session.id}
            kind={kind}
            items={harvest.items.filter((i) => i.kind === kind)}
            editable={editable}
            onChanged={refetch}
          />
        ))}
        <HarvestPractices sessionId={session.id} practices={harvest.practices} editable={editable} onChanged={refetch} />
        {moderator && (
          <HarvestItems
            sessionId={session.id}
            kind="memo"
            items={harvest.items.filter((i) => i.kind === 'memo')}
            editable={editable}
            onChanged={refetch}
          />
        )}
        {session.caseRef?.viewerCanRead && (
          <Section title={t('sessions.harvest.caseTitle')}>
            <p>{t('sessions.harvest.caseIntro', { pseudonym: session.caseRef.pseudonym })}</p>
            <Link to={`/casussen/${session.caseRef.id}`}>{t('sessions.harvest.toCase', { pseudonym: session.caseRef.pseudonym })}</Link>
          </Section>
        )}
        {moderator && !harvest.approvedAt && session.status !== 'closed' && (
          <Section title={t('sessions.harvest.approveTitle')}>
            <p>{t('sessions.harvest.approveAfterEnd')}</p>
          </Section>
        )}
        {moderator && !harvest.approvedAt && session.status === 'closed' && (
          <ApproveReport
            sessionId={session.id}
            question={session.question}
            typedIn={typed.parts}
            pointed={typed.pointed}
            point={typed.point}
            busy={approval.loading}
            error={approval.error}
            onApprove={async () => {
              if (await approve({ sessionId: session.id })) refetch();
            }}
          />
        )}
      </TypedNotAdded.Provider>
    </Page>
  );
}
