import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';

function PageLoadFailed() {
  const { t } = useTranslation();
  return (
    <Alert tone="error">
      <p>{t('errors.pageLoad')}</p>
      <Button variant="secondary" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </Button>
    </Alert>
  );
}

/**
 * Screens are fetched when first opened (app/lazy-pages.tsx). When that fails
 * (no connection, or a deployment replaced the files this page knew), the
 * header stays and a reload fetches the current version, instead of a blank
 * page. A new address tries again.
 */
export class PageLoadBoundary extends Component<{ children: ReactNode; path: string }, { failedAt: string | null }> {
  state = { failedAt: null as string | null };

  static getDerivedStateFromError(): { failedAt: string } {
    return { failedAt: window.location.pathname };
  }

  render() {
    if (this.state.failedAt !== null && this.state.failedAt === this.props.path) return <PageLoadFailed />;
    return this.props.children;
  }
}
