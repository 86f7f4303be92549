import { remarkAllowed, STORY_LIMITS } from '@kring/domain';
import { CommentOnStoryDocument } from '../graphql/documents/stories';
import type { StoryPartsFragment } from '../graphql/generated';
import { useMutation } from '../graphql/hooks';
import { TextAreaField } from '../ui/Field';
import { useRetentionSentence } from '../ui/retention';
import { Form, useForm } from '../ui/Form';
import { Section } from '../ui/Section';
import { CommentList } from './CommentList';
import { useTexts } from './texts';

/**
 * The conversation of the member check, between the writer and a teller with an account (nobody else receives it);
 * a remark can be added while the version is not approved yet (remarkAllowed), since approving wipes them.
 */
export function CommentsSection({ story, onChanged }: { story: StoryPartsFragment; onChanged: () => void }) {
  const { t } = useTexts();
  const retention = useRetentionSentence('story_check_comments');
  const [comment, { loading, error }] = useMutation(CommentOnStoryDocument);
  const form = useForm({ body: '' });
  const inCheck = story.viewerIsAuthor || story.viewerIsStoryteller;

  const submit = async () => {
    if (await comment({ input: { storyId: story.id, body: form.values.body } })) {
      form.reset();
      onChanged();
    }
  };

  if (!inCheck) return null;
  const open = remarkAllowed({ revision: story.revision, approvedRevision: story.approvedRevision ?? null }, null);
  return (
    <Section title={t('stories.comments.title')}>
      <CommentList comments={story.comments} />
      {!open && <p className="muted">{t('stories.comments.checkDone')}</p>}
      {open && (
        <Form onSubmit={submit} submitLabel={t('stories.comments.submit')} busy={loading} error={error} fields={form.names}>
          <TextAreaField
            label={t('stories.comments.add')}
            hint={retention}
            rows={3}
            maxLength={STORY_LIMITS.comment}
            {...form.field('body', error)}
          />
        </Form>
      )}
    </Section>
  );
}
