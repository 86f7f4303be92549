import { useEffect, useRef } from 'react';
import { useParams } from 'react-router-dom';
import { AnswerStoryCheckByLinkDocument, StoryForStorytellerDocument } from '../graphql/documents/stories';
import type { StoryForStorytellerPartsFragment } from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLanguage } from '../i18n';
import { isLanguage } from '@kring/domain';
import { useLocale } from '../i18n/locale';
import { LinkUnavailable } from '../relatives';
import { Loading, Page } from '../ui/Page';
import { GuardReaderContext } from '../ui/content-guard/guard-reader';
import { Section } from '../ui/Section';
import { CommentList } from './CommentList';
import { MemberCheckForm } from './MemberCheckForm';
import './stories.css';
import { useTexts } from './texts';

/**
 * The storyteller's own page (/verhaal/:token), reached only through their
 * personal link: their story, the remarks, and their answer. No account, no
 * menu, nothing about anyone else.
 */
export function StorytellerPage() {
  const { token = '' } = useParams();
  const { t } = useTexts();
  const story = useQuery(StoryForStorytellerDocument, { token });
  if (!story.data)
    return story.error ? (
      <LinkUnavailable error={story.error} />
    ) : (
      <Page title={t('stories.teller.title')}>
        <Loading />
      </Page>
    );
  // What the content guard says here speaks to the storyteller, who has no pseudonym to use.
  return (
    <GuardReaderContext.Provider value="storyteller">
      <TellerView story={story.data.storyForStoryteller} token={token} onChanged={story.refetch} />
    </GuardReaderContext.Provider>
  );
}

function TellerView({ story, token, onChanged }: { story: StoryForStorytellerPartsFragment; token: string; onChanged: () => void }) {
  const { t } = useTexts();
  const { date } = useLocale();
  const [, setLanguage] = useLanguage();
  const [answer, { loading, error }] = useMutation(AnswerStoryCheckByLinkDocument);

  // The page opens in the storyteller's language; the switch in the header changes it.
  const chosen = useRef(story.language);
  useEffect(() => {
    if (isLanguage(chosen.current)) setLanguage(chosen.current);
  }, [setLanguage]);

  return (
    <Page title={t('stories.teller.title')}>
      <p>
        {story.writerName
          ? t('stories.teller.intro', { writer: story.writerName, organisation: story.organisationName })
          : t('stories.teller.introNoWriter', { organisation: story.organisationName })}
      </p>
      <Section title={story.title}>
        <p className="muted">{t('stories.teller.version', { revision: story.revision })}</p>
        <div className="story-text">{story.body}</div>
      </Section>
      <Section title={t('stories.comments.title')}>
        <CommentList comments={story.comments} />
      </Section>
      <Section title={t('stories.answer.title')}>
        <MemberCheckForm
          key={story.revision}
          revision={story.revision}
          approvedRevision={story.approvedRevision ?? null}
          checkStatus={story.checkStatus}
          canDecide={story.canDecide}
          audiences={story.audiences}
          busy={loading}
          error={error}
          onAnswer={async (given) => {
            const done = await answer({ input: { token, ...given } });
            if (done) onChanged();
            return !!done;
          }}
        />
      </Section>
      <p className="muted">{t('stories.teller.linkUntil', { date: date(story.linkExpiresAt) })}</p>
      <p className="muted">{t('stories.teller.privacy')}</p>
    </Page>
  );
}
