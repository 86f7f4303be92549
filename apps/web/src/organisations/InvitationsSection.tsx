import { LIMITS, ORGANISATION_ROLES, ROLE_LABELS, type Role } from '@kring/domain';
import { Link } from 'react-router-dom';
import { administeredOrganisations, useViewer } from '../app/auth';
import { InviteMemberDocument, OrganisationInvitationsDocument, RevokeInvitationDocument } from '../graphql/documents/organisations';
import type { OrganisationInvitationsQuery } from '../graphql/generated';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { ConfirmButton } from '../ui/Button';
import { SelectField, TeamField, TextField } from '../ui/Field';
import { useForm } from '../ui/Form';
import { NotLoaded } from '../ui/Page';
import { Table } from '../ui/Table';
import { AddForm, useAdding } from './AddForm';
import type { OrganisationData, SectionProps } from './types';
import { ErrorAlert } from '../ui/ErrorAlert';
import { invitationStatus } from './invitation-status';
import { replacesOpenInvitation } from './replaces-open-invitation';
import { worksAcrossTeams } from './team-words';
import { useTexts } from './texts';

type Invitation = OrganisationInvitationsQuery['organisation']['invitations'][number];

export function InvitationsSection({ organisation }: SectionProps) {
  const { data, error, refetch } = useQuery(OrganisationInvitationsDocument, { id: organisation.id });
  return (
    <>
      <InviteForm organisation={organisation} invitations={data?.organisation.invitations ?? []} onInvited={refetch} />
      {data ? (
        <InvitationList invitations={data.organisation.invitations} onChanged={refetch} />
      ) : (
        <NotLoaded error={error} onRetry={refetch} />
      )}
    </>
  );
}

function InviteForm({
  organisation,
  invitations,
  onInvited,
}: {
  organisation: OrganisationData;
  /** Those sent so far: one still open to the same address is replaced by the new one. */
  invitations: readonly Invitation[];
  onInvited: () => void;
}) {
  const { t } = useTexts();
  const { inSentence, options, date } = useLocale();
  const viewer = useViewer();
  const [invite, { loading, error }] = useMutation(InviteMemberDocument);
  const form = useForm({ email: '', role: 'care_worker' as Role, teamId: '' });
  const hasOutbox = administeredOrganisations(viewer).some((o) => o.id === organisation.id);
  const { added: sent, submit } = useAdding(
    async () => {
      const { email, role, teamId } = form.values;
      const replaced = replacesOpenInvitation(invitations, email, Date.now());
      const data = await invite({ input: { organisationId: organisation.id, email, role, teamId: teamId || null } });
      return data && { ...data.inviteMember, replaced };
    },
    form,
    onInvited,
  );

  const done = sent && (
    <>
      <p>
        {t('organisation.invitations.created', {
          email: sent.email,
          role: inSentence(ROLE_LABELS, sent.role),
          date: date(sent.expiresAt),
        })}
        {sent.replaced && ` ${t('organisation.invitations.replaced')}`}
      </p>
      {hasOutbox && (
        <p>
          {t('organisation.invitations.outboxHint')} <Link to="/postvak">{t('organisation.invitations.toOutbox')}</Link>
        </p>
      )}
    </>
  );

  return (
    <AddForm
      title={t('organisation.invitations.addTitle')}
      done={done}
      onSubmit={submit}
      submitLabel={t('organisation.invitations.submit')}
      busy={loading}
      error={error}
      fields={form.names}
    >
      <TextField label={t('fields.email')} type="email" autoComplete="off" maxLength={LIMITS.email} {...form.field('email', error)} />
      <SelectField label={t('fields.role')} options={options(ORGANISATION_ROLES, ROLE_LABELS)} {...form.field('role', error)} />
      <TeamField
        label={t('fields.team')}
        optional
        emptyOption={t('organisation.invitations.noTeam')}
        hint={
          // Said only where there is a team to choose.
          organisation.teams.length > 0 && !worksAcrossTeams(form.values.role) && !form.values.teamId
            ? t('organisation.invitations.noTeamHint')
            : undefined
        }
        teams={organisation.teams}
        {...form.field('teamId', error)}
      />
    </AddForm>
  );
}

function InvitationList({ invitations, onChanged }: { invitations: Invitation[]; onChanged: () => void }) {
  const { t } = useTexts();
  const { label, date } = useLocale();
  const [revoke, { loading, error }] = useMutation(RevokeInvitationDocument);
  const now = Date.now();

  const revokeInvitation = async (invitationId: string) => {
    if (await revoke({ invitationId })) onChanged();
  };

  return (
    <div className="subsection">
      <h3>{t('organisation.invitations.listTitle')}</h3>
      <ErrorAlert error={error} />
      {invitations.length === 0 ? (
        <p>{t('organisation.invitations.empty')}</p>
      ) : (
        <Table
          label={t('organisation.invitations.listTitle')}
          stack
          rows={invitations}
          rowKey={(invitation) => invitation.id}
          columns={[
            { header: t('fields.email'), cell: (invitation) => invitation.email, className: 'nowrap' },
            { header: t('fields.role'), cell: (invitation) => label(ROLE_LABELS, invitation.role) },
            { header: t('fields.team'), cell: (invitation) => invitation.team?.name },
            {
              header: t('fields.status'),
              cell: (invitation) => {
                const { status, at } = invitationStatus(invitation, now);
                return t(`organisation.invitations.${status}`, { date: at && date(at) });
              },
            },
          ]}
          actions={(invitation) =>
            invitationStatus(invitation, now).status === 'open' && (
              <ConfirmButton
                label={t('organisation.invitations.revoke')}
                target={invitation.email}
                confirmLabel={t('organisation.invitations.confirmRevoke')}
                busy={loading}
                onConfirm={() => void revokeInvitation(invitation.id)}
              />
            )
          }
        />
      )}
    </div>
  );
}
