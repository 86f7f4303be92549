import { remarkAllowed, STORY_LIMITS, type StoryAudience, type StoryDecision } from '@kring/domain';
import { useState } from 'react';
import type { GraphqlError } from '../graphql/client';
import { Alert } from '../ui/Alert';
import { TextAreaField } from '../ui/Field';
import { useRetentionSentence } from '../ui/retention';
import { Form } from '../ui/Form';
import { AudienceChoices } from './AudienceChoices';
import { useTexts } from './texts';

export interface MemberCheckAnswer {
  revision: number;
  comment: string | null;
  decision: StoryDecision | null;
  audiences: StoryAudience[];
}

interface MemberCheckFormProps {
  /** The version the storyteller is reading. */
  revision: number;
  /** The version they approved, if any: on it a remark goes with a decision only (remarkAllowed). */
  approvedRevision: number | null;
  canDecide: boolean;
  audiences: readonly StoryAudience[];
  onAnswer: (answer: MemberCheckAnswer) => Promise<boolean>;
  busy: boolean;
  error?: GraphqlError;
}

/**
 * The storyteller's answer, the same in Kring and through a personal link:
 * a remark, a decision on the version they read, and consent per audience.
 */
export function MemberCheckForm({ revision, approvedRevision, canDecide, audiences: given, onAnswer, busy, error }: MemberCheckFormProps) {
  const { t } = useTexts();
  const retention = useRetentionSentence('story_check_comments');
  const [decision, setDecision] = useState<StoryDecision | ''>('');
  const [audiences, setAudiences] = useState<StoryAudience[]>([...given]);
  const [comment, setComment] = useState('');
  const [saved, setSaved] = useState(false);

  const remarks = remarkAllowed({ revision, approvedRevision }, decision || null);
  const submit = async () => {
    setSaved(false);
    if (await onAnswer({ revision, comment: (remarks && comment) || null, decision: decision || null, audiences })) {
      setComment('');
      setDecision('');
      setSaved(true);
    }
  };

  return (
    <Form
      onSubmit={submit}
      submitLabel={t('stories.answer.submit')}
      busy={busy}
      error={error}
      fields={['comment']}
      label={t('stories.answer.title')}
    >
      <p>{t('stories.answer.intro')}</p>
      {canDecide ? (
        <fieldset className="field">
          <legend>{t('stories.answer.decision')}</legend>
          {(['approve', 'request_changes', ''] as const).map((value) => (
            <label key={value || 'none'} className="checkbox">
              <input type="radio" name="decision" value={value} checked={decision === value} onChange={() => setDecision(value)} />
              {value === 'approve'
                ? t('stories.answer.approve')
                : value === 'request_changes'
                  ? t('stories.answer.requestChanges')
                  : t('stories.answer.noDecision')}
            </label>
          ))}
        </fieldset>
      ) : (
        <Alert tone="info">{t('stories.answer.cannotDecide')}</Alert>
      )}
      <AudienceChoices
        legend={t('stories.answer.audiences')}
        hint={t('stories.answer.audiencesHint')}
        values={audiences}
        onChange={setAudiences}
      />
      {remarks && (
        <TextAreaField
          label={t('stories.answer.comment')}
          hint={retention}
          optional
          rows={3}
          maxLength={STORY_LIMITS.comment}
          name="comment"
          value={comment}
          onChange={setComment}
          error={error?.fields.comment}
        />
      )}
      {saved && <Alert tone="success">{t('stories.answer.saved')}</Alert>}
    </Form>
  );
}
