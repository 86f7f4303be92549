import { LIMITS } from '@kring/domain';
import { CreateTeamDocument } from '../graphql/documents/organisations';
import { useMutation } from '../graphql/hooks';
import { SelectField, TextField } from '../ui/Field';
import { useForm } from '../ui/Form';
import { AddForm, useAdding } from './AddForm';
import type { OrganisationData, SectionProps } from './types';
import { useTexts } from './texts';

export function TeamsSection({ organisation, onChanged }: SectionProps) {
  const { t } = useTexts();
  return (
    <>
      {organisation.teams.length === 0 ? (
        <p>{t('organisation.teams.empty')}</p>
      ) : (
        <ul className="plain-list">
          {organisation.teams.map((team) => (
            <li key={team.id}>
              <strong>{team.name}</strong>
              {team.location && <span className="muted"> · {team.location.name}</span>}
            </li>
          ))}
        </ul>
      )}
      {organisation.viewerCanManage && <AddTeam organisation={organisation} onChanged={onChanged} />}
    </>
  );
}

function AddTeam({ organisation, onChanged }: { organisation: OrganisationData; onChanged: () => void }) {
  const { t } = useTexts();
  const [create, { loading, error }] = useMutation(CreateTeamDocument);
  const form = useForm({ name: '', locationId: '' });
  const { added, submit } = useAdding(
    async () => {
      const { name, locationId } = form.values;
      return (await create({ input: { organisationId: organisation.id, name, locationId: locationId || null } })) ? name : undefined;
    },
    form,
    onChanged,
  );

  return (
    <AddForm
      title={t('organisation.teams.addTitle')}
      done={added && t('organisation.teams.added', { name: added })}
      onSubmit={submit}
      submitLabel={t('organisation.teams.submit')}
      busy={loading}
      error={error}
      fields={form.names}
    >
      <TextField label={t('organisation.teams.name')} maxLength={LIMITS.name} {...form.field('name', error)} />
      <SelectField
        label={t('organisation.teams.location')}
        optional
        emptyOption={t('organisation.teams.noLocation')}
        options={organisation.locations.map((l) => ({ value: l.id, label: l.name }))}
        {...form.field('locationId', error)}
      />
    </AddForm>
  );
}
