import { PRACTICE_STATUS_LABELS, PRACTICE_STATUSES, SESSION_LIMITS, type PracticeStatus } from '@kring/domain';
import { useResidentWords } from '../app/useResidentWords';
import { LookBackOnPracticeDocument } from '../graphql/documents/practices';
import { useMutation } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { Form, useForm } from '../ui/Form';
import { useTexts } from './texts';

interface LookBackFormProps {
  /** The practice's organisation, whose word for the people it cares for the hint uses. */
  organisationId: string;
  practice: { id: string; what: string; status: PracticeStatus };
  onSaved: () => void;
}

/**
 * "Hoe ging het?" in the team's list, outside a session: what was noticed,
 * how the team carries on, and when it looks back again.
 */
export function LookBackForm({ organisationId, practice, onSaved }: LookBackFormProps) {
  const { t } = useTexts();
  const words = useResidentWords(organisationId);
  const { label, options } = useLocale();
  const [lookBack, { loading, error }] = useMutation(LookBackOnPracticeDocument);
  const form = useForm({ body: '', status: '', nextLookBackOn: '' });

  const submit = async () => {
    const { body, status, nextLookBackOn } = form.values;
    const saved = await lookBack({
      input: { practiceId: practice.id, body, status: (status || null) as PracticeStatus | null, nextLookBackOn: nextLookBackOn || null },
    });
    if (saved) {
      form.reset();
      onSaved();
    }
  };

  return (
    <details className="review">
      <summary>{t('practices.lookBack.open')}</summary>
      <Form
        onSubmit={submit}
        submitLabel={t('practices.lookBack.submit')}
        busy={loading}
        error={error}
        fields={form.names}
        label={`${t('practices.lookBack.title')} ${practice.what}`}
      >
        <TextAreaField
          label={t('practices.lookBack.body')}
          hint={t('practices.lookBack.bodyHint', words)}
          rows={3}
          maxLength={SESSION_LIMITS.harvestTextMaxLength}
          {...form.field('body', error)}
        />
        <SelectField
          label={t('practices.lookBack.status')}
          optional
          emptyOption={t('practices.lookBack.keepStatus', { status: label(PRACTICE_STATUS_LABELS, practice.status) })}
          options={options(
            PRACTICE_STATUSES.filter((s) => s !== practice.status),
            PRACTICE_STATUS_LABELS,
          )}
          {...form.field('status', error)}
        />
        <TextField
          type="date"
          label={t('practices.lookBack.next')}
          hint={t('practices.lookBack.nextHint')}
          optional
          {...form.field('nextLookBackOn', error)}
        />
      </Form>
    </details>
  );
}
