import { Link, useParams } from 'react-router-dom';
import { CaseDocument } from '../graphql/documents/cases';
import { useQuery } from '../graphql/hooks';
import { Page } from '../ui/Page';
import { Sections } from '../ui/Section';
import { CaseDetailsSection } from './CaseDetailsSection';
import './cases.css';
import { ChaptersSection } from './ChaptersSection';
import { ConsentSection } from './ConsentSection';
import { VisibilitySection } from './VisibilitySection';
import { useTexts } from './texts';

/** One case (/casussen/:id): its chapters, background, who reads it and the consent behind that. */
export function CasePage() {
  const { t } = useTexts();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(CaseDocument, { id });

  if (!data)
    return (
      <Page title={t('cases.list.title')} notLoaded={{ error, onRetry: refetch, notFound: t('cases.page.unreadable') }}>
        {error?.code === 'NOT_FOUND' && (
          <p className="link-alone">
            <Link to="/casussen">{t('cases.page.toList')}</Link>
          </p>
        )}
      </Page>
    );

  const caseData = data.case;
  const sections = [
    { anchor: 'verhaal', title: t('cases.page.story'), body: <ChaptersSection caseData={caseData} onChanged={refetch} /> },
    { anchor: 'achtergrond', title: t('cases.page.background'), body: <CaseDetailsSection caseData={caseData} onChanged={refetch} /> },
    { anchor: 'wie-leest-mee', title: t('cases.visibility.title'), body: <VisibilitySection caseData={caseData} onChanged={refetch} /> },
    { anchor: 'toestemming', title: t('cases.consent.title'), body: <ConsentSection caseData={caseData} onChanged={refetch} /> },
  ];

  return (
    <Page title={caseData.title} wide>
      <p className="lead">
        <strong>{caseData.displayPseudonym}</strong>
      </p>
      <p className="muted">
        {t('cases.page.meta', {
          code: caseData.code,
          team: caseData.team?.name ?? t('cases.noTeam'),
          author: caseData.author?.name ?? '–',
        })}
      </p>
      <Sections label={t('organisation.sectionsLabel')} sections={sections} />
      <p className="link-alone">
        <Link to={`/casussen?organisatie=${caseData.organisationId}`}>{t('cases.page.toList')}</Link>
      </p>
    </Page>
  );
}
