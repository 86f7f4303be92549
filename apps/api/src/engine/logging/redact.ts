/**
 * What a log line may say about a request. Personal links carry their secret
 * in the address (`/naaste/<token>`, `/calendar/<token>.ics`) and reach the
 * log through the URL and through `Referer`; cookies and the Authorization
 * header are secrets too; request bodies (GraphQL variables: passwords, notes
 * about residents) are never logged at all (pino-http does not log bodies).
 */
const TOKEN = /[A-Za-z0-9_-]{43}/g;
const SECRET_HEADERS = new Set(['cookie', 'authorization', 'proxy-authorization']);

/** Any token-shaped run of characters (newToken(): 43 characters of base64url) becomes `[token]`. */
export function redactTokens(text: string): string {
  return text.replace(TOKEN, '[token]');
}

interface SerializedRequest {
  url?: unknown;
  params?: unknown;
  query?: unknown;
  headers?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Every string in a value (Express's route params and query), with tokens taken out. */
function redactDeep(value: unknown): unknown {
  if (typeof value === 'string') return redactTokens(value);
  if (Array.isArray(value)) return value.map(redactDeep);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item)]));
  return value;
}

/** pino-http's request serializer, wrapped: the same fields, with tokens and secrets taken out. */
export function redactRequest(req: SerializedRequest): SerializedRequest {
  const headers = Object.fromEntries(
    Object.entries(req.headers ?? {}).map(([name, value]) => [
      name,
      SECRET_HEADERS.has(name.toLowerCase()) ? '[redacted]' : typeof value === 'string' ? redactTokens(value) : value,
    ]),
  );
  return { ...req, url: redactDeep(req.url), params: redactDeep(req.params), query: redactDeep(req.query), headers };
}
