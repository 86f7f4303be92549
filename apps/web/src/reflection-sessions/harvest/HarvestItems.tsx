import { HARVEST_ITEM_KIND_LABELS, HARVEST_PART_RULES, SESSION_LIMITS, type HarvestItemKind } from '@kring/domain';
import { AddHarvestItemDocument, RemoveHarvestItemDocument, UpdateHarvestItemDocument } from '../../graphql/documents/reflection-sessions';
import { useMutation } from '../../graphql/hooks';
import { useLocale } from '../../i18n/locale';
import { useLocalized } from '../../i18n/localized';
import { Button, ConfirmButton } from '../../ui/Button';
import { TextAreaField } from '../../ui/Field';
import { useRetentionSentence } from '../../ui/retention';
import { Form, useForm } from '../../ui/Form';
import { useInPlace } from '../../ui/in-place';
import { Section } from '../../ui/Section';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useTexts } from '../texts';
import { useTypedNotAdded } from './typed-not-added';

interface HarvestItemsProps {
  sessionId: string;
  kind: HarvestItemKind;
  items: readonly { id: string; body: string }[];
  editable: boolean;
  onChanged: () => void;
}

/** One kind of harvest: insights, advice to the contributor, or memos (for the moderator only). */
export function HarvestItems({ sessionId, kind, items, editable, onChanged }: HarvestItemsProps) {
  const { t } = useTexts();
  const { label } = useLocale();
  const localized = useLocalized();
  const title = t(`sessions.harvest.kinds.${kind}.title`);
  return (
    <Section title={title}>
      {kind !== 'memo' && <p className="muted">{t(`sessions.harvest.kinds.${kind}.intro`)}</p>}
      {/* Who reads this part comes from the harvest rule that also filters the API's reads and exports. */}
      <p className="muted">{localized(HARVEST_PART_RULES[kind].sentence)}</p>
      {items.length === 0 ? (
        <p>{t('sessions.harvest.none')}</p>
      ) : (
        <ul className="harvest-list">
          {items.map((item) => (
            <HarvestItemRow
              key={item.id}
              item={item}
              editable={editable}
              kindLabel={label(HARVEST_ITEM_KIND_LABELS, kind)}
              part={title}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
      {editable && <AddHarvestItem sessionId={sessionId} kind={kind} title={title} onChanged={onChanged} />}
    </Section>
  );
}

function AddHarvestItem({
  sessionId,
  kind,
  title,
  onChanged,
}: {
  sessionId: string;
  kind: HarvestItemKind;
  title: string;
  onChanged: () => void;
}) {
  const { t } = useTexts();
  const [add, { loading, error }] = useMutation(AddHarvestItemDocument);
  const form = useForm({ body: '' });
  // Only memos are raw material; insights and advice are the harvest itself.
  const memoRetention = useRetentionSentence('session_memos');
  const unadded = useTypedNotAdded(`add:${kind}`, title, form.values.body.trim() !== '');
  const body = form.field('body', error);
  const submit = async () => {
    if (await add({ input: { sessionId, kind, body: form.values.body } })) {
      form.reset();
      onChanged();
    }
  };
  return (
    <Form
      onSubmit={submit}
      submitLabel={t(`sessions.harvest.kinds.${kind}.add`)}
      busy={loading}
      error={error}
      fields={form.names}
      label={title}
    >
      <TextAreaField
        label={t(`sessions.harvest.kinds.${kind}.field`)}
        hint={kind === 'memo' ? memoRetention : undefined}
        rows={3}
        maxLength={SESSION_LIMITS.harvestTextMaxLength}
        {...body}
        // Beside the box that holds it: approving would fix the harvest without it (typed-not-added.ts).
        error={unadded ? t('sessions.harvest.notAdded') : body.error}
      />
    </Form>
  );
}

function HarvestItemRow({
  item,
  editable,
  kindLabel,
  part,
  onChanged,
}: {
  item: { id: string; body: string };
  editable: boolean;
  kindLabel: string;
  /** The section's name, for the page's "nog niet toegevoegd". */
  part: string;
  onChanged: () => void;
}) {
  const { t } = useTexts();
  const editing = useInPlace();
  const [update, updating] = useMutation(UpdateHarvestItemDocument);
  const [remove, removing] = useMutation(RemoveHarvestItemDocument);
  const form = useForm({ body: item.body });
  const unsaved = useTypedNotAdded(`edit:${item.id}`, part, editing.open && form.values.body !== item.body);
  const body = form.field('body', updating.error);

  if (editing.open) {
    const save = async () => {
      if (await update({ input: { harvestItemId: item.id, body: form.values.body } })) {
        editing.stop();
        onChanged();
      }
    };
    return (
      <li className="card">
        <Form
          onSubmit={save}
          submitLabel={t('sessions.live.entries.save')}
          busy={updating.loading}
          error={updating.error}
          fields={form.names}
          onCancel={editing.stop}
        >
          <TextAreaField
            label={kindLabel}
            rows={3}
            autoFocus
            maxLength={SESSION_LIMITS.harvestTextMaxLength}
            {...body}
            error={unsaved ? t('sessions.harvest.notSaved') : body.error}
          />
        </Form>
      </li>
    );
  }
  return (
    <li className="card">
      <p className="prose">{item.body}</p>
      <ErrorAlert error={removing.error} />
      {editable && (
        <div className="button-row">
          <Button variant="secondary" autoFocus={editing.returnFocus} onClick={editing.start}>
            {t('sessions.live.entries.edit')}
            <span className="visually-hidden">: {item.body.slice(0, 60)}</span>
          </Button>
          <ConfirmButton
            label={t('sessions.live.entries.remove')}
            target={item.body.slice(0, 60)}
            confirmLabel={t('sessions.live.entries.confirmRemove')}
            busy={removing.loading}
            onConfirm={async () => {
              if (await remove({ harvestItemId: item.id })) onChanged();
            }}
          />
        </div>
      )}
    </li>
  );
}
