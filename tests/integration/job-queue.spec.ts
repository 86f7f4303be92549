import { MailDelivery } from '../../apps/api/src/engine/mail/mail-delivery';
import { MailService } from '../../apps/api/src/engine/mail/mail.service';
import { ReminderJob } from '../../apps/api/src/modules/notifications/reminders/reminder-job';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { startTestKring, TestKring } from '../support/kring-test-app';

/**
 * Mail that is never lost and periodic jobs that run once: both go through the one PostgreSQL job queue
 * (engine/jobs/job-queue.ts).
 */
describe('job queue', () => {
  describe('mail', () => {
    let kring: TestKring;
    beforeAll(async () => {
      // Retries one second apart (doubling) instead of thirty, so three tries fit in a test.
      kring = await startTestKring({ env: { MAIL_RETRY_DELAY_SECONDS: '1' } });
    });
    afterAll(() => kring.close());

    const outbox = (to: string) => kring.sql<{ subject: string }>(`SELECT subject FROM outbox_mail WHERE to_address = $1`, [to]);

    it('retries a mail whose transport fails twice, and it arrives once', async () => {
      const delivery = kring.app.get(MailDelivery);
      const deliver = jest.spyOn(delivery, 'deliver');
      deliver.mockRejectedValueOnce(new Error('SMTP 421 try again later')).mockRejectedValueOnce(new Error('connection reset'));
      try {
        await kring.app.get(MailService).send({ to: 'retry@voorbeeld.test', organisationId: null, subject: 'Drie keer', body: 'Hallo' });
        await kring.mailDelivered();
        expect(deliver).toHaveBeenCalledTimes(3);
        expect(await outbox('retry@voorbeeld.test')).toEqual([{ subject: 'Drie keer' }]);
        const [job] = await kring.sql<{ state: string; retry_count: number }>(
          `SELECT state, retry_count FROM pgboss.job WHERE name = 'mail' AND data->>'to' = 'retry@voorbeeld.test'`,
        );
        expect(job).toEqual({ state: 'completed', retry_count: 2 });
      } finally {
        deliver.mockRestore();
      }
    }, 30_000);

    it('queues a mail in the transaction of the write that causes it: rolled back, no mail', async () => {
      const db = kring.app.get<DataSource>(getDataSourceToken());
      const mail = kring.app.get(MailService);
      await expect(
        db.transaction(async (manager) => {
          await mail.send({ to: 'rollback@voorbeeld.test', organisationId: null, subject: 'Nooit', body: 'Hallo' }, manager);
          throw new Error('the write fails after the mail was queued');
        }),
      ).rejects.toThrow('the write fails');
      await db.transaction((manager) =>
        mail.send({ to: 'commit@voorbeeld.test', organisationId: null, subject: 'Wel', body: 'Hallo' }, manager),
      );
      await kring.mailDelivered();
      expect(await outbox('rollback@voorbeeld.test')).toEqual([]);
      expect(await outbox('commit@voorbeeld.test')).toEqual([{ subject: 'Wel' }]);
      expect(await kring.sql(`SELECT 1 FROM pgboss.job WHERE data->>'to' = 'rollback@voorbeeld.test'`)).toEqual([]);
    });
  });

  describe('a mail put on the queue', () => {
    let kring: TestKring;
    // Looking for work once a minute: a mail that arrives within seconds was fetched because it was put there.
    beforeAll(async () => (kring = await startTestKring({ env: { JOB_POLL_SECONDS: '60' } })));
    afterAll(() => kring.close());

    const delivered = (to: string) => kring.sql(`SELECT 1 FROM outbox_mail WHERE to_address = $1`, [to]);
    const arrives = async (to: string) => {
      const deadline = Date.now() + 20_000;
      while ((await delivered(to)).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      return (await delivered(to)).length;
    };

    it('leaves at once, not at the next poll: alone, after its transaction commits, and ten at once', async () => {
      const db = kring.app.get<DataSource>(getDataSourceToken());
      const mail = kring.app.get(MailService);
      // The queue's first look, at its start, is over: from here on it would look again only after a minute.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const started = Date.now();
      await mail.send({ to: 'alleen@voorbeeld.test', organisationId: null, subject: 'Meteen', body: 'Hallo' });
      expect(await arrives('alleen@voorbeeld.test')).toBe(1);
      await db.transaction(async (manager) => {
        await mail.send({ to: 'transactie@voorbeeld.test', organisationId: null, subject: 'Na de commit', body: 'Hallo' }, manager);
        // Savepoints inside the transaction end before it commits: the worker is woken by the commit itself.
        await manager.transaction((inner) => inner.query('SELECT 1'));
      });
      expect(await arrives('transactie@voorbeeld.test')).toBe(1);
      const ten = Array.from({ length: 10 }, (_, i) => `tien-${i}@voorbeeld.test`);
      await Promise.all(ten.map((to) => mail.send({ to, organisationId: null, subject: 'Tien', body: 'Hallo' })));
      for (const to of ten) expect(await arrives(to)).toBe(1);
      expect(Date.now() - started).toBeLessThan(60_000);
    }, 70_000);
  });

  it('runs a periodic job in one of two API processes', async () => {
    // Not in the last 20 s of a minute: the test's few seconds then see exactly one tick of an every-minute schedule.
    const second = new Date().getSeconds();
    if (second >= 40) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
    const runs: ReminderJob[] = [];
    const run = ReminderJob.prototype.run;
    // On the prototype, before either process starts: the first tick comes while they start.
    const spy = jest.spyOn(ReminderJob.prototype, 'run').mockImplementation(async function (this: ReminderJob, now?: Date) {
      runs.push(this);
      return run.call(this, now);
    });
    // Every minute instead of every five, so a tick falls inside the test.
    const env = { PERIODIC_JOBS: 'on', CRON_REMINDERS: '* * * * *' };
    const first = await startTestKring({ env });
    const other = await startTestKring({ databaseUrl: first.databaseUrl, env });
    try {
      const deadline = Date.now() + 15_000;
      while (runs.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      // Time for the other process to run the same tick, if it (wrongly) would.
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      expect(runs).toHaveLength(1);
      expect([first.app.get(ReminderJob), other.app.get(ReminderJob)]).toContain(runs[0]);
    } finally {
      spy.mockRestore();
      await other.close();
      await first.close();
    }
  }, 90_000);
});
