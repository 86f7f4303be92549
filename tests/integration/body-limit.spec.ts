import { FEATURE_MODULES } from '../../apps/api/src/app.module';
import { BODY_LIMIT_BYTES } from '../../apps/api/src/engine/http/body-limits';
import { buildFeatureSchema } from '../../apps/api/src/engine/graphql/schema-printer';
import { CREATE_TEAM, setupFirstOrganisation } from '../support/fixtures';
import type { GraphqlResult } from '../support/graphql-client';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { largestRequests } from '../support/largest-request';

/** Room for the operation's document itself (the largest the web app sends is a few KB; the token limit caps it). */
const DOCUMENT_ALLOWANCE = 32 * 1024;
/** What the limit must keep free above the largest legitimate request. */
const MARGIN = 1.25;

describe('the /graphql body limit', () => {
  it('fits the largest legitimate request of every operation with a quarter to spare, and every input is bounded', async () => {
    const { requests, unbounded } = largestRequests(await buildFeatureSchema(FEATURE_MODULES));
    expect(unbounded).toEqual([]);
    const tooLarge = requests.filter((r) => (r.bytes + DOCUMENT_ALLOWANCE) * MARGIN > BODY_LIMIT_BYTES);
    expect(tooLarge).toEqual([]);
    expect(BODY_LIMIT_BYTES).toBeLessThan(1024 * 1024);
    // The two largest, as the comment beside the limit says (so it is changed when they change).
    expect(requests.slice(0, 2).map((r) => `${r.operation} ~${Math.round(r.bytes / 1024)} KB`)).toEqual([
      expect.stringMatching(/^mutation saveCustomMethod ~6\d\d KB$/),
      expect.stringMatching(/^mutation syncVisitNotes ~[34]\d\d KB$/),
    ]);
  }, 60_000);

  describe('on a running server', () => {
    let kring: TestKring;
    let organisationId: string;
    beforeAll(async () => {
      kring = await startTestKring();
      ({ organisationId } = await setupFirstOrganisation(kring));
    });
    afterAll(() => kring.close());

    const post = async (bytes: number, language?: string) => {
      const body = JSON.stringify({ query: CREATE_TEAM, variables: { organisationId, name: 'Noord', padding: '' } });
      const padded = body.replace('"padding":""', `"padding":"${'x'.repeat(bytes - body.length)}"`);
      expect(Buffer.byteLength(padded)).toBe(bytes);
      const response = await fetch(`${kring.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(language ? { 'accept-language': language } : {}) },
        body: padded,
      });
      return { status: response.status, body: (await response.json()) as Omit<GraphqlResult, 'status'> };
    };

    it('refuses a body one byte over the limit with a readable 413, in Dutch and English', async () => {
      const nl = await post(BODY_LIMIT_BYTES + 1);
      expect(nl.status).toBe(413);
      expect(nl.body.errors![0]).toMatchObject({
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
        message: expect.stringMatching(/te veel tekst/),
      });
      const en = await post(BODY_LIMIT_BYTES + 1, 'en-GB');
      expect(en.body.errors![0].message).toMatch(/too much text/);
      expect(await kring.sql(`SELECT id FROM team`)).toEqual([]);
    });

    it('reads a body of exactly the limit (GraphQL then answers about its content, not its size)', async () => {
      const atLimit = await post(BODY_LIMIT_BYTES);
      expect(atLimit.status).not.toBe(413);
      expect(atLimit.status).toBeLessThan(500);
    });
  });
});
