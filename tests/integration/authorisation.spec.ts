import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import { hashToken } from '../../apps/api/src/engine/auth/tokens';
import type { AccessRule } from '../../apps/api/src/engine/policy/access.decorator';
import { AccessSurface, accessSurface, expressRoutes, HttpRoute, SocketHandler } from '../support/access-surface';
import { httpGet, openSocket, routeUrl, sendOnce, socketBody, SocketAnswer } from '../support/entrance-attacks';
import { eachConcurrently } from '../support/concurrently';
import { GraphqlClient } from '../support/graphql-client';
import { EveryRow, everyKindOfRow, joinedOrganisation, networkCoordinator } from '../support/every-row-fixture';
import { LOGIN, PASSWORD, setupFirstOrganisation } from '../support/fixtures';
import { startTestKring, TestKring } from '../support/kring-test-app';
import { GeneratedOperation, generateMixedOperations, generateOperations, schemaOperationNames } from '../support/operation-generator';

/** Operations for any logged-in person that act only on the caller's own account. */
const OWN_ACCOUNT_OPERATIONS: Record<string, string> = {
  updateProfile: "changes the caller's own name and language",
  calendarFeed: "the caller's own calendar feed",
  createCalendarFeed: "makes a new secret address for the caller's own calendar feed",
  revokeCalendarFeed: "switches off the caller's own calendar feed",
  notifications: "the caller's own notifications",
  unreadNotificationCount: "counts the caller's own unread notifications",
  markAllNotificationsRead: "marks the caller's own notifications as read",
  exportMyData: 'everything Kring holds about the caller, for the caller',
  logoutEverywhere: "ends every login of the caller, and no one else's",
  changePassword: "changes the caller's own password, given the current one",
  homeNextSteps: "what is next for the caller, asked only of the caller's own organisations",
  contentGuardNames: "the names the caller's device checks texts against: only the caller's own organisations' people and pseudonyms",
  sessionByJoinCode: "looks a room's short code up only among the sessions the caller takes part in (session-join-code.spec.ts)",
};

/**
 * What a route needs besides the row its @Access rule names: a file name.
 * Keyed by handler, so a new route with a parameter nobody sampled fails by
 * name instead of being skipped. A calendar feed address is the caller's own
 * (filled in the test), as an attacker has no other.
 */
const ROUTE_SAMPLES: Record<string, Record<string, string>> = {
  'QualityReportFilesController.qualityReport': { file: `${new Date().getFullYear()}.pdf` },
  'QualityReportFilesController.networkOverview': { file: `${new Date().getFullYear()}.pdf` },
};

/**
 * What a socket message needs besides the row its @Access rule names, by
 * event: enough for the owner's own call to succeed (checked last), so the
 * attackers' calls are real attempts, not malformed messages.
 */
const SOCKET_EXTRAS: Record<string, () => Record<string, unknown>> = {
  'session:command': () => ({ clientKey: randomUUID(), command: { type: 'startSession' } }),
  // The victim's session runs the incidentmethode; once started (the command above), its first phase is where people write.
  'session:typing': () => ({ phaseId: 'incident' }),
  'mirror:join': () => ({ view: 'console' }),
  'mirror:leave': () => ({ view: 'console' }),
  'mirror:command': () => ({ clientKey: randomUUID(), command: { type: 'start' } }),
};

/** Nest binds module middleware (the request logger) with router.all on a wildcard: every HTTP method, no endpoint of its own. */
const MIDDLEWARE_ROUTE = /^[A-Z-]+ \/\{\*path\}$/;

/** Tables whose rows may change on a refused call: logins and attempt counters (passwords, links, reset mails) are bookkeeping, not data. */
const BOOKKEEPING_TABLES = ['auth_session', 'throttle_counter'];

/**
 * Operations a member of another organisation in the SAME learning network
 * may call with the network's id, each with the reason: they read what the
 * network shares by design. Every other operation aimed at the organisation's
 * rows must answer NOT_FOUND to that peer, as to anyone outside the network.
 */
const NETWORK_MEMBER_OPERATIONS: Record<string, string> = {
  learningNetwork: 'the network page: its name, its member organisations and what they share with the network',
  networkLens: "the network's shared observation lens, which its members revise together",
  networkMirrorReports: 'the mirror reports hosts closed and shared with the network, anonymised',
  networkValuePatterns: "the network's value patterns: one aggregate over its organisations, groups under five suppressed",
  networkLibrarySearch:
    'searches only what organisations shared with the network in the library, never what they keep within the organisation',
};

