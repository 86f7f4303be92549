import { MAIL_QUEUE } from '../../apps/api/src/engine/mail/mail.service';

type Sql = <T>(query: string, params?: unknown[]) => Promise<T[]>;

/**
 * Waits until every mail queued so far is delivered (in the outbox when SMTP
 * is off): mail leaves through the job queue, outside the request, so a test
 * or a benchmark reads the outbox only after this.
 */
export async function mailDelivered(sql: Sql): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [{ waiting }] = await sql<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
      [MAIL_QUEUE],
    );
    if (waiting === 0) return;
    if (Date.now() > deadline) throw new Error(`${waiting} mail(s) still queued after 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
