import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { ForgotPasswordPage } from '../accounts/ForgotPasswordPage';
import { InvitationPage } from '../accounts/InvitationPage';
import { LoginPage } from '../accounts/LoginPage';
import { ProfilePage } from '../accounts/ProfilePage';
import { ResetPasswordPage } from '../accounts/ResetPasswordPage';
import { HomePage } from '../home/HomePage';
import { OrganisationPage } from '../organisations/OrganisationPage';
import { OutboxPage } from '../outbox/OutboxPage';
import { SetupPage } from '../setup/SetupPage';
import { AuthProvider } from './auth';
import { LOGIN_PATH, RequireViewer, SessionReady, SETUP_PATH, SetupDone } from './guards';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

/** Paths are Dutch, like the interface's first language. */
export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <Routes>
          <Route element={<Shell />}>
            <Route element={<SessionReady />}>
              <Route path={SETUP_PATH} element={<SetupPage />} />
              <Route element={<SetupDone />}>
                <Route path={LOGIN_PATH} element={<LoginPage />} />
                <Route path="/wachtwoord-vergeten" element={<ForgotPasswordPage />} />
                <Route path="/wachtwoord-herstellen/:token" element={<ResetPasswordPage />} />
                <Route path="/uitnodiging/:token" element={<InvitationPage />} />
                <Route element={<RequireViewer />}>
                  <Route path="/" element={<HomePage />} />
                  <Route path="/organisatie/:id" element={<OrganisationPage />} />
                  <Route path="/postvak" element={<OutboxPage />} />
                  <Route path="/profiel" element={<ProfilePage />} />
                </Route>
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
