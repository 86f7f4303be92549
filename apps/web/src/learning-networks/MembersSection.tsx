import { LIMITS, ORGANISATION_KIND_LABELS } from '@kring/domain';
import { useState } from 'react';
import {
  InviteOrganisationToNetworkDocument,
  NetworkInvitationsDocument,
  RemoveOrganisationFromNetworkDocument,
  RevokeNetworkInvitationDocument,
} from '../graphql/documents/learning-networks';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLocale } from '../i18n/locale';
import { Alert } from '../ui/Alert';
import { ConfirmButton } from '../ui/Button';
import { TextField } from '../ui/Field';
import { Form } from '../ui/Form';
import { NotLoaded } from '../ui/Page';
import type { NetworkSectionProps } from './NetworkPage';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useTexts } from './texts';

/** The member organisations; the coordinator invites and removes them. */
export function MembersSection({ network, onChanged }: NetworkSectionProps) {
  const { t } = useTexts();
  const { label } = useLocale();
  return (
    <>
      <ul className="card-list">
        {network.organisations.map((o) => (
          <li key={o.id} className="card">
            <strong>{o.name}</strong>
            <p className="muted">
              {[
                label(ORGANISATION_KIND_LABELS, o.kind),
                o.places.join(', '),
                o.entrepreneurs.length > 0 ? t('network.members.entrepreneurs', { names: o.entrepreneurs.join(', ') }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {network.viewerIsCoordinator && <RemoveOrganisation networkId={network.id} organisation={o} onRemoved={onChanged} />}
          </li>
        ))}
      </ul>
      {network.viewerIsCoordinator && <Invitations networkId={network.id} />}
    </>
  );
}

function RemoveOrganisation({
  networkId,
  organisation,
  onRemoved,
}: {
  networkId: string;
  organisation: { id: string; name: string };
  onRemoved: () => void;
}) {
  const { t } = useTexts();
  const [remove, { loading, error }] = useMutation(RemoveOrganisationFromNetworkDocument);
  return (
    <>
      <ErrorAlert error={error} />
      <ConfirmButton
        label={t('network.members.remove')}
        target={organisation.name}
        confirmLabel={t('network.members.removeConfirm')}
        question={t('network.members.removeQuestion')}
        busy={loading}
        onConfirm={() => void remove({ input: { networkId, organisationId: organisation.id } }).then((done) => done && onRemoved())}
      />
    </>
  );
}

function Invitations({ networkId }: { networkId: string }) {
  const { t } = useTexts();
  const { date } = useLocale();
  const { data, error: loadError, refetch } = useQuery(NetworkInvitationsDocument, { networkId });
  const [invite, { loading, error }] = useMutation(InviteOrganisationToNetworkDocument);
  const [revoke] = useMutation(RevokeNetworkInvitationDocument);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string>();
  const stateOf = (i: NonNullable<typeof data>['networkInvitations'][number]) =>
    i.acceptedOrganisation
      ? t('network.members.joined', { name: i.acceptedOrganisation.name })
      : i.revokedAt
        ? t('network.members.revoked')
        : t('network.members.openUntil', { date: date(i.expiresAt) });
  return (
    <div className="subsection">
      <h3>{t('network.members.inviteTitle')}</h3>
      <p>{t('network.members.inviteIntro')}</p>
      {sent && <Alert tone="success">{t('network.members.sent', { email: sent })}</Alert>}
      <Form
        onSubmit={async () => {
          if (await invite({ input: { networkId, email } })) {
            setSent(email);
            setEmail('');
            refetch();
          }
        }}
        submitLabel={t('network.members.invite')}
        busy={loading}
        error={error}
        fields={['email']}
        label={t('network.members.inviteTitle')}
      >
        <TextField
          label={t('fields.email')}
          type="email"
          autoComplete="off"
          value={email}
          maxLength={LIMITS.email}
          onChange={setEmail}
          error={error?.fields.email}
        />
      </Form>
      {!data ? (
        <NotLoaded error={loadError} onRetry={refetch} />
      ) : (
        data.networkInvitations.length > 0 && (
          <ul className="plain-list">
            {data.networkInvitations.map((i) => (
              <li key={i.id}>
                {i.email} <span className="muted">· {stateOf(i)}</span>{' '}
                {!i.acceptedAt && !i.revokedAt && (
                  <ConfirmButton
                    label={t('network.members.revoke')}
                    target={i.email}
                    confirmLabel={t('network.members.revoke')}
                    onConfirm={() => void revoke({ invitationId: i.id }).then(refetch)}
                  />
                )}
              </li>
            ))}
          </ul>
        )
      )}
    </div>
  );
}
