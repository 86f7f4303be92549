import { Link, useLocation } from 'react-router-dom';
import { MethodsDocument } from '../graphql/documents/methods';
import { useQuery } from '../graphql/hooks';
import { Alert } from '../ui/Alert';
import { NotLoaded, Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { MethodCard } from './MethodCard';
import { NoOrganisation } from './NoOrganisation';
import { OrganisationChoice } from '../ui/OrganisationChoice';
import { hasOrganisation, useMethodOrganisation, type ChosenOrganisation } from './use-method-organisation';
import { useTexts } from './texts';

/** Where a page that sent someone here can leave a confirmation (e.g. after archiving). */
export interface LibraryNotice {
  notice?: string;
}

export function MethodLibraryPage() {
  const choice = useMethodOrganisation();
  return hasOrganisation(choice) ? <Library choice={choice} /> : <NoOrganisation />;
}

function Library({ choice }: { choice: ChosenOrganisation }) {
  const { t } = useTexts();
  const { organisation, canEdit, link } = choice;
  const notice = (useLocation().state as LibraryNotice | null)?.notice;
  const { data, error, refetch } = useQuery(MethodsDocument, { organisationId: organisation.id });

  const shipped = data?.methods.filter((m) => !m.custom) ?? [];
  const own = data?.methods.filter((m) => m.custom) ?? [];
  return (
    <Page title={t('methods.title')} wide>
      <p className="lead">{t('methods.intro')}</p>
      {notice && <Alert tone="success">{notice}</Alert>}
      <OrganisationChoice {...choice} />
      {canEdit && (
        <p>
          <Link className="button button--primary" to={link('/methoden/nieuw')}>
            {t('methods.new')}
          </Link>
        </p>
      )}
      {!data ? (
        <NotLoaded error={error} onRetry={refetch} />
      ) : (
        <>
          <Section title={t('methods.shippedTitle')}>
            <ul className="method-cards">
              {shipped.map((method) => (
                <MethodCard key={method.id} method={method} to={link(`/methoden/${method.id}`)} />
              ))}
            </ul>
          </Section>
          <Section title={`${t('methods.ownTitle')}: ${organisation.name}`}>
            {own.length === 0 ? (
              <p>{t(canEdit ? 'methods.ownEmptyEditor' : 'methods.ownEmpty')}</p>
            ) : (
              <ul className="method-cards">
                {own.map((method) => (
                  <MethodCard key={method.id} method={method} to={link(`/methoden/${method.id}`)} />
                ))}
              </ul>
            )}
          </Section>
        </>
      )}
    </Page>
  );
}
