import type { AnswerTo, GraphqlClient, VariablesFor } from './graphql-client';

/** A finding as a refusal of the content guard lists it: where, what, and its id to confirm it by. */
export interface RefusedFinding {
  field: string;
  kind: string;
  match: string;
  id: string;
  acknowledged?: boolean;
}

/**
 * A save confirmed the way a screen confirms it (apps/web/src/graphql/hooks.ts): sent, refused with
 * IDENTIFYING_DETAILS, the findings shown, and sent again with "Ik heb dit gecontroleerd" and the ids of the findings
 * the refusal listed (acknowledgedFindings). Only so is a name the writer's screen did not know confirmed (the
 * register's real names, the people of another organisation in the network). Fails the test when the guard does not
 * ask first, or when the confirmed save is refused. Returns the answer and the findings the refusal showed.
 */
export async function savedAfterConfirming<Q extends string>(
  client: GraphqlClient,
  query: Q,
  variables: { input: Record<string, unknown> } & Record<string, unknown>,
): Promise<{ data: AnswerTo<Q>; findings: RefusedFinding[] }> {
  const refused = await client.request(query, ...([variables] as VariablesFor<Q>));
  const error = refused.errors?.[0];
  if (error?.extensions?.code !== 'IDENTIFYING_DETAILS')
    throw new Error(`Expected IDENTIFYING_DETAILS, got ${error ? `${error.extensions?.code}: ${error.message}` : 'a stored save'}`);
  const findings = error.extensions.findings as RefusedFinding[];
  const input = { ...variables.input, acknowledgeWarnings: true, acknowledgedFindings: findings.map((f) => f.id) };
  const data = await client.ok(query, ...([{ ...variables, input }] as VariablesFor<Q>));
  return { data, findings };
}
