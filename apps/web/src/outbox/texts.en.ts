import type { outboxNl } from './texts.nl';

export const outboxEn: typeof outboxNl = {
  title: 'Outbox',
  intro:
    'These are the e-mails Kring would have sent if a mail server were configured; nobody has actually received them. Open a link to try an invitation or a new password.',
  adminsOnly: 'The outbox is for administrators only.',
  empty: 'No e-mails yet.',
  refresh: 'Refresh',
  to: 'To: {{to}}',
};
