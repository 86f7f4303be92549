import { Language, NOTIFICATION_MAIL_SUBJECTS, NotificationKind, NotificationParams, notificationText } from '@kring/domain';

interface NotificationMailInput {
  kind: NotificationKind;
  params: NotificationParams;
  recipientName: string;
  organisationName: string;
  language: Language;
  /** Full address of the page in Kring. */
  url: string;
}

/**
 * The e-mail that goes with a notification, in the recipient's language. It
 * says no more than the notification: what and when, and a link into Kring.
 */
export function notificationMail(input: NotificationMailInput): { subject: string; body: string } {
  const text = notificationText(input.kind, input.params, input.language);
  const subject = NOTIFICATION_MAIL_SUBJECTS[input.kind][input.language];
  const body =
    input.language === 'nl'
      ? `Hallo ${input.recipientName},\n\n${text}\n\nBekijk het in Kring: ${input.url}\n\n` +
        `Je krijgt dit bericht omdat je in Kring meedoet bij ${input.organisationName}. Je meldingen staan ook in Kring, onder het belletje.`
      : `Hello ${input.recipientName},\n\n${text}\n\nSee it in Kring: ${input.url}\n\n` +
        `You receive this message because you take part in Kring at ${input.organisationName}. Your notifications are also in Kring, under the bell.`;
  return { subject, body };
}
