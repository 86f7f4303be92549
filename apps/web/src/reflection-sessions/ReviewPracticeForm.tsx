import { PRACTICE_STATUS_LABELS, PRACTICE_STATUSES, SESSION_LIMITS, type PracticeStatus } from '@kring/domain';
import { ReviewPracticeDocument } from '../graphql/documents/reflection-sessions';
import { useMutation } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { SelectField, TextAreaField } from '../ui/Field';
import { Form, useForm } from '../ui/Form';
import { useTexts } from './texts';

interface ReviewPracticeFormProps {
  sessionId: string;
  practice: { id: string; what: string; status: PracticeStatus };
  /** Only the moderator decides whether the team carries on with it. */
  canSetStatus: boolean;
  /** Pages that read the session over GraphQL reload it; the live room hears it as an event. */
  onReviewed?: () => void;
}

/** "Hoe ging het?" for one practice, in this session. */
export function ReviewPracticeForm({ sessionId, practice, canSetStatus, onReviewed }: ReviewPracticeFormProps) {
  const { t } = useTexts();
  const { label, options } = useLocale();
  const [review, { loading, error }] = useMutation(ReviewPracticeDocument);
  const form = useForm({ body: '', status: '' });

  const submit = async () => {
    const status = (form.values.status || null) as PracticeStatus | null;
    if (await review({ input: { sessionId, practiceId: practice.id, body: form.values.body, status: canSetStatus ? status : null } })) {
      form.reset();
      onReviewed?.();
    }
  };

  return (
    <details className="review">
      <summary>{t('sessions.practices.review')}</summary>
      <Form
        onSubmit={submit}
        submitLabel={t('sessions.practices.reviewSubmit')}
        busy={loading}
        error={error}
        fields={form.names}
        label={t('sessions.practices.reviewLabel', { what: practice.what })}
      >
        <TextAreaField
          label={t('sessions.practices.reviewBody')}
          rows={3}
          maxLength={SESSION_LIMITS.harvestTextMaxLength}
          {...form.field('body', error)}
        />
        {canSetStatus && (
          <SelectField
            label={t('sessions.practices.newStatus')}
            optional
            emptyOption={t('sessions.practices.keepStatus', { status: label(PRACTICE_STATUS_LABELS, practice.status) })}
            options={options(
              PRACTICE_STATUSES.filter((s) => s !== practice.status),
              PRACTICE_STATUS_LABELS,
            )}
            {...form.field('status', error)}
          />
        )}
      </Form>
    </details>
  );
}
