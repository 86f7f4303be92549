import { CORE_VALUES, STORY_CHECK_STATUS_LABELS } from '@kring/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { AnswerStoryCheckDocument, StoryDocument } from '../graphql/documents/stories';
import type { StoryPartsFragment } from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLanguage } from '../i18n';
import { useLocale } from '../i18n/locale';
import { LearningTabs, withOrganisation } from '../practices';
import { Alert } from '../ui/Alert';
import { Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { CommentsSection } from './CommentsSection';
import { EditStory } from './EditStory';
import { MemberCheckForm } from './MemberCheckForm';
import { MemberCheckSection } from './MemberCheckSection';
import { audienceList } from './story-labels';
import './stories.css';
import { withoutTeamWord } from '../ui/team-name';
import { useTexts } from './texts';

/** One story (/verhalen/:id): its text, the member check, the remarks, and for its teller the answer. */
export function StoryPage() {
  const { t } = useTexts();
  const { id = '' } = useParams();
  const story = useQuery(StoryDocument, { storyId: id });
  if (!story.data)
    return (
      <Page title={t('stories.title')} notLoaded={{ error: story.error, onRetry: story.refetch, notFound: t('stories.page.unreadable') }} />
    );
  return <StoryView story={story.data.story} onChanged={story.refetch} />;
}

function StoryView({ story, onChanged }: { story: StoryPartsFragment; onChanged: () => void }) {
  const { t } = useTexts();
  const [language] = useLanguage();
  const { label } = useLocale();
  const [answer, { loading, error }] = useMutation(AnswerStoryCheckDocument);
  const [saved, setSaved] = useState(false);
  const values = CORE_VALUES.filter((v) => story.valueIds.includes(v.id)).map((v) => v.name[language]);
  const shareable = story.viewerIsAuthor && story.reaches.some((a) => a === 'organisation' || a === 'network');

  return (
    <Page title={story.title} wide>
      <LearningTabs current="stories" organisationId={story.organisationId} />
      <p className="muted">
        {t('stories.page.meta', {
          team: story.team ? withoutTeamWord(story.team.name) : '–',
          author: story.author?.name ?? '–',
          revision: story.revision,
        })}
        {story.storyteller.name && ` · ${t('stories.byTeller', { name: story.storyteller.name })}`}
      </p>
      <p>
        <span className="badge">{label(STORY_CHECK_STATUS_LABELS, story.checkStatus)}</span>{' '}
        {story.reaches.length > 0 ? t('stories.reaches', { audiences: audienceList(story.reaches, language) }) : t('stories.reachesNobody')}
      </p>
      {saved && <Alert tone="success">{t('stories.page.saved')}</Alert>}
      <div className="story-text">{story.body}</div>
      {values.length > 0 && <p className="muted">{values.join(' · ')}</p>}
      {shareable && (
        <p className="link-alone">
          <Link to={withOrganisation(`/bibliotheek/delen/story/${story.id}`, story.organisationId)}>
            {t('stories.page.shareInLibrary')}
          </Link>
        </p>
      )}
      {story.viewerIsAuthor && (
        <EditStory
          story={story}
          onSaved={() => {
            setSaved(true);
            onChanged();
          }}
        />
      )}
      {story.viewerIsAuthor && <MemberCheckSection story={story} onChanged={onChanged} />}
      {story.viewerIsStoryteller && (
        <Section title={t('stories.answer.title')}>
          <MemberCheckForm
            // A new version is a new check: the form starts again from what is stored for it.
            key={story.revision}
            revision={story.revision}
            approvedRevision={story.approvedRevision ?? null}
            checkStatus={story.checkStatus}
            canDecide={story.checkStatus !== 'draft'}
            audiences={story.audiences}
            busy={loading}
            error={error}
            onAnswer={async (given) => {
              const done = await answer({ input: { storyId: story.id, ...given } });
              if (done) onChanged();
              return !!done;
            }}
          />
        </Section>
      )}
      <CommentsSection story={story} onChanged={onChanged} />
    </Page>
  );
}
