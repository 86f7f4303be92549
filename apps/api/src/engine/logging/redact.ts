/**
 * What a log line may say about a request. Personal links carry their secret
 * in the address (`/naaste/<token>`, `/calendar/<token>.ics`) and reach the
 * log through the URL and through `Referer`; cookies and the Authorization
 * header are secrets too; request bodies (GraphQL variables: passwords, notes
 * about residents) are never logged at all (pino-http does not log bodies).
 * The values of an address's query string are not logged either: they may be
 * words someone typed (a search from an older library address, `?q=<a name>`,
 * or a GraphQL GET's `variables`), so a log keeps only their names.
 */
const TOKEN = /[A-Za-z0-9_-]{43}/g;
const SECRET_HEADERS = new Set(['cookie', 'authorization', 'proxy-authorization']);

/** Any token-shaped run of characters (newToken(): 43 characters of base64url) becomes `[token]`. */
export function redactTokens(text: string): string {
  return text.replace(TOKEN, '[token]');
}

const HIDDEN_VALUE = '[value]';

/** "/bibliotheek?organisatie=1&q=Jansen" → "/bibliotheek?organisatie=[value]&q=[value]", tokens taken out of the rest. */
export function redactAddress(address: string): string {
  const at = address.indexOf('?');
  if (at < 0) return redactTokens(address);
  const hash = address.indexOf('#', at);
  const query = address.slice(at + 1, hash < 0 ? undefined : hash);
  const names = query
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]}=${HIDDEN_VALUE}`);
  return redactTokens(`${address.slice(0, at)}?${names.join('&')}`);
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

/** Express's parsed query with every value hidden, its names kept. */
function hiddenValues(query: unknown): unknown {
  if (!query || typeof query !== 'object') return query;
  return Object.fromEntries(Object.keys(query).map((name) => [redactTokens(name), HIDDEN_VALUE]));
}

/** pino-http's request serializer, wrapped: the same fields, with tokens, secrets and query values taken out. */
export function redactRequest(req: SerializedRequest): SerializedRequest {
  const headers = Object.fromEntries(
    Object.entries(req.headers ?? {}).map(([name, value]) => [
      name,
      SECRET_HEADERS.has(name.toLowerCase())
        ? '[redacted]'
        : typeof value !== 'string'
          ? value
          : name.toLowerCase() === 'referer'
            ? redactAddress(value)
            : redactTokens(value),
    ]),
  );
  const url = typeof req.url === 'string' ? redactAddress(req.url) : req.url;
  return { ...req, url, params: redactDeep(req.params), query: hiddenValues(req.query), headers };
}
