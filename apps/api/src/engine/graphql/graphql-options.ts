import { ApolloDriverConfig } from '@nestjs/apollo';
import { KringConfig } from '../config/kring-config';
import { ViewerService } from '../auth/viewer.service';
import { edgeValuesPlugin, StrictDateTime } from './edge-values';
import { formatGraphqlError } from './error-formatting';
import { GraphqlContext, localisationPlugin } from './localisation.plugin';
import { MAX_TOKENS, operationLimitsPlugin } from './operation-limits.plugin';
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
    // A huge document is refused while it is read, before it can block the event loop.
    parseOptions: { maxTokens: MAX_TOKENS },
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTime }] },
    plugins: [edgeValuesPlugin(), operationLimitsPlugin(config.graphqlLimits), localisationPlugin(viewers)],
  };
}
