import { errorMessage } from '@kring/domain';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { managedOrganisations, useViewer } from '../app/auth';
import { AcceptNetworkInvitationDocument, NetworkInvitationPreviewDocument } from '../graphql/documents/learning-networks';
import { useMutation, useQuery } from '../graphql/hooks';
import { useLanguage } from '../i18n';
import { Alert } from '../ui/Alert';
import { SelectField } from '../ui/Field';
import { Form } from '../ui/Form';
import { Page } from '../ui/Page';
import { withoutNetworkWords } from '../ui/network-name';
import { networkPath } from './paths';
import { useTexts } from './texts';

/** An entrepreneur follows the coordinator's link and chooses which of their organisations joins. */
export function JoinNetworkPage() {
  const { t } = useTexts();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [language] = useLanguage();
  const viewer = useViewer();
  const organisations = managedOrganisations(viewer);
  const { data, error: loadError, refetch } = useQuery(NetworkInvitationPreviewDocument, { token });
  const [accept, { loading, error }] = useMutation(AcceptNetworkInvitationDocument);
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  if (!data) return <Page title={t('network.join.title')} notLoaded={{ error: loadError, onRetry: refetch }} />;
  const forSomeoneElse = data.networkInvitationPreview.email.toLowerCase() !== viewer.person.email.toLowerCase();
  return (
    <Page title={t('network.join.title')}>
      {/* The server takes the invitation only from the address it was sent to; said before anyone fills in anything, and
          without "kies met welke organisatie" for someone who cannot choose. */}
      {forSomeoneElse ? (
        <Alert tone="info">
          {errorMessage('NETWORK_INVITATION_OTHER_EMAIL', language, { email: data.networkInvitationPreview.email })}
        </Alert>
      ) : (
        <p className="lead">{t('network.join.intro', { network: withoutNetworkWords(data.networkInvitationPreview.networkName) })}</p>
      )}
      {forSomeoneElse ? null : organisations.length === 0 ? (
        <p>{t('network.join.noOrganisation')}</p>
      ) : (
        <Form
          onSubmit={async () => {
            const done = await accept({ input: { token, organisationId } });
            if (done) void navigate(networkPath(done.acceptNetworkInvitation));
          }}
          submitLabel={t('network.join.submit')}
          busy={loading}
          error={error}
          fields={['organisationId']}
        >
          <SelectField
            label={t('fields.organisation')}
            value={organisationId}
            onChange={setOrganisationId}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            error={error?.fields.organisationId}
          />
        </Form>
      )}
    </Page>
  );
}
