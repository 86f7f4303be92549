/** Dutch texts of outbox, loaded with its screens (i18n/features.ts); texts.en.ts has the same keys. */

export const outboxNl = {
  title: 'Postvak',
  intro:
    'Hier staan de e-mails die Kring zou hebben verstuurd als er een mailserver was ingesteld; niemand heeft ze echt ontvangen. Open een link om een uitnodiging of een nieuw wachtwoord te testen.',
  adminsOnly: 'Het postvak is alleen voor beheerders.',
  empty: 'Nog geen e-mails.',
  refresh: 'Vernieuwen',
  to: 'Aan: {{to}}',
};
