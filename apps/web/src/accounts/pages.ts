/** The screens of accounts, loaded by the router only when one is opened (app/App.tsx). */
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { InvitationPage } from './InvitationPage';
export { LoginPage } from './LoginPage';
export { ProfilePage } from './ProfilePage';
export { ResetPasswordPage } from './ResetPasswordPage';
