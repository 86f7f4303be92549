import { useState } from 'react';
import { GuardedForm, type GuardAnswers } from '../cases';
import '../cases/cases.css';
import { UpdateStoryDocument } from '../graphql/documents/stories';
import type { StoryPartsFragment } from '../graphql/generated';
import { useMutation } from '../graphql/hooks';
import { StoryFields, storyTexts, type StoryTextValues } from './StoryFields';
import { useTexts } from './texts';

/** Changing the story; a changed title or text is a new version for the storyteller to check. */
export function EditStory({ story, onSaved }: { story: StoryPartsFragment; onSaved: () => void }) {
  const { t } = useTexts();
  const [update, { loading, error }] = useMutation(UpdateStoryDocument);
  const [text, setText] = useState<StoryTextValues>({ title: story.title, body: story.body, valueIds: [...story.valueIds] });
  const [open, setOpen] = useState(false);

  const submit = async (answers: GuardAnswers) => {
    if (await update({ input: { storyId: story.id, ...text, ...answers } })) {
      setOpen(false);
      onSaved();
    }
  };

  return (
    <details className="review" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('stories.page.edit')}</summary>
      <p className="field__hint">{t('stories.page.editHint')}</p>
      {open && (
        <GuardedForm
          organisationId={story.organisationId}
          texts={storyTexts(text, t)}
          alsoPerson={story.storyteller && !story.storyteller.hasAccount ? (story.storyteller.name ?? undefined) : undefined}
          onSubmit={submit}
          submitLabel={t('stories.page.save')}
          busy={loading}
          error={error}
          fields={['title', 'body', 'valueIds']}
        >
          <StoryFields values={text} onChange={setText} error={error} />
        </GuardedForm>
      )}
    </details>
  );
}
