import { findFrameworkItem } from '@kring/domain';
import { Link, useParams } from 'react-router-dom';
import { LibraryItemDocument, NetworkLibraryItemDocument } from '../graphql/documents/library';
import type { LibraryItemPartsFragment } from '../graphql/generated';
import { useQuery } from '../graphql/hooks';
import type { GraphqlError } from '../graphql/client';
import { useLanguage } from '../i18n';
import { NotLoaded, Page } from '../ui/Page';
import './library.css';
import { SettingLine } from './SettingLine';
import { useLibraryContext } from './useLibraryContext';
import { useTexts } from './texts';

/** One item of the library in full (/bibliotheek/:id?organisatie=…), if it may be read now. */
export function LibraryItemPage() {
  const { t } = useTexts();
  const { id = '' } = useParams();
  const { organisationId, network, keep } = useLibraryContext();
  const back = (
    <p className="link-alone">
      <Link to={`/bibliotheek${keep}`}>{t('library.item.back')}</Link>
    </p>
  );
  if (organisationId) return <OrganisationItem organisationId={organisationId} id={id} back={back} />;
  if (network) return <NetworkItem networkId={network.id} id={id} back={back} />;
  return <Page title={t('library.title')}>{back}</Page>;
}

function OrganisationItem({ organisationId, id, back }: { organisationId: string; id: string; back: React.ReactNode }) {
  const item = useQuery(LibraryItemDocument, { organisationId, libraryItemId: id });
  return <ItemView item={item.data?.libraryItem} error={item.error} retry={item.refetch} back={back} />;
}

function NetworkItem({ networkId, id, back }: { networkId: string; id: string; back: React.ReactNode }) {
  const item = useQuery(NetworkLibraryItemDocument, { networkId, libraryItemId: id });
  return <ItemView item={item.data?.networkLibraryItem} error={item.error} retry={item.refetch} back={back} />;
}

function ItemView({
  item,
  error,
  retry,
  back,
}: {
  item?: LibraryItemPartsFragment;
  error?: GraphqlError;
  retry: () => void;
  back: React.ReactNode;
}) {
  const { t } = useTexts();
  const [language] = useLanguage();
  if (!item) {
    return (
      <Page title={t('library.title')}>
        {back}
        <NotLoaded error={error} onRetry={retry} notFound={t('library.item.unreadable')} />
      </Page>
    );
  }
  const values = item.valueIds.flatMap((id) => findFrameworkItem(id)?.name[language] ?? []);
  return (
    <Page title={item.title}>
      {back}
      <SettingLine hit={item} />
      <div className="library-text card">{item.body}</div>
      {values.length > 0 && <p className="muted">{t('library.item.values', { values: values.join(', ') })}</p>}
    </Page>
  );
}
