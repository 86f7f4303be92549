import { ORGANISATION_ROLES, ROLE_LABELS, type Role } from '@kring/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ChangeMembershipDocument, RemoveMembershipDocument } from '../graphql/documents/organisations';
import type { ChangeMembershipMutation } from '../graphql/generated';
import { useMutation } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { Alert } from '../ui/Alert';
import { Button, ConfirmButton } from '../ui/Button';
import { SelectField, TeamField } from '../ui/Field';
import { Form, useForm } from '../ui/Form';
import { useInPlaceOf } from '../ui/in-place';
import { Table } from '../ui/Table';
import type { OrganisationData, SectionProps } from './types';
import { ErrorAlert } from '../ui/ErrorAlert';
import { mirrorPath } from '../mirror-conversations';
import { sessionPath } from '../reflection-sessions';
import { worksAcrossTeams } from './team-words';
import { useTexts } from './texts';

type Member = OrganisationData['members'][number];
type Changed = ChangeMembershipMutation['changeMembership'];
type LedActivity = OrganisationData['openActivitiesLed'][number];

export function MembersSection({ organisation, onChanged }: SectionProps) {
  const { t } = useTexts();
  const { label, inSentence } = useLocale();
  const [remove, { loading, error }] = useMutation(RemoveMembershipDocument);
  const editing = useInPlaceOf<string>();
  const [changed, setChanged] = useState<Changed>();
  const manage = organisation.viewerCanManage;

  if (organisation.members.length === 0) return <p>{t('organisation.members.empty')}</p>;

  const removeMembership = async (membershipId: string) => {
    setChanged(undefined);
    if (await remove({ membershipId })) onChanged();
  };

  return (
    <>
      {/* e.g. the last administrator, who cannot be removed */}
      <ErrorAlert error={error} />
      {changed && (
        <Alert tone="success">
          {t('organisation.members.changed', {
            name: changed.person.displayName,
            role: inSentence(ROLE_LABELS, changed.role),
            team: changed.team ? t('organisation.members.inTeam', { team: changed.team.name }) : '',
          })}
        </Alert>
      )}
      <Table
        label={t('organisation.members.title')}
        stack
        rows={organisation.members}
        rowKey={(member) => member.id}
        columns={[
          { header: t('fields.name'), cell: (member) => member.person.displayName },
          { header: t('fields.email'), cell: (member) => member.person.email, className: 'nowrap' },
          { header: t('fields.role'), cell: (member) => label(ROLE_LABELS, member.role) },
          { header: t('fields.team'), cell: (member) => member.team?.name },
        ]}
        actions={
          manage
            ? (member) =>
                editing.opened === member.id ? (
                  <MemberChange
                    member={member}
                    teams={organisation.teams}
                    led={organisation.openActivitiesLed.filter((activity) => activity.personId === member.person.id)}
                    onCancel={editing.stop}
                    onChanged={(result) => {
                      editing.stop();
                      setChanged(result);
                      onChanged();
                    }}
                  />
                ) : (
                  <div className="actions">
                    <Button
                      variant="secondary"
                      autoFocus={editing.returnsTo(member.id)}
                      aria-label={`${t('organisation.members.change')}: ${member.person.displayName} (${label(ROLE_LABELS, member.role)})`}
                      onClick={() => {
                        setChanged(undefined);
                        editing.start(member.id);
                      }}
                    >
                      {t('organisation.members.change')}
                    </Button>
                    <ConfirmButton
                      label={t('organisation.members.remove')}
                      target={`${member.person.displayName} (${label(ROLE_LABELS, member.role)})`}
                      confirmLabel={t('organisation.members.confirmRemove')}
                      busy={loading}
                      onConfirm={() => void removeMembership(member.id)}
                    />
                  </div>
                )
            : undefined
        }
      />
    </>
  );
}

/**
 * A member's role and team, changed in the row itself (on a phone: in the member's card). The server's refusals
 * (the last administrator, a role the person already holds) show by the save button, the choices kept.
 */
function MemberChange({
  member,
  teams,
  led,
  onCancel,
  onChanged,
}: {
  member: Member;
  teams: OrganisationData['teams'];
  /** The planned or running sessions and conversations the member leads, which a new role does not change. */
  led: readonly LedActivity[];
  onCancel: () => void;
  onChanged: (changed: Changed) => void;
}) {
  const { t } = useTexts();
  const { options, dateTime } = useLocale();
  const [change, { loading, error }] = useMutation(ChangeMembershipDocument);
  const form = useForm({ role: member.role as Role, teamId: member.team?.id ?? '' });
  // A new role leaves them moderator where they lead: said beside the role, with a way to each plan to choose another.
  const stillLeads = led.length > 0 && form.values.role !== member.role;
  // "Geen team" means every team only for the roles that work across teams; said so as the role is chosen.
  const across = worksAcrossTeams(form.values.role);
  const save = async () => {
    const { role, teamId } = form.values;
    const result = await change({ input: { membershipId: member.id, role, teamId: teamId || null } });
    if (result) onChanged(result.changeMembership);
  };
  return (
    <div className="member-change">
      <Form
        label={t('organisation.members.changeLabel', { name: member.person.displayName })}
        onSubmit={save}
        submitLabel={t('organisation.members.save')}
        busy={loading}
        error={error}
        fields={form.names}
        onCancel={onCancel}
      >
        <SelectField
          label={t('fields.role')}
          hint={stillLeads ? t('organisation.members.staysModerator', { name: member.person.displayName, count: led.length }) : undefined}
          options={options(ORGANISATION_ROLES, ROLE_LABELS)}
          autoFocus
          {...form.field('role', error)}
        />
        <TeamField
          label={t('fields.team')}
          optional
          emptyOption={t(across ? 'organisation.members.noTeam' : 'organisation.members.noTeamOnly')}
          hint={
            teams.length > 0 && !across && !form.values.teamId
              ? t('organisation.members.noTeamHint', { name: member.person.displayName })
              : undefined
          }
          teams={teams}
          {...form.field('teamId', error)}
        />
        {stillLeads && (
          <ul className="plain-list" aria-label={t('organisation.members.ledList', { name: member.person.displayName })}>
            {led.map((activity) => (
              <li key={activity.id}>
                <Link to={activity.kind === 'reflection_session' ? sessionPath(activity.id) : mirrorPath(activity.id)}>
                  {t(`organisation.members.led.${activity.kind}`, { when: dateTime(activity.scheduledAt) })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Form>
    </div>
  );
}
