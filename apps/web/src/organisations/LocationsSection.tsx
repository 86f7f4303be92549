import { LIMITS, LOCATION_KIND_LABELS, LOCATION_KINDS, type LocationKind } from '@kring/domain';
import { CreateLocationDocument } from '../graphql/documents/organisations';
import { useMutation } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { SelectField, TextField } from '../ui/Field';
import { useForm } from '../ui/Form';
import { Table } from '../ui/Table';
import { AddForm, useAdding } from './AddForm';
import type { SectionProps } from './types';
import { useTexts } from './texts';

export function LocationsSection({ organisation, onChanged }: SectionProps) {
  const { t } = useTexts();
  const { label } = useLocale();
  return (
    <>
      {organisation.locations.length === 0 ? (
        <p>{t('organisation.locations.empty')}</p>
      ) : (
        <Table
          label={t('organisation.locations.title')}
          stack
          rows={organisation.locations}
          rowKey={(location) => location.id}
          columns={[
            { header: t('fields.name'), cell: (location) => location.name },
            { header: t('fields.kind'), cell: (location) => label(LOCATION_KIND_LABELS, location.kind) },
            { header: t('fields.place'), cell: (location) => location.place },
          ]}
        />
      )}
      {organisation.viewerCanManage && <AddLocation organisationId={organisation.id} onChanged={onChanged} />}
    </>
  );
}

function AddLocation({ organisationId, onChanged }: { organisationId: string; onChanged: () => void }) {
  const { t } = useTexts();
  const { options } = useLocale();
  const [create, { loading, error }] = useMutation(CreateLocationDocument);
  const form = useForm({ name: '', kind: 'residence' as LocationKind, place: '' });
  const { added, submit } = useAdding(
    async () => ((await create({ input: { organisationId, ...form.values } })) ? form.values.name : undefined),
    form,
    onChanged,
  );

  return (
    <AddForm
      title={t('organisation.locations.addTitle')}
      done={added && t('organisation.locations.added', { name: added })}
      onSubmit={submit}
      submitLabel={t('organisation.locations.submit')}
      busy={loading}
      error={error}
      fields={form.names}
    >
      <TextField label={t('organisation.locations.name')} maxLength={LIMITS.name} {...form.field('name', error)} />
      <SelectField
        label={t('organisation.locations.kind')}
        options={options(LOCATION_KINDS, LOCATION_KIND_LABELS)}
        {...form.field('kind', error)}
      />
      <TextField
        label={t('organisation.locations.place')}
        autoComplete="address-level2"
        maxLength={LIMITS.name}
        {...form.field('place', error)}
      />
    </AddForm>
  );
}
