import { LIMITS } from '@kring/domain';
import { useState } from 'react';
import { SetStorytellerEmailDocument } from '../graphql/documents/stories';
import type { StoryPartsFragment } from '../graphql/generated';
import { useMutation } from '../graphql/hooks';
import { TextField } from '../ui/Field';
import { Form } from '../ui/Form';
import { useTexts } from './texts';

/**
 * The writer adds or corrects the address of a storyteller without an
 * account: the member-check link goes to that address alone. Without one
 * the story cannot be laid before the storyteller, so the form is open
 * then; otherwise it waits behind "change".
 */
export function StorytellerEmailForm({ story, onChanged }: { story: StoryPartsFragment; onChanged: () => void }) {
  const { t } = useTexts();
  const current = story.storyteller.email ?? '';
  const [email, setEmail] = useState(current);
  const [saved, setSaved] = useState<{ linkStopped: boolean }>();
  // Stays open after saving, so "Bewaard." shows by the button that caused it.
  const [open, setOpen] = useState(false);
  const [save, { loading, error }] = useMutation(SetStorytellerEmailDocument);

  const submit = async () => {
    const hadLink = Boolean(story.storyteller.linkExpiresAt);
    const data = await save({ input: { storyId: story.id, email } });
    if (!data) return;
    setSaved({ linkStopped: hadLink && data.setStorytellerEmail.storyteller.email !== current });
    setOpen(true);
    onChanged();
  };

  const form = (
    <Form
      onSubmit={submit}
      submitLabel={t('stories.check.emailSave')}
      busy={loading}
      error={error}
      fields={['email']}
      label={t('stories.check.emailChange')}
      status={saved && (saved.linkStopped ? t('stories.check.emailSavedLinkStopped') : t('stories.check.emailSaved'))}
    >
      <TextField
        type="email"
        autoComplete="off"
        label={t('stories.fields.guestEmail')}
        hint={`${t('stories.fields.guestEmailHint')} ${t('stories.check.emailChangeHint')}`}
        name="email"
        value={email}
        maxLength={LIMITS.email}
        onChange={setEmail}
        error={error?.fields.email}
      />
    </Form>
  );

  if (!current) {
    return (
      <>
        <p>{t('stories.check.emailMissing')}</p>
        {form}
      </>
    );
  }
  return (
    <>
      <p className="story-email">{t('stories.check.emailIs', { email: current })}</p>
      <details className="story-email" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('stories.check.emailChange')}</summary>
        {form}
      </details>
    </>
  );
}
