import { Mail, MailService } from '../../apps/api/src/engine/mail/mail.service';
import { EntityManager } from 'typeorm';
import { TestKring } from './kring-test-app';

/**
 * Every mail the (real) mail service sends, read as it is put on the mail
 * queue (delivery follows outside the request; kring.mailDelivered waits for
 * it). Mail meant for one person only (password resets, a storyteller's link)
 * never reaches an outbox colleagues can read, so tests find its link here instead.
 */
export function watchMail(kring: TestKring) {
  const sent: Mail[] = [];
  const spy = jest.spyOn(kring.app.get(MailService), 'send').mockImplementation(async function (
    this: MailService,
    mail: Mail,
    manager?: EntityManager,
  ) {
    sent.push(mail);
    return MailService.prototype.send.call(this, mail, manager);
  });
  /** The newest mail to `to`, or an error naming who got nothing. */
  const last = (to: string): Mail => {
    const mail = [...sent].reverse().find((m) => m.to === to);
    if (!mail) throw new Error(`No mail sent to ${to}`);
    return mail;
  };
  /** The token after `path` in the newest mail to `to`. */
  const token = (to: string, path: string): string => {
    const match = last(to).body.match(new RegExp(`${path}/([A-Za-z0-9_-]+)`));
    if (!match) throw new Error(`No ${path} link in the mail to ${to}`);
    return match[1];
  };
  return { sent, last, token, stop: () => spy.mockRestore() };
}
