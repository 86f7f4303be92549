import { administeredOrganisations, useViewer } from '../app/auth';
import { useChosenOrganisation } from '../ui/useChosenOrganisation';
import { Alert } from '../ui/Alert';
import { Page } from '../ui/Page';
import { AuditLogSection } from './AuditLogSection';
import { PersonDataSection } from './PersonDataSection';
import { RetentionSection } from './RetentionSection';
import './privacy.css';
import { OrganisationChoice } from '../ui/OrganisationChoice';
import { useTexts } from './texts';

/** The administrator's privacy page (AVG): audit log, retention of raw notes, and requests about a person's data. */
export function PrivacyPage() {
  const { t } = useTexts();
  const viewer = useViewer();
  const { organisations, organisationId, choose } = useChosenOrganisation(() => administeredOrganisations(viewer));
  return (
    <Page title={t('privacy.title')} wide>
      {!organisationId ? (
        <Alert tone="info">{t('privacy.adminsOnly')}</Alert>
      ) : (
        <>
          <p>{t('privacy.intro')}</p>
          <OrganisationChoice organisations={organisations} organisationId={organisationId} choose={choose} />
          {/* Keyed, so nothing typed for one organisation is shown for another. */}
          <div key={organisationId}>
            <AuditLogSection organisationId={organisationId} />
            <RetentionSection organisationId={organisationId} />
            <PersonDataSection organisationId={organisationId} />
          </div>
        </>
      )}
    </Page>
  );
}
