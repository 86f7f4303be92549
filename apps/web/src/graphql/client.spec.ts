import { ERROR_MESSAGES } from '@kring/domain';
import i18n, { changeLanguage } from '../i18n';
import { GraphqlError, request, sharedRequest } from './client';
import { LoginDocument } from './documents/accounts';
import { SessionDocument } from './documents/app';

const fetchMock = jest.fn<Promise<Response>, [RequestInfo | URL, RequestInit?]>();

function respond(body: unknown, status = 200) {
  fetchMock.mockResolvedValueOnce(
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    }),
  );
}

async function failure(promise: Promise<unknown>): Promise<GraphqlError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphqlError);
  return error as GraphqlError;
}

const login = () => request(LoginDocument, { input: { email: 'anna@example.org', password: 'geheim-wachtwoord' } });

beforeEach(async () => {
  fetchMock.mockReset();
  global.fetch = fetchMock as typeof fetch;
  await changeLanguage('nl');
});

describe('request', () => {
  it('posts the operation with the session cookie and the UI language', async () => {
    respond({ data: { setupStatus: { needsSetup: true }, me: null } });

    await expect(request(SessionDocument)).resolves.toEqual({ setupStatus: { needsSetup: true }, me: null });

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'include' });
    expect((init?.headers as Record<string, string>)['Accept-Language']).toBe('nl');
    const body = JSON.parse(init?.body as string);
    expect(body.query).toContain('query Session');
    expect(body.query).toContain('fragment ViewerParts on Viewer');
  });

  it('follows a language switch in Accept-Language', async () => {
    await changeLanguage('en');
    respond({ data: { setupStatus: { needsSetup: false }, me: null } });

    await request(SessionDocument);

    expect((fetchMock.mock.calls[0][1]?.headers as Record<string, string>)['Accept-Language']).toBe('en');
  });

  it("throws the server's readable message and code", async () => {
    respond({
      data: null,
      errors: [{ message: ERROR_MESSAGES.INVALID_CREDENTIALS.nl, extensions: { code: 'INVALID_CREDENTIALS' } }],
    });

    const error = await failure(login());

    expect(error.message).toBe(ERROR_MESSAGES.INVALID_CREDENTIALS.nl);
    expect(error.code).toBe('INVALID_CREDENTIALS');
    expect(error.fields).toEqual({});
  });

  it('maps validation messages to the fields they belong to', async () => {
    respond(
      {
        errors: [
          {
            message: 'Controleer de invoer: Wachtwoord moet minstens 10 tekens lang zijn; E-mailadres is verplicht',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: { password: 'Wachtwoord moet minstens 10 tekens lang zijn', email: 'E-mailadres is verplicht' },
            },
          },
        ],
      },
      400,
    );

    const error = await failure(login());

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual({
      password: 'Wachtwoord moet minstens 10 tekens lang zijn',
      email: 'E-mailadres is verplicht',
    });
  });

  it('treats an error without a code as internal, keeping its message', async () => {
    respond({ errors: [{ message: 'Iets onverwachts' }] });

    const error = await failure(login());

    expect(error).toMatchObject({ code: 'INTERNAL', message: 'Iets onverwachts' });
  });

  it('explains an unreachable server in the UI language', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await failure(login())).toMatchObject({ code: 'NETWORK', message: i18n.t('errors.network') });

    await changeLanguage('en');
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect((await failure(login())).message).toMatch(/cannot be reached/);
  });

  it('turns an unreadable answer (e.g. a proxy error page) into the internal message', async () => {
    respond('<html>Bad gateway</html>', 502);

    expect(await failure(login())).toMatchObject({ code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL.nl });
  });

  it('does not accept an answer without data or errors', async () => {
    respond({ data: null });

    expect((await failure(login())).code).toBe('INTERNAL');
  });
});

describe('sharedRequest', () => {
  const answer = { data: { setupStatus: { needsSetup: false }, me: null } };

  it('asks once for the same query asked together, and afresh once it is answered', async () => {
    respond(answer);
    const together = await Promise.all([sharedRequest(SessionDocument), sharedRequest(SessionDocument), sharedRequest(SessionDocument)]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(together).toEqual([answer.data, answer.data, answer.data]);

    respond(answer);
    await sharedRequest(SessionDocument);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('asks apart for other variables and another language, and shares a failure only with those that asked together', async () => {
    respond(answer);
    respond(answer);
    await Promise.all([
      sharedRequest(LoginDocument, { input: { email: 'anna@example.org', password: 'a' } }),
      sharedRequest(LoginDocument, { input: { email: 'piet@example.org', password: 'a' } }),
    ]);
    expect(fetchMock).toHaveBeenCalledTimes(2);

    fetchMock.mockRejectedValueOnce(new TypeError('offline'));
    const failed = await Promise.allSettled([sharedRequest(SessionDocument), sharedRequest(SessionDocument)]);
    expect(failed.map((f) => f.status)).toEqual(['rejected', 'rejected']);
    expect(fetchMock).toHaveBeenCalledTimes(3);

    respond(answer);
    respond(answer);
    const first = sharedRequest(SessionDocument);
    await changeLanguage('en');
    await Promise.all([first, sharedRequest(SessionDocument)]);
    expect(fetchMock).toHaveBeenCalledTimes(5);
  });
});
