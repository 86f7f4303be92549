import { ErrorCode } from '@kring/domain';
import { GraphQLError } from 'graphql';

/** A field that failed validation and the reason, localised when the response is sent. */
export interface FieldProblem {
  field: string;
  rule: string;
  value?: string | number;
}

/**
 * An error the user can act on. It carries a code from the shared message
 * catalogue; the message is written in the user's language on the way out.
 */
export class UserError extends GraphQLError {
  constructor(code: ErrorCode, params: Record<string, string | number> = {}, fields: FieldProblem[] = [], httpStatus?: number) {
    super(code, { extensions: { code, params, fields, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
  }
}
