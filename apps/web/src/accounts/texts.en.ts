import type { loginNl, forgotNl, resetNl, invitationNl, profileNl } from './texts.nl';

export const loginEn: typeof loginNl = {
  title: 'Log in',
  submit: 'Log in',
  forgot: 'Forgot your password?',
};

export const forgotEn: typeof forgotNl = {
  title: 'Forgot your password',
  intro: 'Enter your e-mail address. You will receive an e-mail with a link to choose a new password.',
  submit: 'Send reset link',
  sent: 'If this address is known, an e-mail has been sent. Please also check your spam folder. The link is valid for a limited time.',
  back: 'Back to log in',
};

export const resetEn: typeof resetNl = {
  title: 'Choose a new password',
  password: 'New password',
  submit: 'Save password',
  requestNew: 'Request a new link',
};

export const invitationEn: typeof invitationNl = {
  title: 'Invitation',
  invited: 'You have been invited to {{organisation}} as {{role}}.',
  invitedWithTeam: 'You have been invited to {{organisation}} as {{role}} (team {{team}}).',
  forEmail: 'The invitation is for {{email}}.',
  hasAccount: 'You already have a Kring account. Enter your password to accept the invitation.',
  newAccount: 'Choose your name and a password; you will use them to log in from now on.',
  submit: 'Accept invitation',
};

export const profileEn: typeof profileNl = {
  title: 'Your profile',
  emailIs: 'You log in with {{email}}.',
  submit: 'Save',
  saved: 'Your profile has been saved.',
  password: {
    title: 'Change password',
    current: 'Current password',
    new: 'New password',
    submit: 'Change password',
    changed: 'Your password has been changed. You have been logged out on your other devices; here you stay logged in.',
  },
  everywhere: {
    title: 'Log out everywhere',
    intro:
      'Lost your phone, or forgot to log out somewhere? This logs you out on every device, including this one. Open session and conversation screens close at once.',
    submit: 'Log out everywhere',
  },
};
