import { LIBRARY_LIMITS } from '@kring/domain';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { LibrarySearchDocument, NetworkLibrarySearchDocument } from '../graphql/documents/library';
import type { LibraryHitPartsFragment } from '../graphql/generated';
import { useQuery } from '../graphql/hooks';
import type { GraphqlError } from '../graphql/client';
import { LearningTabs } from '../practices';
import { OrganisationChoice } from '../ui/OrganisationChoice';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import { limitState } from '../ui/limit-state';
import { NotLoaded, Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { withoutNetworkWords } from '../ui/network-name';
import { OLD_WORDS_PARAM, readLibraryQuery, writeLibraryQuery, type LibraryQuery } from './library-filters';
import './library.css';
import { SearchFilters } from './SearchFilters';
import { SettingLine } from './SettingLine';
import { Snippet } from './Snippet';
import { useLibraryContext } from './useLibraryContext';
import { useTexts } from './texts';
import { NoOrganisation } from '../ui/NoOrganisation';

/**
 * The community library (/bibliotheek?organisatie=…&soort=…): Dutch search with filters. The typed words stay out of
 * the address (library-filters.ts): each search is a history entry that keeps them in its own state.
 */
export function LibraryPage() {
  const { t } = useTexts();
  const { organisations, organisationId, network, choose, params, setParams, keep } = useLibraryContext();
  const location = useLocation();
  const search = readLibraryQuery(params, location.state);
  // What is being typed belongs to this history entry: back and forward show their own search in the form.
  const [edit, setEdit] = useState<{ entry: string; draft: LibraryQuery }>();
  const draft = edit?.entry === location.key ? edit.draft : search;
  const setDraft = (next: LibraryQuery) => setEdit({ entry: location.key, draft: next });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    // Over the limit the box already says so and keeps the words; searching would only bring back the server's refusal.
    if (limitState(draft.query.length, LIBRARY_LIMITS.query) === 'over') return;
    const next = writeLibraryQuery(params, draft);
    setParams(next.params, { state: next.state });
  };
  // An address from before (a bookmark with ?q=…) is readdressed at once: its words move to the history state.
  const oldWords = params.get(OLD_WORDS_PARAM);
  useEffect(() => {
    if (oldWords === null) return;
    const next = writeLibraryQuery(params, { ...readLibraryQuery(params, null), query: oldWords });
    setParams(next.params, { replace: true, state: next.state });
  }, [oldWords, params, setParams]);

  return (
    <Page title={t('library.title')} wide>
      {organisationId && <LearningTabs current="library" organisationId={organisationId} />}
      {network && <p className="lead">{t('library.asNetwork', { name: withoutNetworkWords(network.name) })}</p>}
      <p>{t('library.intro')}</p>
      <OrganisationChoice organisations={organisations} organisationId={organisationId} choose={choose} />
      {organisationId && (
        <p className="link-alone">
          <Link to={`/bibliotheek/delen${keep}`}>{t('library.share.link')}</Link>
        </p>
      )}
      <form role="search" aria-label={t('library.searchLabel')} onSubmit={submit} noValidate>
        <div className="library-search">
          <TextField
            type="search"
            label={t('library.query')}
            hint={t('library.queryHint')}
            optional
            name="query"
            maxLength={LIBRARY_LIMITS.query}
            value={draft.query}
            onChange={(query) => setDraft({ ...draft, query })}
          />
          <Button type="submit">{t('library.search')}</Button>
        </div>
        <SearchFilters values={draft} onChange={(lists) => setDraft({ ...draft, ...lists })} />
      </form>
      {organisationId ? (
        <OrganisationResults organisationId={organisationId} search={search} keep={keep} />
      ) : network ? (
        <NetworkResults networkId={network.id} search={search} keep={keep} />
      ) : (
        <NoOrganisation />
      )}
    </Page>
  );
}

function OrganisationResults({ organisationId, search, keep }: { organisationId: string; search: LibraryQuery; keep: string }) {
  const result = useQuery(LibrarySearchDocument, { input: { organisationId, ...search } });
  return <Results data={result.data?.librarySearch} error={result.error} retry={result.refetch} search={search} keep={keep} />;
}

function NetworkResults({ networkId, search, keep }: { networkId: string; search: LibraryQuery; keep: string }) {
  const result = useQuery(NetworkLibrarySearchDocument, { input: { networkId, ...search } });
  return <Results data={result.data?.networkLibrarySearch} error={result.error} retry={result.refetch} search={search} keep={keep} />;
}

interface ResultsProps {
  data?: { more: boolean; hits: LibraryHitPartsFragment[] };
  error?: GraphqlError;
  retry: () => void;
  search: LibraryQuery;
  keep: string;
}

function Results({ data, error, retry, search, keep }: ResultsProps) {
  const { t } = useTexts();
  if (!data) return <NotLoaded error={error} onRetry={retry} />;
  const searched = search.query !== '' || Object.values(search).some((v) => Array.isArray(v) && v.length > 0);
  return (
    <Section title={t('library.results')}>
      <p role="status">
        {data.hits.length === 0
          ? searched
            ? t('library.none')
            : t('library.empty')
          : t('library.resultsFor', { count: data.hits.length })}
      </p>
      <ul className="library-hits">
        {data.hits.map((hit) => (
          <li key={hit.id} className="card">
            <h3>
              <Link to={`/bibliotheek/${hit.id}${keep}`}>{hit.title}</Link>
            </h3>
            <SettingLine hit={hit} />
            <Snippet parts={hit.snippet} />
          </li>
        ))}
      </ul>
      {data.more && <p>{t('library.more', { count: data.hits.length })}</p>}
    </Section>
  );
}
