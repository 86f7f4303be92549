/** The public surface of accounts: what other features may import. */
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { InvitationPage } from './InvitationPage';
export { LoginPage } from './LoginPage';
export { ProfilePage } from './ProfilePage';
export { ResetPasswordPage } from './ResetPasswordPage';
