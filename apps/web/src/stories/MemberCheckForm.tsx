import { remarkAllowed, STORY_LIMITS, type StoryAudience, type StoryCheckStatus, type StoryDecision } from '@kring/domain';
import { useState } from 'react';
import type { GraphqlError } from '../graphql/client';
import { Alert } from '../ui/Alert';
import { TextAreaField } from '../ui/Field';
import { useRetentionSentence } from '../ui/retention';
import { Form } from '../ui/Form';
import { AudienceChoices, ownAudiences } from './AudienceChoices';
import { decisionToSend, storedDecision } from './member-check';
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
  /** Where the check stands: with approvedRevision, what the storyteller decided (storedDecision). */
  checkStatus: StoryCheckStatus;
  canDecide: boolean;
  audiences: readonly StoryAudience[];
  onAnswer: (answer: MemberCheckAnswer) => Promise<boolean>;
  busy: boolean;
  error?: GraphqlError;
}

/**
 * The storyteller's answer, the same in Kring and through a personal link:
 * a remark, a decision on the version they read, and consent per audience.
 * It starts from what is stored and says it, so a storyteller who comes back
 * sees that (and which version) they approved.
 */
export function MemberCheckForm(props: MemberCheckFormProps) {
  const { revision, approvedRevision, canDecide, audiences: given, onAnswer, busy, error } = props;
  const { t } = useTexts();
  const retention = useRetentionSentence('story_check_comments');
  const stored = storedDecision(props);
  const [decision, setDecision] = useState<StoryDecision | ''>(stored);
  const [audiences, setAudiences] = useState<StoryAudience[]>(() => ownAudiences(given));
  const [comment, setComment] = useState('');
  const [saved, setSaved] = useState(false);

  // While the writer is changing the story nothing can be decided, whatever the form held before.
  const sent = canDecide ? decisionToSend(decision, stored) : null;
  const remarks = remarkAllowed({ revision, approvedRevision }, sent);
  const submit = async () => {
    setSaved(false);
    // The choice stays as made: it is what is stored now.
    if (await onAnswer({ revision, comment: (remarks && comment) || null, decision: sent, audiences })) {
      setComment('');
      setSaved(true);
    }
  };
  const standing =
    approvedRevision === null
      ? stored === 'request_changes' && t('stories.answer.changesRequested')
      : approvedRevision === revision
        ? t('stories.answer.approvedThis', { revision })
        : t('stories.answer.approvedEarlier', { approved: approvedRevision, revision });

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
      {standing && <Alert tone="info">{standing}</Alert>}
      {canDecide ? (
        <fieldset className="field">
          <legend>{t('stories.answer.decision')}</legend>
          {/* "Only a remark" is a choice until something is decided; after that one changes the decision, or keeps it. */}
          {(stored ? (['approve', 'request_changes'] as const) : (['approve', 'request_changes', ''] as const)).map((value) => (
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
        chosen={audiences}
        onChange={setAudiences}
      />
      {/* An approved story shared with nobody: consent not given, or withdrawn. Said, so no empty choice looks like a mistake. */}
      {approvedRevision !== null && given.length === 0 && audiences.length === 0 && (
        <Alert tone="info">{t('stories.answer.sharedWithNobody')}</Alert>
      )}
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
