import { LIBRARY_AUDIENCE_LABELS, LIBRARY_SOURCE_KIND_LABELS } from '@kring/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { LibraryShareCandidatesDocument, WithdrawFromLibraryDocument } from '../graphql/documents/library';
import type { LibraryCandidatePartsFragment } from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { LearningTabs } from '../practices';
import { OrganisationChoice } from '../ui/OrganisationChoice';
import { Alert } from '../ui/Alert';
import { ConfirmButton } from '../ui/Button';
import { NotLoaded, Page } from '../ui/Page';
import './library.css';
import { useLibraryContext } from './useLibraryContext';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';
import { NoOrganisation } from '../ui/NoOrganisation';

/** What the viewer may share in the library, and how it is shared now (/bibliotheek/delen?organisatie=…). */
export function SharePage() {
  const { t } = useTexts();
  const { organisations, organisationId, choose } = useLibraryContext();
  return (
    <Page title={t('library.share.title')} wide>
      <LearningTabs current="library" organisationId={organisationId} />
      <p>{t('library.share.intro')}</p>
      <OrganisationChoice organisations={organisations} organisationId={organisationId} choose={choose} />
      {organisationId ? <Candidates organisationId={organisationId} /> : <NoOrganisation />}
    </Page>
  );
}

function Candidates({ organisationId }: { organisationId: string }) {
  const { t } = useTexts();
  const candidates = useQuery(LibraryShareCandidatesDocument, { organisationId });
  const [notice, setNotice] = useState<string>();
  if (!candidates.data) return <NotLoaded error={candidates.error} onRetry={candidates.refetch} />;
  const list = candidates.data.libraryShareCandidates;
  if (list.length === 0) return <p>{t('library.share.empty')}</p>;
  return (
    <>
      {notice && <Alert tone="success">{notice}</Alert>}
      <ul className="library-candidates">
        {list.map((candidate) => (
          <Candidate
            key={`${candidate.kind}:${candidate.sourceId}`}
            candidate={candidate}
            organisationId={organisationId}
            onWithdrawn={() => {
              setNotice(t('library.share.withdrawn'));
              candidates.refetch();
            }}
          />
        ))}
      </ul>
    </>
  );
}

function Candidate({
  candidate,
  organisationId,
  onWithdrawn,
}: {
  candidate: LibraryCandidatePartsFragment;
  organisationId: string;
  onWithdrawn: () => void;
}) {
  const { t } = useTexts();
  const { label } = useLocale();
  const [withdraw, { loading, error }] = useMutation(WithdrawFromLibraryDocument);
  const { share } = candidate;
  const blocked = !candidate.ready
    ? {
        story: t('library.share.notReadyStory'),
        lesson: t('library.share.notReadyLesson'),
        mirror_report: t('library.share.notReadyReport'),
        case: null,
      }[candidate.kind]
    : candidate.allowedAudiences.length === 0
      ? candidate.kind === 'mirror_report'
        ? t('library.share.reportNotShared')
        : t('library.share.noConsent')
      : null;
  return (
    <li className="card">
      <h2 className="case-list__title">
        <span className="badge">{label(LIBRARY_SOURCE_KIND_LABELS, candidate.kind)}</span> {candidate.title}
      </h2>
      <p className="muted">{candidate.excerpt}</p>
      {share && (
        <p>
          {t('library.share.sharedWith', { audience: label(LIBRARY_AUDIENCE_LABELS, share.audience) })} ·{' '}
          {share.visibleNow ? t('library.share.visible') : t('library.share.hidden')}
        </p>
      )}
      {blocked && <p>{blocked}</p>}
      <p className="actions">
        {!blocked && (
          <Link
            className="button button--primary"
            to={`/bibliotheek/delen/${candidate.kind}/${candidate.sourceId}?organisatie=${organisationId}`}
          >
            {share ? t('library.share.reviewAgain') : t('library.share.review')}
          </Link>
        )}
        {share && (
          <ConfirmButton
            label={t('library.share.withdraw')}
            target={candidate.title}
            confirmLabel={t('library.share.withdrawConfirm')}
            busy={loading}
            onConfirm={async () => {
              if (await withdraw({ libraryItemId: share.itemId })) onWithdrawn();
            }}
          />
        )}
      </p>
      <ErrorAlert error={error} />
    </li>
  );
}
