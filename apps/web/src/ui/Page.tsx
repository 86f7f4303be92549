import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphqlError } from '../graphql/client';
import { Alert } from './Alert';
import { Button } from './Button';

/**
 * Every page has exactly one h1, which is also the document title. `notLoaded`: the page's query has not answered
 * with data, so it says why (or that it is still loading) above `children`. A page returns <Page> both while it loads
 * and once it has its data, so the heading stays the same element (the page is not drawn anew when the data comes).
 */
export function Page({
  title,
  children,
  wide,
  notLoaded,
}: {
  title: string;
  children?: ReactNode;
  wide?: boolean;
  notLoaded?: Parameters<typeof NotLoaded>[0];
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <div className={wide ? 'page page--wide' : 'page'}>
      <h1>{title}</h1>
      {notLoaded && <NotLoaded {...notLoaded} />}
      {children}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** A query that failed: the server's message and a way to try again. */
export function LoadError({ error, onRetry }: { error: GraphqlError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert tone="error">
      <p>{error.message}</p>
      <Button variant="secondary" onClick={onRetry}>
        {t('app.retry')}
      </Button>
    </Alert>
  );
}

/**
 * What stands where a query's data will be: why it failed, with a way to try again, or else that it is still loading.
 * With `notFound`, a NOT_FOUND answer says that instead (a thing the viewer may not read looks the same as one that
 * does not exist, and trying again will not change it).
 */
export function NotLoaded({ error, onRetry, notFound }: { error?: GraphqlError; onRetry: () => void; notFound?: string }) {
  if (!error) return <Loading />;
  if (notFound !== undefined && error.code === 'NOT_FOUND') return <Alert tone="info">{notFound}</Alert>;
  return <LoadError error={error} onRetry={onRetry} />;
}
