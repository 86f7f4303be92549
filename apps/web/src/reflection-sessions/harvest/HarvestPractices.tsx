import { LIMITS } from '@kring/domain';
import { AddPracticeDocument, RemovePracticeDocument, UpdatePracticeDocument } from '../../graphql/documents/reflection-sessions';
import type { PracticePartsFragment } from '../../graphql/generated';
import { useMutation } from '../../graphql/hooks';
import { Button, ConfirmButton } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Form, useForm } from '../../ui/Form';
import { useInPlace } from '../../ui/in-place';
import { Section } from '../../ui/Section';
import { PracticeItem } from '../PracticeItem';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useTexts } from '../texts';
import { useTypedNotAdded } from './typed-not-added';

interface HarvestPracticesProps {
  sessionId: string;
  practices: readonly PracticePartsFragment[];
  editable: boolean;
  onChanged: () => void;
}

/** New practices to try (nieuwe praktijk): what, who, and when the team looks back on it. */
export function HarvestPractices({ sessionId, practices, editable, onChanged }: HarvestPracticesProps) {
  const { t } = useTexts();
  const [add, { loading, error }] = useMutation(AddPracticeDocument);
  const submit = async (values: PracticeValues) => Boolean(await add({ input: { sessionId, ...practiceInput(values) } }));
  return (
    <Section title={t('sessions.practices.title')}>
      <p className="muted">{t('sessions.practices.intro')}</p>
      {practices.length === 0 ? (
        <p>{t('sessions.harvest.none')}</p>
      ) : (
        <ul className="practices">
          {practices.map((practice) => (
            <PracticeRow key={practice.id} practice={practice} editable={editable} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {editable && (
        <PracticeForm
          typedKey="add:practice"
          label={t('sessions.practices.add')}
          submitLabel={t('sessions.practices.add')}
          busy={loading}
          error={error}
          onSubmit={async (values) => {
            const added = await submit(values);
            if (added) onChanged();
            return added;
          }}
        />
      )}
    </Section>
  );
}

interface PracticeValues {
  what: string;
  who: string;
  lookBackOn: string;
}

function practiceInput({ what, who, lookBackOn }: PracticeValues) {
  return { what, who: who || null, lookBackOn: lookBackOn || null };
}

function PracticeRow({ practice, editable, onChanged }: { practice: PracticePartsFragment; editable: boolean; onChanged: () => void }) {
  const { t } = useTexts();
  const editing = useInPlace();
  const [update, updating] = useMutation(UpdatePracticeDocument);
  const [remove, removing] = useMutation(RemovePracticeDocument);
  if (editing.open) {
    return (
      <li className="card">
        <PracticeForm
          typedKey={`edit:${practice.id}`}
          initial={{ what: practice.what, who: practice.who, lookBackOn: practice.lookBackOn ?? '' }}
          label={t('sessions.practices.editLabel', { what: practice.what })}
          submitLabel={t('sessions.live.entries.save')}
          busy={updating.loading}
          error={updating.error}
          onSubmit={async (values) => {
            const saved = Boolean(await update({ input: { practiceId: practice.id, ...practiceInput(values) } }));
            if (saved) {
              editing.stop();
              onChanged();
            }
            return saved;
          }}
          onCancel={editing.stop}
        />
      </li>
    );
  }
  return (
    <PracticeItem practice={practice}>
      <ErrorAlert error={removing.error} />
      {editable && (
        <div className="button-row">
          <Button variant="secondary" autoFocus={editing.returnFocus} onClick={editing.start}>
            {t('sessions.live.entries.edit')}
            <span className="visually-hidden">: {practice.what}</span>
          </Button>
          <ConfirmButton
            label={t('sessions.live.entries.remove')}
            target={practice.what}
            confirmLabel={t('sessions.live.entries.confirmRemove')}
            busy={removing.loading}
            onConfirm={async () => {
              if (await remove({ practiceId: practice.id })) onChanged();
            }}
          />
        </div>
      )}
    </PracticeItem>
  );
}

interface PracticeFormProps {
  /** Which form this is on the page, for its "nog niet toegevoegd" (typed-not-added.ts). */
  typedKey: string;
  initial?: PracticeValues;
  label: string;
  submitLabel: string;
  busy: boolean;
  error?: Parameters<typeof Form>[0]['error'];
  /** Resolves to true when saved, so the form can empty itself. */
  onSubmit: (values: PracticeValues) => Promise<boolean>;
  /** A practice being changed: the form closes again without saving, and its first field has the focus. */
  onCancel?: () => void;
}

const EMPTY: PracticeValues = { what: '', who: '', lookBackOn: '' };

function PracticeForm({ typedKey, initial, label, submitLabel, busy, error, onSubmit, onCancel }: PracticeFormProps) {
  const { t } = useTexts();
  const form = useForm<PracticeValues>(initial ?? EMPTY);
  // The first box typed in (or changed) says so, when approving would fix the harvest without it.
  const typedIn = (['what', 'who', 'lookBackOn'] as const).find((name) => form.values[name].trim() !== (initial ?? EMPTY)[name].trim());
  const pointed = useTypedNotAdded(typedKey, t('sessions.practices.title'), typedIn !== undefined);
  const field = (name: keyof PracticeValues) => {
    const props = form.field(name, error);
    return pointed && name === typedIn
      ? { ...props, error: t(initial ? 'sessions.harvest.notSaved' : 'sessions.harvest.notAdded') }
      : props;
  };
  const submit = async () => {
    if ((await onSubmit(form.values)) && !initial) form.reset();
  };
  return (
    <Form onSubmit={submit} submitLabel={submitLabel} busy={busy} error={error} fields={form.names} label={label} onCancel={onCancel}>
      <TextField
        label={t('sessions.practices.what')}
        autoFocus={onCancel !== undefined}
        hint={t('sessions.practices.whatHint')}
        maxLength={LIMITS.shortText}
        {...field('what')}
      />
      <TextField
        label={t('sessions.practices.whoField')}
        hint={t('sessions.practices.whoHint')}
        optional
        maxLength={LIMITS.name}
        {...field('who')}
      />
      <TextField
        label={t('sessions.practices.lookBackField')}
        hint={t('sessions.practices.lookBackHint')}
        optional
        type="date"
        {...field('lookBackOn')}
      />
    </Form>
  );
}
