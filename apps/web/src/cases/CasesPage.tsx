import { Link } from 'react-router-dom';
import { CaseOrganisationDocument, CasesDocument } from '../graphql/documents/cases';
import { useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { NotLoaded, Page } from '../ui/Page';
import './cases.css';
import { TeamFilter } from '../ui/TeamFilter';
import { useTeamParam } from '../ui/useTeamParam';
import { visibilityLabels } from './visibility-labels';
import { OrganisationChoice } from '../ui/OrganisationChoice';
import { useTexts } from './texts';
import { NoOrganisation } from '../ui/NoOrganisation';

/** The cases the viewer may read, per team (/casussen?organisatie=…&team=…). */
export function CasesPage() {
  const { t } = useTexts();
  const { organisations, organisationId, choose, teamId } = useTeamParam();

  return (
    <Page title={t('cases.list.title')} wide>
      <p>{t('cases.list.intro')}</p>
      <OrganisationChoice organisations={organisations} organisationId={organisationId} choose={choose} />
      {organisationId ? <CaseList organisationId={organisationId} teamId={teamId} /> : <NoOrganisation />}
    </Page>
  );
}

function CaseList({ organisationId, teamId }: { organisationId: string; teamId: string }) {
  const { t } = useTexts();
  const { label, date } = useLocale();
  const organisation = useQuery(CaseOrganisationDocument, { id: organisationId });
  const cases = useQuery(CasesDocument, { organisationId, teamId: teamId || null });
  const teams = organisation.data?.organisation.teams ?? [];

  return (
    <>
      <p>
        <Link className="button button--primary" to={`/casussen/nieuw?organisatie=${organisationId}`}>
          {t('cases.list.new')}
        </Link>
      </p>
      {teams.length > 0 && <TeamFilter label={t('cases.list.filterTeam')} allTeams={t('cases.list.allTeams')} teams={teams} />}
      {!cases.data ? (
        <NotLoaded error={cases.error} onRetry={cases.refetch} />
      ) : cases.data.cases.length === 0 ? (
        <p>{t('cases.list.empty')}</p>
      ) : (
        <ul className="case-list" aria-label={t('cases.list.label')}>
          {cases.data.cases.map((c) => (
            <li key={c.id} className="card">
              <h2 className="case-list__title">
                <Link to={`/casussen/${c.id}`}>{c.title}</Link>
              </h2>
              <p className="case-list__meta">
                <span>{c.displayPseudonym}</span> · <span className="case-code">{c.code}</span> ·{' '}
                <span>{c.team?.name ?? t('cases.noTeam')}</span>
              </p>
              <p className="case-list__meta muted">
                <span className="badge badge--visibility">{label(visibilityLabels, c.visibility)}</span>{' '}
                {t('cases.list.chapters', { count: c.chapterCount })} ·{' '}
                {c.viewerIsAuthor ? t('cases.list.byYou') : c.author && t('cases.list.by', { name: c.author.name })} ·{' '}
                {t('cases.list.updated', { date: date(c.updatedAt) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
