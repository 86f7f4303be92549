import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { UserError } from './user-error';

/**
 * Most tokens (names, braces, strings …) an operation may have. Kring's own
 * largest operation has well under a thousand; a 923 KB query with 45,000
 * fields once blocked the server for 2.4 s while it was parsed and checked.
 */
export const MAX_TOKENS = 5_000;

interface OperationLimits {
  depth: number;
  complexity: number;
}

/** Nesting depth of the selected operation; introspection fields (`__schema`…) do not count. */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operations.find((o) => !operationName || o.name?.value === operationName);
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    return Math.max(
      0,
      ...set.selections.map((selection) => {
        if (selection.kind === Kind.FIELD) {
          return selection.name.value.startsWith('__') ? 0 : 1 + depthOf(selection.selectionSet, seen);
        }
        if (selection.kind === Kind.INLINE_FRAGMENT) return depthOf(selection.selectionSet, seen);
        const name = selection.name.value;
        // A fragment that spreads itself is invalid anyway; stop rather than loop.
        if (seen.has(name)) return 0;
        return depthOf(fragments.get(name)?.selectionSet, new Set(seen).add(name));
      }),
    );
  };
  return depthOf(operation?.selectionSet, new Set());
}

/**
 * The operation's size. graphql-query-complexity coerces the variables itself
 * (list sizes may depend on them) and throws on a wrong one; that is the
 * sender's mistake, which execution reports next as BAD_USER_INPUT, so it
 * counts as nothing here instead of as an unexpected error (it was HTTP 500).
 */
function complexityOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? {},
      estimators: [simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    if (error instanceof GraphQLError) return 0;
    throw error;
  }
}

/** Refuses operations nested or sized beyond the limits before any resolver runs. */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          if (operationDepth(document, request.operationName) > limits.depth) {
            throw new UserError('QUERY_TOO_COMPLEX', { max: limits.depth }, [], 400);
          }
          const complexity = complexityOf(schema, document, request.operationName, request.variables);
          if (complexity > limits.complexity) {
            throw new UserError('QUERY_TOO_COMPLEX', { max: limits.complexity }, [], 400);
          }
        },
      };
    },
  };
}
