import { MIN_GROUP_SIZE, shownCount } from '@kring/domain';
import { Field, FieldMiddleware, Float, Int } from '@nestjs/graphql';

/**
 * Whether a number Kring hands out may point at people, declared on the
 * GraphQL field itself (domain guide §8: small-group suppression in any
 * aggregate). Every Int and Float field of the schema carries exactly one of
 * the declarations below; the generated test
 * tests/integration/small-numbers.spec.ts fails when one is missing, and
 * `npm run guards:list` prints them with their reasons.
 *
 * - @SuppressedNumber(): the number counts people or could single them out.
 *   It is nullable, and the field itself applies the rule of libs/domain
 *   (shownCount: under 5, zero included, becomes null, read as "minder dan 5"),
 *   whatever the service computed; exports apply it through the same
 *   declaration (small-numbers.catalogue.ts).
 * - @UnsuppressedNumber(reason): the number counts things, or is a position,
 *   a version, a duration or a setting; the one-line reason says why it may
 *   be shown as it is.
 */
export interface SmallNumberDeclaration {
  readonly suppressed: boolean;
  /** Why the number is shown as it is: one line, printed by scripts/list-text-guards.ts. */
  readonly reason?: string;
}

const KEY = 'kring:small-number';

/** The sentence every suppressed field carries in the schema, from the rule's own constant. */
const SUPPRESSED_DESCRIPTION = `Null when fewer than ${MIN_GROUP_SIZE} (zero included): shown as "minder dan ${MIN_GROUP_SIZE}", so it cannot point at people.`;

/** Applies the small-number rule to a value as a resolver returned it: a number, a list of numbers, or null. */
export function suppressValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(suppressValue);
  return typeof value === 'number' ? shownCount(value) : null;
}

/** Field middleware: the rule runs on the way out of every declared field, so no service can forget it. */
const suppressSmallNumbers: FieldMiddleware = async (_context, next) => suppressValue(await next());

type NumberType = 'Int' | 'Float';
const SCALARS = { Int, Float } as const;

interface NumberFieldOptions {
  readonly description?: string;
  /** A list of counts ([Int]), each suppressed on its own. */
  readonly list?: boolean;
  readonly type?: NumberType;
}

function record(target: object, key: string | symbol, declaration: SmallNumberDeclaration): void {
  if (Reflect.hasOwnMetadata(KEY, target, key)) throw new Error(`${String(key)} has two small-number declarations`);
  Reflect.defineMetadata(KEY, declaration, target, key);
}

/** A number that counts people or could single them out: nullable, suppressed under 5 by the field itself. */
export function SuppressedNumber(options: NumberFieldOptions = {}): PropertyDecorator {
  const scalar = SCALARS[options.type ?? 'Int'];
  const description = options.description ? `${options.description} ${SUPPRESSED_DESCRIPTION}` : SUPPRESSED_DESCRIPTION;
  const field = options.list
    ? Field(() => [scalar], { nullable: 'items', description, middleware: [suppressSmallNumbers] })
    : Field(() => scalar, { nullable: true, description, middleware: [suppressSmallNumbers] });
  return (target, key) => {
    record(target, key, { suppressed: true });
    field(target, key);
  };
}

interface UnsuppressedFieldOptions extends NumberFieldOptions {
  readonly nullable?: boolean;
}

/**
 * A number shown as it is, with the reason why it does not point at people.
 * On a class property it declares the GraphQL field too; on a resolver method
 * (a root field or @ResolveField returning a number) it only records the
 * declaration, next to the @Query/@Mutation/@ResolveField that types it.
 */
export function UnsuppressedNumber(reason: string, options: UnsuppressedFieldOptions = {}): PropertyDecorator & MethodDecorator {
  if (!reason.trim()) throw new Error('A number shown as it is says why it does not point at people');
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    record(target, key, { suppressed: false, reason });
    if (descriptor) return;
    const scalar = SCALARS[options.type ?? 'Int'];
    const fieldOptions = { nullable: options.nullable, description: options.description };
    (options.list ? Field(() => [scalar], fieldOptions) : Field(() => scalar, fieldOptions))(target, key);
  };
}

/** A class as Nest's type metadata hands it over: only its prototype is read. */
interface DeclaringClass {
  readonly prototype: object;
}

/** The declaration of an object type's property or a resolver's method, inherited ones included. */
export function smallNumberDeclaration(declaringClass: DeclaringClass, property: string): SmallNumberDeclaration | undefined {
  return Reflect.getMetadata(KEY, declaringClass.prototype, property) as SmallNumberDeclaration | undefined;
}
