import { ApolloDriverConfig } from '@nestjs/apollo';
import { KringConfig } from '../config/kring-config';
import { ViewerService } from '../auth/viewer.service';
import { formatGraphqlError } from './error-formatting';
import { GraphqlContext, localisationPlugin } from './localisation.plugin';
import { operationLimitsPlugin } from './operation-limits.plugin';
import './enums';

export function graphqlOptions(config: KringConfig, viewers: ViewerService): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !config.production,
    playground: false,
    includeStacktraceInErrorResponses: false,
    context: ({ req }: GraphqlContext) => ({ req }),
    formatError: formatGraphqlError,
    plugins: [operationLimitsPlugin(config.graphqlLimits), localisationPlugin(viewers)],
  };
}
