import type { TestDocuments } from './documents.generated';

/**
 * The answer to a document: typed when `Q` is the exact text of a document literal in tests/ (listed in
 * documents.generated.ts, `npm run codegen:tests`), untyped for documents built at run time or invalid on purpose.
 */
export type AnswerTo<Q extends string> = Q extends keyof TestDocuments ? TestDocuments[Q]['result'] : Record<string, any>;

/** The variables a document needs: required when it declares a required one, untyped for unknown documents. */
export type VariablesFor<Q extends string> = Q extends keyof TestDocuments
  ? Record<string, never> extends TestDocuments[Q]['variables']
    ? [variables?: TestDocuments[Q]['variables']]
    : [variables: TestDocuments[Q]['variables']]
  : [variables?: Record<string, unknown>];

/** The shape of a GraphQL error as Kring sends it. */
export interface KringGraphqlError {
  message: string;
  extensions?: { code?: string; fields?: Record<string, string>; [key: string]: unknown };
}

/** A file as a route answers it: the PDF routes, or their readable refusal (text/plain). */
export interface FileAnswer {
  status: number;
  type: string | null;
  /** The name the browser saves it under (Content-Disposition), or null. */
  disposition: string | null;
  body: Buffer;
}

export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: KringGraphqlError[];
}

/**
 * A GraphQL caller with its own cookie jar: one instance is one browser, so
 * tests can act as different people side by side.
 */
export class GraphqlClient {
  private cookie = '';

  constructor(
    private readonly baseUrl: string,
    private readonly language = 'nl',
  ) {}

  get sessionCookie(): string {
    return this.cookie;
  }

  async request<Q extends string>(query: Q, ...[variables = {}]: VariablesFor<Q>): Promise<GraphqlResult<AnswerTo<Q>>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': this.language, ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0];
      this.cookie = pair.endsWith('=') ? '' : pair;
    }
    const body = (await response.json()) as Omit<GraphqlResult<AnswerTo<Q>>, 'status'>;
    return { status: response.status, data: body.data, errors: body.errors };
  }

  /** A GET of one of the API's file routes ("/peer-visits/<id>/mirror-report.pdf") as this browser. */
  async file(path: string): Promise<FileAnswer> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      headers: { 'accept-language': this.language, ...(this.cookie ? { cookie: this.cookie } : {}) },
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      body: Buffer.from(await response.arrayBuffer()),
    };
  }

  /** Like request, but fails the test with the server's message when there are errors. */
  async ok<Q extends string>(query: Q, ...variables: VariablesFor<Q>): Promise<AnswerTo<Q>> {
    const result = await this.request(query, ...variables);
    if (result.errors?.length)
      throw new Error(`GraphQL error: ${result.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`);
    return result.data as AnswerTo<Q>;
  }
}
