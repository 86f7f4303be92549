import { residentWords } from '@kring/domain';
import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LogoutDocument } from '../graphql/documents/app';
import { useMutation } from '../graphql/hooks';
import { useLanguage } from '../i18n';
import { Button } from '../ui/Button';
import { closeOnEscape } from '../ui/close-on-escape';
import { Loading } from '../ui/Page';
import { administeredOrganisations, managedOrganisations, organisationsOf, useAuth, type Viewer } from './auth';
import { LOGIN_PATH } from './guards';
import { LanguageSwitch } from './LanguageSwitch';
import { navFocus, navGroups, type NavPlace } from './nav-order';
import { PageLoadBoundary } from './PageLoadBoundary';
import { residentTermOf } from './resident-term';
import { ShellLayoutContext, type ShellLayout } from './shell-layout';
import { NotificationBell } from '../notifications/nav';
import { PrivacyNavItem } from '../privacy/nav';
import { ReportNavItems } from '../quality-report/nav';
import { PeerVisitNavItems } from '../peer-visits/nav';
import { LearningNavItem } from '../practices/nav';
import { ErrorAlert } from '../ui/ErrorAlert';
import { MenuLink, MenuPlaceContext } from '../ui/MenuLink';

export function Shell() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const viewer = useAuth().session?.viewer;
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);
  const [layout, setLayout] = useState<ShellLayout>('full');

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // A client-side navigation is silent for screen readers; moving focus to the
  // new content tells them the page changed (not on first load, which is).
  // Focusing <main> would scroll it to the top of the screen and push the
  // header with the menu button out of view on a phone: the new page starts
  // at the top instead, like a page load. A link to a part of the page (#…)
  // keeps the browser's own scrolling.
  useEffect(() => {
    if (pathname !== firstPath.current) {
      firstPath.current = pathname;
      main.current?.focus({ preventScroll: true });
      if (!window.location.hash) window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    }
  }, [pathname]);

  const brand = (
    <>
      <span className="brand__name">{t('app.name')}</span>
      <span className="brand__tagline">{t('app.tagline')}</span>
    </>
  );
  return (
    <div className={`shell shell--${layout}`}>
      {layout !== 'screen' && (
        <>
          <a className="skip-link" href="#inhoud">
            {t('app.skipLink')}
          </a>
          <header className="header">
            <div className="header__bar">
              {/* Signed out (a relative's or a storyteller's link page) "home" is the login page, which means nothing to them. */}
              {viewer ? (
                <Link to="/" className="brand">
                  {brand}
                </Link>
              ) : (
                <span className="brand">{brand}</span>
              )}
              {viewer && <NotificationBell />}
              <LanguageSwitch />
              {viewer && <MainNav viewer={viewer} />}
            </div>
          </header>
        </>
      )}
      <main id="inhoud" ref={main} tabIndex={-1}>
        <PageLoadBoundary path={pathname}>
          <Suspense fallback={<Loading />}>
            <ShellLayoutContext.Provider value={setLayout}>
              <Outlet />
            </ShellLayoutContext.Provider>
          </Suspense>
        </PageLoadBoundary>
      </main>
      {layout === 'full' && (
        <footer className="footer">
          <p>{t('app.footer')}</p>
        </footer>
      )}
    </div>
  );
}

