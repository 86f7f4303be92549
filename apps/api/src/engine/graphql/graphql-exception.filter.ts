import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every error thrown in a resolver to Apollo unchanged, where
 * formatGraphqlError decides what the user sees and logs only the unexpected
 * ones. Without this, Nest would also log every user mistake as an error.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') throw exception;
    return exception;
  }
}
