import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, UserError } from './user-error';

/** One problem per field (the first to fix), including fields of nested inputs. */
function problems(errors: ValidationError[]): FieldProblem[] {
  return errors.flatMap((error) => {
    const [constraint] = Object.keys(error.constraints ?? {});
    const context = (constraint ? error.contexts?.[constraint] : undefined) as { rule?: string; value?: number } | undefined;
    const own: FieldProblem[] = constraint ? [{ field: error.property, rule: context?.rule ?? 'invalid', value: context?.value }] : [];
    return [...own, ...problems(error.children ?? [])];
  });
}

/** Validates every GraphQL input class and turns failures into one readable UserError. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  exceptionFactory: (errors) => new UserError('BAD_USER_INPUT', {}, problems(errors)),
});
