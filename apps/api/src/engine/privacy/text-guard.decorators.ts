import { TextGuardMode } from '@kring/domain';

/**
 * How a free-text field of a GraphQL input (or a String argument) is guarded,
 * declared on the field itself. Every String input field and argument of the
 * schema carries exactly one of the three decorators below; the generated
 * test tests/integration/content-guard.spec.ts fails when one is missing, and
 * ContentGuardInterceptor applies them before any resolver runs.
 */
export interface TextGuardDeclaration {
  readonly mode: TextGuardMode;
  /** Why the field is only checked for BSNs or not at all: one line, printed by scripts/list-text-guards.ts. */
  readonly reason?: string;
  /**
   * A fully guarded field: whether the person it is about has a pseudonym here, which the guard's advice then names;
   * `whenSet`: only when the named field beside it on the same input is filled in (a session's question, when the
   * session is about a case).
   */
  readonly pseudonym?: boolean | PseudonymWhenSet;
}

/** The text has a pseudonym only when this field of the same input holds a value (see pseudonymHere). */
export interface PseudonymWhenSet {
  readonly whenSet: string;
}

const FIELD_KEY = 'kring:text-guard';
const PARAM_KEY = 'kring:text-guard-params';

type FieldOrParamDecorator = (target: object, key: string | symbol | undefined, index?: number | PropertyDescriptor) => void;

function declare(declaration: TextGuardDeclaration): FieldOrParamDecorator {
  if (declaration.mode !== 'full' && !declaration.reason?.trim()) throw new Error('A text field that is not fully guarded says why');
  return (target, key, index) => {
    if (key === undefined) throw new Error('Text guards go on input fields and resolver arguments');
    if (typeof index === 'number') {
      // A resolver argument (@Args('text') @GuardedText() text: string): stored per parameter position.
      const params: Record<number, TextGuardDeclaration> = {
        ...((Reflect.getOwnMetadata(PARAM_KEY, target, key) as Record<number, TextGuardDeclaration> | undefined) ?? {}),
        [index]: declaration,
      };
      Reflect.defineMetadata(PARAM_KEY, params, target, key);
      return;
    }
    if (Reflect.hasOwnMetadata(FIELD_KEY, target, key)) throw new Error(`${String(key)} has two text guard declarations`);
    Reflect.defineMetadata(FIELD_KEY, declaration, target, key);
  };
}

/**
 * Free text that may be about a resident: a BSN is refused, other identifying details need "Ik heb dit gecontroleerd".
 * `pseudonym`: whether the text's context gives the person a pseudonym (a case, a session about a case); the guard's
 * panel then says "Gebruik het pseudoniem", and elsewhere (a visit, a practice) "Beschrijf de situatie zonder namen".
 * `{ whenSet: 'caseId' }`: only when that field of the same input is filled in.
 */
export function GuardedText({ pseudonym }: { pseudonym: boolean | PseudonymWhenSet }): FieldOrParamDecorator {
  return declare({ mode: 'full', pseudonym });
}

/** Text that may carry a name on purpose (a person's own name, a team name), but never a BSN. */
export function BsnOnlyText(reason: string): FieldOrParamDecorator {
  return declare({ mode: 'bsn_only', reason });
}

/** Not free text about anyone (a password, a token, an invitee's e-mail address, a search term): not checked. */
export function UnguardedText(reason: string): FieldOrParamDecorator {
  return declare({ mode: 'none', reason });
}

/** A class as Nest's type metadata hands it over: only its prototype is read. */
export interface DeclaringClass {
  readonly prototype: object;
}

/** The declaration of an input (or @ArgsType) class property, inherited ones included. */
export function fieldTextGuard(inputClass: DeclaringClass, property: string): TextGuardDeclaration | undefined {
  return Reflect.getMetadata(FIELD_KEY, inputClass.prototype, property) as TextGuardDeclaration | undefined;
}

/** The declaration of a resolver method's parameter at `index`. */
export function paramTextGuard(resolverClass: DeclaringClass, method: string, index: number): TextGuardDeclaration | undefined {
  const params = Reflect.getMetadata(PARAM_KEY, resolverClass.prototype, method) as Record<number, TextGuardDeclaration> | undefined;
  return params?.[index];
}
