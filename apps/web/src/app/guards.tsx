import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { NotLoaded } from '../ui/Page';
import { useAuth } from './auth';

export const SETUP_PATH = '/inrichten';
export const LOGIN_PATH = '/inloggen';

/** Holds every page back until it is known whether Kring is set up and who is logged in. */
export function SessionReady() {
  const { session, error, refresh } = useAuth();
  if (session) return <Outlet />;
  return <NotLoaded error={error} onRetry={() => void refresh()} />;
}

/** A fresh installation has no accounts yet, so the only sensible page is setup. */
export function SetupDone() {
  const { session } = useAuth();
  return session?.needsSetup ? <Navigate to={SETUP_PATH} replace /> : <Outlet />;
}

/** Sends visitors to login, remembering where they wanted to go. */
export function RequireViewer() {
  const { session } = useAuth();
  const location = useLocation();
  if (session?.viewer) return <Outlet />;
  return <Navigate to={LOGIN_PATH} replace state={{ from: location.pathname + location.search }} />;
}