function MainNav({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [logout, { loading, error }] = useMutation(LogoutDocument);
  const [open, setOpen] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const moreToggle = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const more = useRef<HTMLLIElement>(null);

  const logOut = async () => {
    if (await logout()) {
      await signOut();
      void navigate(LOGIN_PATH);
    }
  };

  // Choosing a place closes the menu on a phone; the page itself then takes focus (Shell).
  useEffect(() => {
    setOpen(false);
    setMoreOpen(false);
  }, [pathname]);

  const show = (next: boolean) => {
    setOpen(next);
    // Opened: straight into the menu. Closed with Escape: back to the button that opened it.
    if (next) requestAnimationFrame(() => list.current?.querySelector<HTMLElement>('a, button')?.focus());
    else toggle.current?.focus();
  };

  // Escape folds "Meer" first, then the menu (the one Escape rule, ui/close-on-escape).
  const fold = closeOnEscape(() => {
    if (moreOpen) {
      setMoreOpen(false);
      moreToggle.current?.focus();
    } else if (open) show(false);
  });

  // "Meer" on a wide screen folds away again when someone clicks or tabs elsewhere.
  useEffect(() => {
    if (!moreOpen) return;
    const outside = (event: Event) => {
      if (!more.current?.contains(event.target as Node)) setMoreOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [moreOpen]);

  const inOrganisation = organisationsOf(viewer).length > 0;
  const places: Record<NavPlace, ReactNode> = {
    home: (
      <li>
        <MenuLink to="/" end>
          {t('nav.home')}
        </MenuLink>
      </li>
    ),
    sessions: inOrganisation && (
      <li>
        <MenuLink to="/sessies">{t('sessions.nav')}</MenuLink>
      </li>
    ),
    cases: inOrganisation && (
      <li>
        <MenuLink to="/casussen">{t('cases.nav')}</MenuLink>
      </li>
    ),
    mirror: inOrganisation && (
      <li>
        <MenuLink to="/spiegelgesprekken">{t('mirror.title')}</MenuLink>
      </li>
    ),
    methods: (
      <li>
        <MenuLink to="/methoden">{t('nav.methods')}</MenuLink>
      </li>
    ),
    values: (
      <li>
        <MenuLink to="/waarden">{t('nav.values')}</MenuLink>
      </li>
    ),
    organisations: organisationsOf(viewer).map((organisation) => (
      <li key={organisation.id}>
        <MenuLink to={`/organisatie/${organisation.id}`}>{organisation.name}</MenuLink>
      </li>
    )),
    register: managedOrganisations(viewer).length > 0 && (
      <li>
        {/* The register of the organisations the viewer manages: in their word ("Deelnemersregister"). */}
        <MenuLink to="/bewonersregister">{residentWords(residentTermOf(managedOrganisations(viewer)), language).Register}</MenuLink>
      </li>
    ),
    outbox: administeredOrganisations(viewer).length > 0 && (
      <li>
        <MenuLink to="/postvak">{t('nav.outbox')}</MenuLink>
      </li>
    ),
    visits: <PeerVisitNavItems viewer={viewer} />,
    learning: <LearningNavItem viewer={viewer} />,
    reports: <ReportNavItems viewer={viewer} />,
    privacy: <PrivacyNavItem viewer={viewer} />,
    profile: (
      <li>
        <MenuLink to="/profiel">{t('nav.profile')}</MenuLink>
      </li>
    ),
  };

  const groups = navGroups(navFocus(viewer.memberships));
  // Each link names its place of the menu (ui/MenuLink.tsx), in the bar and under "Meer" alike.
  const items = (list: readonly NavPlace[]) =>
    list.map((place) => (
      <MenuPlaceContext.Provider key={place} value={place}>
        {places[place]}
      </MenuPlaceContext.Provider>
    ));
  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="button button--secondary nav-toggle"
        aria-expanded={open}
        aria-controls="hoofdmenu"
        onClick={() => show(!open)}
        onKeyDown={fold}
      >
        {t(open ? 'nav.close' : 'nav.open')}
      </button>
      <nav id="hoofdmenu" className={open ? 'nav nav--open' : 'nav'} aria-label={t('nav.label')} onKeyDown={fold}>
        <ul ref={list}>
          {items(groups.first)}
          {/* On a phone the button is hidden and these places simply follow the first ones (styles.css). */}
          <li ref={more} className={moreOpen ? 'nav__more nav__more--open' : 'nav__more'}>
            <button
              ref={moreToggle}
              type="button"
              className="nav__more-toggle"
              aria-expanded={moreOpen}
              aria-controls="hoofdmenu-meer"
              onClick={() => setMoreOpen(!moreOpen)}
            >
              {t('nav.more')}
            </button>
            <ul id="hoofdmenu-meer" className="nav__more-list">
              {items(groups.more)}
            </ul>
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
