import { ESCALATION_PROMPT_FIELD, GuardedTextInput, KEEP_FLAGGED_FIELD } from '@kring/domain';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { GraphQLInputType, GraphQLNamedType, GraphQLSchema, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { DeclaringClass, fieldTextGuard, paramTextGuard, TextGuardDeclaration } from './text-guard.decorators';
import { Acknowledgement, answersOf, TextAnswers } from './utils/answers-of';
import { pseudonymHere } from './utils/pseudonym-here';

/**
 * Reads the text-guard declarations of the built GraphQL schema: for every
 * String input field (`CreateCaseInput.title`) and every String argument of a
 * query or mutation (`Query.checkIdentifyingDetails(text:)`), the declaration
 * on the class property or resolver parameter it was made from. The
 * interceptor uses it to find the texts of a call, the generated test and
 * scripts/list-text-guards.ts to list them all.
 */

/** The flag an author sets to save despite findings; the same name on every input and live command. */
const ACKNOWLEDGE_FIELD = 'acknowledgeWarnings';

interface TextFieldEntry {
  /** `Type.field` for input fields, `Mutation.field(arg:)` for arguments. */
  readonly coordinate: string;
  readonly declaration: TextGuardDeclaration | undefined;
}

const ROOTS = ['Query', 'Mutation'] as const;
type Root = (typeof ROOTS)[number];

function unwrap(type: GraphQLInputType): GraphQLNamedType {
  let current: GraphQLInputType = type;
  while (isNonNullType(current) || isListType(current)) current = current.ofType;
  return current;
}

const isString = (type: GraphQLInputType) => {
  const named = unwrap(type);
  return isScalarType(named) && named.name === 'String';
};

/** Declarations by input type name and by root field, read once from Nest's type metadata. */
class Declarations {
  private inputClasses?: Map<string, DeclaringClass>;

  inputField(typeName: string, field: string): TextGuardDeclaration | undefined {
    this.inputClasses ??= new Map(
      [...TypeMetadataStorage.getInputTypesMetadata(), ...TypeMetadataStorage.getArgumentsMetadata()].map((m) => [m.name, m.target]),
    );
    const target = this.inputClasses.get(typeName);
    return target ? fieldTextGuard(target, field) : undefined;
  }

  argument(root: Root, fieldName: string, arg: string): TextGuardDeclaration | undefined {
    const resolvers = root === 'Query' ? TypeMetadataStorage.getQueriesMetadata() : TypeMetadataStorage.getMutationsMetadata();
    const resolver = resolvers.find((r) => r.schemaName === fieldName);
    for (const param of resolver?.methodArgs ?? []) {
      if (param.kind === 'arg' && param.name === arg) return paramTextGuard(resolver!.target, resolver!.methodName, param.index);
      if (param.kind === 'args') {
        const found = fieldTextGuard(param.typeFn() as DeclaringClass, arg);
        if (found) return found;
      }
    }
    return undefined;
  }
}

const declarations = new Declarations();

/** Every String input field and argument of the schema with its declaration (undefined: none, which the test refuses). */
export function listTextFields(schema: GraphQLSchema): TextFieldEntry[] {
  const entries: TextFieldEntry[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (isString(field.type))
        entries.push({ coordinate: `${type.name}.${field.name}`, declaration: declarations.inputField(type.name, field.name) });
    }
  }
  for (const root of ROOTS) {
    const rootType = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(rootType?.getFields() ?? {})) {
      for (const arg of field.args) {
        if (isString(arg.type))
          entries.push({
            coordinate: `${root}.${field.name}(${arg.name}:)`,
            declaration: declarations.argument(root, field.name, arg.name),
          });
      }
    }
  }
  return entries.sort((a, b) => a.coordinate.localeCompare(b.coordinate));
}

interface CallTexts {
  readonly texts: GuardedTextInput[];
  /**
   * Per field path: the author's answers to identifying details. "Ik heb dit gecontroleerd" holds when said on the
   * input object (or argument list) around the text or any around that; the confirmed finding ids are those of the
   * nearest input that carries the answers (a notebook note's own).
   */
  readonly acknowledged: Acknowledgement;
  /** Whether the author chose "Toch bewaren" for a flagged text (KEEP_FLAGGED_FIELD on the input or the argument list). */
  readonly keep: boolean;
  /**
   * Per field path: whether that "Toch bewaren" was said on the input object (or argument list) around it, so a
   * keep on one note of a notebook sync never keeps another note's text.
   */
  readonly kept: ReadonlySet<string>;
  /** The prompt that keep answers (ESCALATION_PROMPT_FIELD beside the flag), when the screen had one. */
  readonly promptId: string | null;
}

