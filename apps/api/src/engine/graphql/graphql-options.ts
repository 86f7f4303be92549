import { ApolloDriverConfig } from '@nestjs/apollo';
import { ViewerService } from '../auth/viewer.service';
import { formatGraphqlError } from './error-formatting';
import { GraphqlContext, localisationPlugin } from './localisation.plugin';
import { operationLimitsPlugin } from './operation-limits.plugin';
import './enums';

/** Generous for the app's own screens, small enough to stop abusive queries. */
export const OPERATION_LIMITS = { depth: 10, complexity: 1000 };

export function graphqlOptions(production: boolean, viewers: ViewerService): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    playground: false,
    includeStacktraceInErrorResponses: false,
    context: ({ req }: GraphqlContext) => ({ req }),
    formatError: formatGraphqlError,
    plugins: [operationLimitsPlugin(OPERATION_LIMITS), localisationPlugin(viewers)],
  };
}
