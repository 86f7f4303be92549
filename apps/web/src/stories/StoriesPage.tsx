import { STORY_CHECK_STATUS_LABELS } from '@kring/domain';
import { Link } from 'react-router-dom';
import { useResidentWords } from '../app/useResidentWords';
import { StoriesDocument } from '../graphql/documents/stories';
import { useQuery } from '../graphql/hooks';
import { useLanguage } from '../i18n';
import { useLocale } from '../i18n/locale';
import { LearningTabs, withOrganisation } from '../practices';
import { useTeamParam } from '../ui/useTeamParam';
import { OrganisationChoice } from '../ui/OrganisationChoice';
import { NotLoaded, Page } from '../ui/Page';
import { audienceList } from './story-labels';
import './stories.css';
import { useTexts } from './texts';
import { NoOrganisation } from '../ui/NoOrganisation';

/** The stories the viewer may read (/verhalen?organisatie=…). */
export function StoriesPage() {
  const { t } = useTexts();
  const { organisations, organisationId, choose } = useTeamParam();
  // A story is told by one of the people the chosen organisation cares for, in its word ("een deelnemer").
  const words = useResidentWords(organisationId);
  return (
    <Page title={t('stories.title')} wide>
      <LearningTabs current="stories" organisationId={organisationId} />
      <p>{t('stories.intro', words)}</p>
      <OrganisationChoice organisations={organisations} organisationId={organisationId} choose={choose} />
      {organisationId ? <StoryList organisationId={organisationId} /> : <NoOrganisation />}
    </Page>
  );
}

function StoryList({ organisationId }: { organisationId: string }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const { label } = useLocale();
  const stories = useQuery(StoriesDocument, { organisationId, teamId: null });
  return (
    <>
      <p>
        <Link className="button button--primary" to={withOrganisation('/verhalen/nieuw', organisationId)}>
          {t('stories.new')}
        </Link>
      </p>
      {!stories.data ? (
        <NotLoaded error={stories.error} onRetry={stories.refetch} />
      ) : stories.data.stories.length === 0 ? (
        <p>{t('stories.empty')}</p>
      ) : (
        <ul className="story-list" aria-label={t('stories.listLabel')}>
          {stories.data.stories.map((story) => (
            <li key={story.id} className="card">
              <h2>
                <Link to={withOrganisation(`/verhalen/${story.id}`, organisationId)}>{story.title}</Link>
              </h2>
              <p className="muted">
                {[
                  story.team?.name,
                  story.viewerIsStoryteller
                    ? t('stories.youTell')
                    : story.storyteller.name && t('stories.byTeller', { name: story.storyteller.name }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <p>
                <span className="badge">{label(STORY_CHECK_STATUS_LABELS, story.checkStatus)}</span>{' '}
                {story.reaches.length > 0
                  ? t('stories.reaches', { audiences: audienceList(story.reaches, language) })
                  : t('stories.reachesNobody')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