/** A declaration as it holds for one input: its pseudonym decided by the fields beside it (pseudonymHere). */
function inInput(declaration: TextGuardDeclaration | undefined, siblings: Readonly<Record<string, unknown>>) {
  return declaration && { ...declaration, pseudonym: pseudonymHere(declaration, siblings) };
}

/**
 * The guarded texts of one call, with the path of each inside its argument
 * ("firstChapter.body", "chapters.2.text", or the argument name itself). A
 * String field without a declaration is guarded in full: nothing is open by
 * omission, and the generated test names it.
 */
export function textsOfCall(schema: GraphQLSchema, root: string, fieldName: string, args: Record<string, unknown>): CallTexts {
  const texts: GuardedTextInput[] = [];
  const answered = new Map<string, TextAnswers>();
  const acknowledged: Acknowledgement = (path) => answered.get(path);
  const kept = new Set<string>();
  let keep = args[KEEP_FLAGGED_FIELD] === true;
  let promptId = typeof args[ESCALATION_PROMPT_FIELD] === 'string' ? (args[ESCALATION_PROMPT_FIELD] as string) : null;
  const rootType = root === 'Query' ? schema.getQueryType() : root === 'Mutation' ? schema.getMutationType() : null;
  const field = rootType?.getFields()[fieldName];
  if (!field) return { texts, acknowledged, keep, kept, promptId };
  /**
   * The author's answers that hold for a text: "Ik heb dit gecontroleerd" and "Toch bewaren" on the input object
   * around it, or on any object around that; the finding ids of the nearest input that carries the answers.
   */
  type Answers = { readonly ack: TextAnswers; readonly keep: boolean };
  const top: Answers = { ack: answersOf(args), keep };

  const add = (path: string, value: unknown, declaration: TextGuardDeclaration | undefined, answers: Answers) => {
    const mode = declaration?.mode ?? 'full';
    if (mode === 'none' || typeof value !== 'string' || value === '') return;
    texts.push({ field: path, text: value, mode, pseudonym: declaration?.pseudonym === true });
    answered.set(path, answers.ack);
    if (answers.keep) kept.add(path);
  };

  const walk = (
    type: GraphQLInputType,
    value: unknown,
    path: string,
    declaration: () => TextGuardDeclaration | undefined,
    answers: Answers,
  ): void => {
    if (value === null || value === undefined) return;
    if (isNonNullType(type)) return walk(type.ofType, value, path, declaration, answers);
    if (isListType(type)) {
      if (Array.isArray(value))
        value.forEach((item, i) => walk(type.ofType, item, path ? `${path}.${i}` : String(i), declaration, answers));
      return;
    }
    if (isScalarType(type)) {
      if (type.name === 'String') add(path, value, declaration(), answers);
      return;
    }
    if (isInputObjectType(type) && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      // An input that carries the answers (GuardAnswersInput) answers for the texts inside it.
      const own = ACKNOWLEDGE_FIELD in type.getFields() ? answersOf(record) : answers.ack;
      const inner = {
        ack: { ...own, warnings: answers.ack.warnings || own.warnings },
        keep: answers.keep || record[KEEP_FLAGGED_FIELD] === true,
      };
      keep ||= inner.keep;
      if (typeof record[ESCALATION_PROMPT_FIELD] === 'string') promptId = record[ESCALATION_PROMPT_FIELD] as string;
      for (const child of Object.values(type.getFields())) {
        const childPath = path ? `${path}.${child.name}` : child.name;
        walk(child.type, record[child.name], childPath, () => inInput(declarations.inputField(type.name, child.name), record), inner);
      }
    }
  };

  for (const arg of field.args) {
    // An input object argument's fields are named from inside it ("firstChapter.body"), a scalar argument by its own name.
    const path = isInputObjectType(unwrap(arg.type)) ? '' : arg.name;
    walk(arg.type, args[arg.name], path, () => inInput(declarations.argument(root as Root, fieldName, arg.name), args), top);
  }
  return { texts, acknowledged, keep, kept, promptId };
}
