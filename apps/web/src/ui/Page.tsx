import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphqlError } from '../graphql/client';
import { Alert } from './Alert';
import { Button } from './Button';

/** Every page has exactly one h1, which is also the document title. */
export function Page({ title, children, wide }: { title: string; children?: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <div className={wide ? 'page page--wide' : 'page'}>
      <h1>{title}</h1>
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

/** What stands where a query's data will be: why it failed, with a way to try again, or else that it is still loading. */
export function NotLoaded({ error, onRetry }: { error?: GraphqlError; onRetry: () => void }) {
  return error ? <LoadError error={error} onRetry={onRetry} /> : <Loading />;
}

/**
 * A page whose query has not answered with data: its title (the document title too), and why it failed, with a way
 * to try again, or else that it is still loading. `children` follow below (e.g. a way back).
 */
export function NotLoadedPage({
  title,
  error,
  onRetry,
  children,
}: {
  title: string;
  error?: GraphqlError;
  onRetry: () => void;
  children?: ReactNode;
}) {
  return (
    <Page title={title}>
      <NotLoaded error={error} onRetry={onRetry} />
      {children}
    </Page>
  );
}