/**
 * Refused calls sent at once: each is refused on its own (and the data checked untouched after all of them), so their
 * order does not matter; calls that log out or in stay one after another.
 */
const AT_ONCE = 4;

describe('authorisation, generated from the GraphQL schema', () => {
  let kring: TestKring;
  let secrets: RegExp;
  /** Administrator (and entrepreneur) of an organisation outside the network, with one of every row of its own. */
  let foreign: GraphqlClient;
  /** Administrator (and entrepreneur) of another organisation inside the same learning network. */
  let peer: GraphqlClient;
  /** Administrator of the victim organisation, and a coordinator of its network: the owners, whose own calls must succeed. */
  let owner: GraphqlClient;
  let coordinator: GraphqlClient;
  let victim: EveryRow;
  let surface: AccessSurface;
  /** Public operations, routes and socket handlers with the reason their @Access.public declaration gives. */
  let publicOperations: Record<string, string>;
  let operations: GeneratedOperation[];
  let mixed: GeneratedOperation[];
  let schemaOperations: string[];
  /** Which operations each attacker actually called: at the end, together, exactly the schema's. */
  const tried = {
    anonymous: new Set<string>(),
    foreign: new Set<string>(),
    peer: new Set<string>(),
    mixed: new Set<string>(),
    ownAccount: new Set<string>(),
    public: new Set<string>(),
  };
  /** Which HTTP routes ("GET /path") and socket events each attacker tried: at the end, exactly the app's. */
  const entered = { loggedOut: new Set<string>(), foreign: new Set<string>(), peer: new Set<string>() };
  const routeKey = (route: HttpRoute) => `${route.method} ${route.path}`;
  const socketKey = (handler: SocketHandler) => `socket ${handler.event}`;

  /** A digest per table; `ignored` columns are left out (bookkeeping a permitted call of the caller's own writes). */
  async function fingerprint(ignored: Record<string, string[]> = {}): Promise<Record<string, string>> {
    const tables = await kring.sql<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`,
    );
    const result: Record<string, string> = {};
    for (const { tablename } of tables) {
      if (BOOKKEEPING_TABLES.includes(tablename)) continue;
      const row$ = `(to_jsonb(t) - $1::text[])::text`;
      const [row] = await kring.sql<{ digest: string }>(
        `SELECT md5(coalesce(string_agg(${row$}, '|' ORDER BY ${row$}), '')) AS digest FROM ${tablename} t`,
        [ignored[tablename] ?? []],
      );
      result[tablename] = row.digest;
    }
    return result;
  }

  /** The victim organisation's rows in every table that records an organisation: a mixed call may change the caller's own rows, never these. */
  async function victimFingerprint(): Promise<Record<string, string>> {
    const tables = await kring.sql<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'organisation_id' ORDER BY table_name`,
    );
    const result: Record<string, string> = {};
    for (const { table_name } of tables) {
      const [row] = await kring.sql<{ digest: string }>(
        `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${table_name} t WHERE t.organisation_id = $1`,
        [victimId],
      );
      result[table_name] = row.digest;
    }
    return result;
  }
  let victimId: string;

  const leaks = (result: unknown, pattern = secrets) => pattern.test(JSON.stringify(result ?? null));

  /**
   * The attacker's only calendar feed address is their own: it must show
   * nothing of the victim. Made anew before use, as the own-account calls
   * above switch the feed off.
   */
  async function foreignFeedSample(): Promise<void> {
    const feed = await foreign.ok(`mutation { createCalendarFeed { url } }`);
    ROUTE_SAMPLES['CalendarFeedController.feed'] = { file: feed.createCalendarFeed.url.split('/').pop()! };
  }

  /** A fresh login of the foreign administrator, ended in the database as logout does: its cookie is what a logged-out browser still holds. */
  async function endedLogin(): Promise<string> {
    const client = new GraphqlClient(kring.url);
    await client.ok(LOGIN, { email: 'marloes@lindehof.test', password: PASSWORD });
    const cookie = client.sessionCookie;
    await kring.sql(`DELETE FROM auth_session WHERE token_hash = $1`, [hashToken(cookie.slice(cookie.indexOf('=') + 1))]);
    return cookie;
  }

  /** A socket opened while logged in whose login then ends behind its back, sending one message. */
  async function staleScreenSends(event: string, body: unknown): Promise<SocketAnswer> {
    const client = new GraphqlClient(kring.url);
    await client.ok(LOGIN, { email: 'marloes@lindehof.test', password: PASSWORD });
    const screen = await openSocket(kring.url, client.sessionCookie);
    try {
      await kring.sql(`DELETE FROM auth_session WHERE token_hash = $1`, [
        hashToken(client.sessionCookie.slice(client.sessionCookie.indexOf('=') + 1)),
      ]);
      return { ack: await screen.ask(event, body) };
    } finally {
      screen.socket.close();
    }
  }
  let peerSecrets: RegExp;

  beforeAll(async () => {
    kring = await startTestKring();
    const hoeve = await setupFirstOrganisation(kring);
    const kompas = await joinedOrganisation(kring, 'Gezinshuis Het Kompas', 'peter@kompas.test');
    victim = await everyKindOfRow(kring, hoeve, 'Alfa', kompas);
    owner = hoeve.admin;
    victimId = hoeve.organisationId;
    const lindehof = await joinedOrganisation(kring, 'De Lindehof', 'marloes@lindehof.test');
    const own = await everyKindOfRow(kring, lindehof, 'Bravo');
    coordinator = await networkCoordinator(kring, victim.networkId);
    // The letter's routes need a letter that was sent: the victim's own for staff; for the public route, whose
    // token is the permission, the attacker's own link (as with the calendar feed: an attacker has no other).
    ROUTE_SAMPLES['LetterFilesController.letter'] = { conversationId: victim.letterConversationId };
    ROUTE_SAMPLES['LetterFilesController.relativeLetter'] = { token: own.letterToken };
    // A session's report is there once it has ended.
    ROUTE_SAMPLES['SessionFilesController.pdf'] = { id: victim.closedSessionId };
    surface = accessSurface(kring.app);
    publicOperations = Object.fromEntries(surface.graphql.flatMap((e) => (e.rule?.kind === 'public' ? [[e.name, e.rule.reason]] : [])));
    foreign = lindehof.admin;
    peer = kompas.admin;
    secrets = new RegExp(
      [...victim.secrets, 'Zorgboerderij De Hoeve', 'ingrid@hoeve.test', 'bram.alfa@kring.test', 'piet.alfa@kring.test'].join('|'),
    );
    // What the network shares with its members by design: its name and who is in it.
    const shared = [
      'Netwerk Alfa',
      'Gezinshuis Alfa',
      'Zorgboerderij De Hoeve',
      victim.networkId,
      victim.visitingOrganisationId,
      hoeve.organisationId,
    ];
    peerSecrets = new RegExp(
      [...victim.secrets, 'ingrid@hoeve.test', 'bram.alfa@kring.test', 'piet.alfa@kring.test'].filter((s) => !shared.includes(s)).join('|'),
    );

    const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../apps/api/schema.graphql'), 'utf8'));
    schemaOperations = schemaOperationNames(schema);
    operations = generateOperations(schema, victim);
    mixed = generateMixedOperations(schema, own, victim);
  });
  afterAll(() => kring.close());

  it('covers every operation of the schema, each ID at a real row', () => {
    expect(operations.map((o) => o.name)).toEqual(schemaOperations);
    for (const name of [
      ...Object.keys(publicOperations),
      ...Object.keys(OWN_ACCOUNT_OPERATIONS),
      ...Object.keys(NETWORK_MEMBER_OPERATIONS),
    ])
      expect(schemaOperations).toContain(name);
    // 41 operations take several IDs (issue #15.5); syncVisitNotes's others are made up by the client, so 40 point at several rows.
    expect(new Set(mixed.map((o) => o.name)).size).toBeGreaterThanOrEqual(40);
  });

  it('refuses every non-public operation to an anonymous visitor and leaves the data untouched', async () => {
    const before = await fingerprint();
    const anonymous = new GraphqlClient(kring.url);
    await eachConcurrently(
      operations.filter((o) => !(o.name in publicOperations)),
      AT_ONCE,
      async (op) => {
        const result = await anonymous.request(op.document, op.variables);
        expect({ op: op.name, code: result.errors?.[0]?.extensions?.code }).toEqual({ op: op.name, code: 'UNAUTHENTICATED' });
        expect({ op: op.name, leaks: leaks(result.data) }).toEqual({ op: op.name, leaks: false });
        tried.anonymous.add(op.name);
      },
    );
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses every non-public operation on another organisation's rows and leaves the data untouched", async () => {
    const before = await fingerprint();
    await eachConcurrently(
      operations.filter((o) => !(o.name in publicOperations) && !(o.name in OWN_ACCOUNT_OPERATIONS)),
      AT_ONCE,
      async (op) => {
        const result = await foreign.request(op.document, op.variables);
        expect({ op: op.name, code: result.errors?.[0]?.extensions?.code }).toEqual({ op: op.name, code: 'NOT_FOUND' });
        expect({ op: op.name, leaks: leaks(result.data) }).toEqual({ op: op.name, leaks: false });
        tried.foreign.add(op.name);
      },
    );
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses a peer inside the same learning network everything of the organisation's own rows", async () => {
    const before = await fingerprint();
    const wrong: unknown[] = [];
    await eachConcurrently(
      operations.filter((o) => !(o.name in publicOperations) && !(o.name in OWN_ACCOUNT_OPERATIONS)),
      AT_ONCE,
      async (op) => {
        const result = await peer.request(op.document, op.variables);
        const code = result.errors?.[0]?.extensions?.code;
        // In the network itself the peer is a member: a coordinator's operation is FORBIDDEN, and input the network's own
        // operations cannot read is BAD_USER_INPUT before any row is looked at; neither names anything of the organisation.
        const onNetwork =
          'networkId' in op.variables ||
          'visitId' in op.variables ||
          ['networkId', 'visitId'].some((k) => k in ((op.variables.input as Record<string, unknown>) ?? {}));
        const refusals = onNetwork ? ['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'] : ['NOT_FOUND'];
        const expected = op.name in NETWORK_MEMBER_OPERATIONS ? code === undefined : refusals.includes(code as string);
        if (!expected || leaks(result.data, peerSecrets)) wrong.push({ op: op.name, code, leaks: leaks(result.data, peerSecrets) });
        tried.peer.add(op.name);
      },
    );
    expect(wrong).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  });

  it('never reads or changes the other organisation’s rows when one of several IDs is theirs and the rest the caller’s own; refuses such reads', async () => {
    const before = await victimFingerprint();
    // The fingerprint covers real rows: most tables hold some of the victim's (md5 of nothing is d41d8…).
    expect(Object.values(before).filter((digest) => digest !== 'd41d8cd98f00b204e9800998ecf8427e').length).toBeGreaterThan(20);
    const wrong: unknown[] = [];
    // One after another: a mixed mutation may change the caller's own rows, which the next call may use.
    for (const op of mixed) {
      const result = await foreign.request(op.document, op.variables);
      const code = result.errors?.[0]?.extensions?.code;
      // A read is refused outright: another organisation's row (or person) is unknown here, never an empty answer.
      const refusedRead = op.kind === 'mutation' || ['NOT_FOUND', 'NOT_A_MEMBER'].includes(code as string);
      // Refused by input validation, the call never got to its rows and proved nothing: the generator must send valid input.
      if (leaks(result.data) || !refusedRead || code === 'BAD_USER_INPUT') wrong.push({ op: op.name, foreign: op.foreignPath, code });
      tried.mixed.add(`${op.name}:${op.foreignPath}`);
    }
    expect(wrong).toEqual([]);
    expect(await victimFingerprint()).toEqual(before);
  });

  it("own-account operations change only the caller's own row", async () => {
    const [before] = await kring.sql(`SELECT display_name FROM person WHERE email = 'ingrid@hoeve.test'`);
    for (const op of operations.filter((o) => o.name in OWN_ACCOUNT_OPERATIONS)) {
      const result = await foreign.request(op.document, op.variables);
      expect({ op: op.name, leaks: leaks(result) }).toEqual({ op: op.name, leaks: false });
      tried.ownAccount.add(op.name);
    }
    expect(await kring.sql(`SELECT display_name FROM person WHERE email = 'ingrid@hoeve.test'`)).toEqual([before]);
    // "Log out everywhere" ended the caller's own logins only.
    const logins = await kring.sql<{ email: string }>(
      `SELECT DISTINCT p.email FROM auth_session s JOIN person p ON p.id = s.person_id ORDER BY p.email`,
    );
    expect(logins.map((l) => l.email)).toContain('ingrid@hoeve.test');
    expect(logins.map((l) => l.email)).not.toContain('marloes@lindehof.test');
    await foreign.request(LOGIN, { email: 'marloes@lindehof.test', password: PASSWORD });
  });

  it('public operations reveal nothing of another organisation and change none of its data', async () => {
    const before = await fingerprint();
    for (const op of operations.filter((o) => o.name in publicOperations)) {
      const result = await foreign.request(op.document, op.variables);
      expect({ op: op.name, leaks: leaks(result) }).toEqual({ op: op.name, leaks: false });
      tried.public.add(op.name);
      // logout and a failed login end the foreign session; log back in for the next call when it has ended (a login
      // costs a full password hash, a look at the session does not).
      if (!(await foreign.request(`{ me { __typename } }`)).data?.me)
        await foreign.request(LOGIN, { email: 'marloes@lindehof.test', password: PASSWORD });
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('every operation, HTTP route and socket handler states who may call it; public ones say why, where they are declared', () => {
    const entrances = [...surface.graphql, ...surface.http, ...surface.sockets];
    expect(entrances.filter((e) => !e.rule).map((e) => e.handler)).toEqual([]);
    expect(entrances.filter((e) => e.rule?.kind === 'public' && e.rule.reason.trim().length < 10).map((e) => e.handler)).toEqual([]);
    // The resolvers Nest knows are exactly the schema's operations, so the GraphQL matrix and this one read the same declarations.
    expect(surface.graphql.map((e) => e.name).sort()).toEqual([...schemaOperations].sort());
    // Every route the HTTP server answers is a controller route Nest's metadata shows (none added beside Nest), and the other way round.
    const served = [...new Set(expressRoutes(kring.app).filter((route) => !MIDDLEWARE_ROUTE.test(route)))].sort();
    expect(served).toEqual(surface.http.map(routeKey).sort());
    expect(surface.sockets.length).toBeGreaterThan(0);
  });

  it('refuses every HTTP route of every controller to the logged out, another organisation and a network peer, each ID at a real row; nothing changes or leaks', async () => {
    await foreignFeedSample();
    // The attacker's own feed, fetched through its own address, notes when it was fetched; nothing else may change.
    const feedFetched = { calendar_feed: ['last_fetched_at'] };
    const before = await fingerprint(feedFetched);
    const ended = await endedLogin();
    const wrong: unknown[] = [];
    for (const route of surface.http) {
      const url = routeUrl(route, victim, ROUTE_SAMPLES);
      const attempts = [
        { who: 'loggedOut', cookie: undefined, refusals: [401], secrets },
        { who: 'loggedOut', cookie: ended, refusals: [401], secrets },
        { who: 'foreign', cookie: foreign.sessionCookie, refusals: [404], secrets },
        // In the network the peer is a member: a coordinator's route is FORBIDDEN; nothing of the organisation's own is found.
        { who: 'peer', cookie: peer.sessionCookie, refusals: route.rule?.kind === 'network' ? [403, 404] : [404], secrets: peerSecrets },
      ] as const;
      for (const attempt of attempts) {
        const answer = await httpGet(kring.url, url, attempt.cookie);
        const refused =
          route.rule?.kind === 'public' ? answer.status < 500 : (attempt.refusals as readonly number[]).includes(answer.status);
        if (!refused || attempt.secrets.test(answer.body))
          wrong.push({ route: routeKey(route), who: attempt.who, status: answer.status, leaks: attempt.secrets.test(answer.body) });
        entered[attempt.who].add(routeKey(route));
      }
    }
    expect(wrong).toEqual([]);
    expect(await fingerprint(feedFetched)).toEqual(before);
  });

  it('refuses every socket handler of every gateway to the logged out, another organisation and a network peer, each ID at a real row; nothing changes or leaks', async () => {
    const before = await fingerprint();
    const wrong: unknown[] = [];
    const foreignScreen = await openSocket(kring.url, foreign.sessionCookie);
    const peerScreen = await openSocket(kring.url, peer.sessionCookie);
    const codeOf = (ack: unknown) => (ack as { error?: { code?: string } } | undefined)?.error?.code;
    try {
      for (const handler of surface.sockets) {
        const body = () => socketBody(handler, victim, SOCKET_EXTRAS[handler.event]?.() ?? {});
        const open = handler.rule?.kind === 'public';
        const check = (who: keyof typeof entered, answer: SocketAnswer, refusals: string[], pattern: RegExp) => {
          const ack = 'ack' in answer ? answer.ack : undefined;
          const refused =
            open || ('refusedHandshake' in answer ? refusals.includes(answer.refusedHandshake) : refusals.includes(codeOf(ack) as string));
          if (!refused || leaks(ack, pattern)) wrong.push({ event: handler.event, who, answer });
          entered[who].add(socketKey(handler));
        };
        // Logged out: the handshake is refused, so the message never reaches a handler.
        check('loggedOut', await sendOnce(kring.url, undefined, handler.event, body()), ['UNAUTHENTICATED'], secrets);
        // A screen left open after its login ended behind its back (no disconnect was sent): the handler itself refuses.
        check('loggedOut', await staleScreenSends(handler.event, body()), ['UNAUTHENTICATED'], secrets);
        check('foreign', { ack: await foreignScreen.ask(handler.event, body()) }, ['NOT_FOUND'], secrets);
        const peerRefusals = handler.rule?.kind === 'network' ? ['NOT_FOUND', 'FORBIDDEN'] : ['NOT_FOUND'];
        check('peer', { ack: await peerScreen.ask(handler.event, body()) }, peerRefusals, peerSecrets);
      }
    } finally {
      foreignScreen.socket.close();
      peerScreen.socket.close();
    }
    expect(wrong).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  });

  it("the owners' own calls through the same routes and socket handlers succeed, so every refusal above met a real row", async () => {
    await foreignFeedSample();
    const failed: unknown[] = [];
    // A coordinator's route (the network overview) is the coordinator's; every other route and handler (a mirror report's
    // too: the administrator is the host's entrepreneur) is the organisation administrator's.
    const ownerOf = (rule: AccessRule | undefined) =>
      rule?.kind === 'network' && rule.roles?.includes('network_coordinator') ? coordinator : owner;
    for (const route of surface.http) {
      const answer = await httpGet(kring.url, routeUrl(route, victim, ROUTE_SAMPLES), ownerOf(route.rule).sessionCookie);
      if (answer.status !== 200) failed.push({ route: routeKey(route), status: answer.status, body: answer.body.slice(0, 200) });
    }
    const screens = new Map<GraphqlClient, Awaited<ReturnType<typeof openSocket>>>();
    try {
      // Commands first: the session the typing message needs is started by the command (SOCKET_EXTRAS), whatever order
      // Nest lists a gateway's handlers in (a room's own handlers before those of the kit's base class).
      const commandsFirst = [...surface.sockets].sort(
        (x, y) => Number(y.event.endsWith(':command')) - Number(x.event.endsWith(':command')),
      );
      for (const handler of commandsFirst) {
        const client = ownerOf(handler.rule);
        if (!screens.has(client)) screens.set(client, await openSocket(kring.url, client.sessionCookie));
        const ack = (await screens
          .get(client)!
          .ask(handler.event, socketBody(handler, victim, SOCKET_EXTRAS[handler.event]?.() ?? {}))) as { ok?: boolean };
        if (ack?.ok !== true) failed.push({ event: handler.event, ack });
      }
    } finally {
      for (const screen of screens.values()) screen.socket.close();
    }
    expect(failed).toEqual([]);
  });

  it('exercised exactly the operations of the schema: none skipped, none left over', () => {
    const sorted = (...sets: Set<string>[]) => [...new Set(sets.flatMap((set) => [...set]))].sort();
    const all = [...schemaOperations].sort();
    expect(sorted(tried.anonymous, tried.public)).toEqual(all);
    expect(sorted(tried.foreign, tried.ownAccount, tried.public)).toEqual(all);
    expect(sorted(tried.peer, tried.ownAccount, tried.public)).toEqual(all);
    expect(sorted(tried.mixed)).toEqual(mixed.map((op) => `${op.name}:${op.foreignPath}`).sort());
    // The same for every HTTP route and socket handler Nest's metadata shows, for each kind of attacker.
    const entrances = [...surface.http.map(routeKey), ...surface.sockets.map(socketKey)].sort();
    expect(sorted(entered.loggedOut)).toEqual(entrances);
    expect(sorted(entered.foreign)).toEqual(entrances);
    expect(sorted(entered.peer)).toEqual(entrances);
  });
});
