import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LogoutDocument } from '../graphql/generated';
import { useMutation } from '../graphql/hooks';
import { useLanguage } from '../i18n';
import { Button } from '../ui/Button';
import { Loading } from '../ui/Page';
import { administeredOrganisations, managedOrganisations, organisationsOf, useAuth, type Viewer } from './auth';
import { LOGIN_PATH } from './guards';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLoadBoundary } from './PageLoadBoundary';
import { NotificationBell } from '../notifications';
import { PrivacyNavItem } from '../privacy';
import { ReportNavItems } from '../quality-report';
import { PeerVisitNavItems } from '../peer-visits';
import { LearningNavItem } from '../practices';
import { ErrorAlert } from '../ui/ErrorAlert';

export function Shell() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const viewer = useAuth().session?.viewer;
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // A client-side navigation is silent for screen readers; moving focus to the
  // new content tells them the page changed (not on first load, which is).
  useEffect(() => {
    if (pathname !== firstPath.current) {
      firstPath.current = pathname;
      main.current?.focus();
    }
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#inhoud">
        {t('app.skipLink')}
      </a>
      <header className="header">
        <div className="header__bar">
          <Link to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          {viewer && <NotificationBell />}
          <LanguageSwitch />
        </div>
        {viewer && <MainNav viewer={viewer} />}
      </header>
      <main id="inhoud" ref={main} tabIndex={-1}>
        <PageLoadBoundary path={pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </PageLoadBoundary>
      </main>
      <footer className="footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}

function MainNav({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const [logout, { loading, error }] = useMutation(LogoutDocument);

  const logOut = async () => {
    if (await logout()) {
      signOut();
      void navigate(LOGIN_PATH);
    }
  };

  return (
    <>
      <nav className="nav" aria-label={t('nav.label')}>
        <ul>
          <li>
            <NavLink to="/" end>
              {t('nav.home')}
            </NavLink>
          </li>
          {organisationsOf(viewer).length > 0 && (
            <li>
              <NavLink to="/sessies">{t('sessions.nav')}</NavLink>
            </li>
          )}
          {organisationsOf(viewer).length > 0 && (
            <li>
              <NavLink to="/casussen">{t('cases.nav')}</NavLink>
            </li>
          )}
          {organisationsOf(viewer).length > 0 && (
            <li>
              <NavLink to="/spiegelgesprekken">{t('mirror.title')}</NavLink>
            </li>
          )}
          <li>
            <NavLink to="/methoden">{t('nav.methods')}</NavLink>
          </li>
          <li>
            <NavLink to="/waarden">{t('nav.values')}</NavLink>
          </li>
          {organisationsOf(viewer).map((organisation) => (
            <li key={organisation.id}>
              <NavLink to={`/organisatie/${organisation.id}`}>{organisation.name}</NavLink>
            </li>
          ))}
          {managedOrganisations(viewer).length > 0 && (
            <li>
              <NavLink to="/bewonersregister">{t('cases.registerNav')}</NavLink>
            </li>
          )}
          {administeredOrganisations(viewer).length > 0 && (
            <li>
              <NavLink to="/postvak">{t('nav.outbox')}</NavLink>
            </li>
          )}
          <PeerVisitNavItems viewer={viewer} />
          <LearningNavItem viewer={viewer} />
          <ReportNavItems viewer={viewer} />
          <PrivacyNavItem viewer={viewer} />
          <li>
            <NavLink to="/profiel">{t('nav.profile')}</NavLink>
          </li>
          <li>
            <Button variant="secondary" busy={loading} onClick={() => void logOut()}>
              {t('nav.logout')}
            </Button>
          </li>
        </ul>
      </nav>
      <ErrorAlert error={error} />
    </>
  );
}
