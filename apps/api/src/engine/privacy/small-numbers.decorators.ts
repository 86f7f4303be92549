import { GroupCellHiding, hideInGroup, MIN_GROUP_SIZE, shownCount } from '@kring/domain';
import { Field, FieldMiddleware, Float, Int, registerEnumType, ReturnTypeFuncValue } from '@nestjs/graphql';
import { enumOf } from '../graphql/enums';

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
 *
 * Counts shown next to their total form a group (complementary suppression,
 * libs/domain group-suppression.ts): a list of them says which total it adds
 * up to (@SuppressedParts(…, { total, number }), or `list` and `total` on a
 * list of numbers), or why it stands alone (`standalone: reason`); the total
 * and the parts' number are declared `grouped`, which gives them a sibling
 * field `<name>Hidden` saying why a null is null (fewer than 5, or hidden to
 * protect another count). The generated test fails on a list of suppressed
 * counts without either.
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

/** Why a grouped number is null: fewer than 5, or hidden to protect another count of its group. */
export type HiddenNumber = Exclude<GroupCellHiding, 'shown'>;
const HiddenNumberEnum = enumOf<HiddenNumber>(['fewer', 'complement']);
registerEnumType(HiddenNumberEnum, {
  name: 'HiddenNumber',
  description:
    'Why a count is null: fewer (shown as "minder dan 5") or complement (shown as "verborgen": it would give another count away).',
});

/** A list of suppressed counts that adds up to a total beside it, or that stands alone (with the reason no subtraction reveals one). */
export type PartsGroup =
  | {
      /** The sibling field holding the total. */ readonly total: string;
      /** The items' counted field (lists of objects). */ readonly number?: string;
    }
  | { /** Why no total gives a hidden count away: one line. */ readonly standalone: string };

const PARTS_KEY = 'kring:small-number-parts';
const GROUPS_KEY = 'kring:small-number-groups';
const HIDDEN_KEY = 'kring:small-number-hidden';

/** The sibling field that says why `key` is null. */
const hiddenKey = (key: string) => `${key}Hidden`;

function recordParts(target: object, key: string, group: PartsGroup): void {
  if ('standalone' in group && !group.standalone.trim()) throw new Error(`${key}: a standalone list of counts says why`);
  Reflect.defineMetadata(PARTS_KEY, group, target, key);
  if ('total' in group) Reflect.defineMetadata(GROUPS_KEY, [...((Reflect.getMetadata(GROUPS_KEY, target) as string[]) ?? []), key], target);
}

/** The group declaration of a list field, inherited ones included. */
export function partsDeclaration(declaringClass: DeclaringClass, property: string): PartsGroup | undefined {
  return Reflect.getMetadata(PARTS_KEY, declaringClass.prototype, property) as PartsGroup | undefined;
}

/** For a `<name>Hidden` field: the number it explains. */
export function explainedNumber(declaringClass: DeclaringClass, property: string): string | undefined {
  return Reflect.getMetadata(HIDDEN_KEY, declaringClass.prototype, property) as string | undefined;
}

const applied = new WeakMap<object, Record<string, unknown>>();

/**
 * `source` (an object of the class whose prototype is `target`, as a service
 * returned it) with the complementary suppression of every group declared on
 * it: a part or total hidden to protect another count is null, and its
 * `<name>Hidden` says "complement". Counts under 5 stay as they are here;
 * their own field suppresses them. The same copy serves every field of the
 * object, in GraphQL and in exports.
 */
export function withGroupsApplied(target: object, source: object): Record<string, unknown> {
  const groups = (Reflect.getMetadata(GROUPS_KEY, target) as string[] | undefined) ?? [];
  if (!groups.length) return source as Record<string, unknown>;
  const done = applied.get(source);
  if (done) return done;
  const copy: Record<string, unknown> = { ...source };
  for (const listKey of groups) {
    const group = Reflect.getMetadata(PARTS_KEY, target, listKey) as { total: string; number?: string };
    const items = copy[listKey];
    if (!Array.isArray(items)) continue;
    const count = (item: unknown) => (group.number ? (item as Record<string, unknown>)[group.number] : item);
    const asCount = (value: unknown) => (typeof value === 'number' ? value : null);
    const hiding = hideInGroup(
      items.map((item) => asCount(count(item))),
      asCount(copy[group.total]),
    );
    const hide = (h: GroupCellHiding, value: unknown) => (h === 'complement' ? null : value);
    copy[listKey] = group.number
      ? items.map((item: Record<string, unknown>, i) =>
          hiding.parts[i] === 'complement' ? { ...item, [group.number!]: null, [hiddenKey(group.number!)]: 'complement' } : item,
        )
      : items.map((item, i) => hide(hiding.parts[i], item));
    if (!group.number)
      copy[hiddenKey(listKey)] = items.map((item, i) => (hiding.parts[i] === 'complement' ? 'complement' : hiddenBySize(item)));
    copy[group.total] = hide(hiding.total, copy[group.total]);
    if (hiding.total === 'complement') copy[hiddenKey(group.total)] = 'complement';
  }
  applied.set(source, copy);
  return copy;
}

/** The per-cell reason: a count the rule leaves out (null included: suppressed before it got here) is "fewer". */
function hiddenBySize(value: unknown): HiddenNumber | null {
  return typeof value === 'number' && value >= MIN_GROUP_SIZE ? null : 'fewer';
}

/** Why `record[key]` (after withGroupsApplied) is null, or null when it is shown; a list of numbers gets one reason per item. */
export function hiddenWhy(record: Record<string, unknown>, key: string): unknown {
  const set = record[hiddenKey(key)];
  if (set !== undefined) return set;
  const value = record[key];
  return Array.isArray(value) ? value.map(hiddenBySize) : hiddenBySize(value);
}

/** Field middleware: the rule runs on the way out of every declared field, so no service can forget it. */
function suppressSmallNumbers(target: object, key: string): FieldMiddleware {
  return async (context, next) => {
    const source = context.source as object | null;
    const value: unknown = source && Reflect.getMetadata(GROUPS_KEY, target) ? withGroupsApplied(target, source)[key] : await next();
    return suppressValue(value);
  };
}

/** Middleware of a list of parts: its items as the group leaves them (a complement's number null). */
function partsOfGroup(target: object, key: string): FieldMiddleware {
  return async (context, next) => {
    const source = context.source as object | null;
    return source ? withGroupsApplied(target, source)[key] : next();
  };
}

/** Declares `<key>Hidden` beside a grouped number. */
function declareHidden(target: object, key: string, list: boolean): void {
  const name = hiddenKey(key);
  Reflect.defineMetadata(HIDDEN_KEY, key, target, name);
  const middleware: FieldMiddleware = (context) => {
    const source = context.source as object;
    return hiddenWhy(withGroupsApplied(target, source), key);
  };
  const description = `Why ${key} is null: fewer than ${MIN_GROUP_SIZE}, or hidden so that a total minus the other counts does not give one away; null when shown.`;
  Field(() => (list ? [HiddenNumberEnum] : HiddenNumberEnum), {
    nullable: list ? 'itemsAndList' : true,
    description,
    middleware: [middleware],
  })(target, name);
}

type NumberType = 'Int' | 'Float';
const SCALARS = { Int, Float } as const;

interface NumberFieldOptions {
  readonly description?: string;
  readonly type?: NumberType;
}

type SuppressedNumberOptions = NumberFieldOptions &
  (
    | {
        readonly list?: false;
        /** A part or the total of a group: hidden by its group too, and `<name>Hidden` says why. */
        readonly grouped?: boolean;
      }
    | ({
        /** A list of counts ([Int]): each suppressed on its own, and as parts of the group it declares. */ readonly list: true;
      } & PartsGroup)
  );

function record(target: object, key: string | symbol, declaration: SmallNumberDeclaration): void {
  if (Reflect.hasOwnMetadata(KEY, target, key)) throw new Error(`${String(key)} has two small-number declarations`);
  Reflect.defineMetadata(KEY, declaration, target, key);
}

/** A number that counts people or could single them out: nullable, suppressed under 5 by the field itself. */
export function SuppressedNumber(options: SuppressedNumberOptions = {}): PropertyDecorator {
  const scalar = SCALARS[options.type ?? 'Int'];
  const description = options.description ? `${options.description} ${SUPPRESSED_DESCRIPTION}` : SUPPRESSED_DESCRIPTION;
  return (target, key) => {
    const middleware = [suppressSmallNumbers(target, String(key))];
    record(target, key, { suppressed: true });
    if (options.list) {
      const { list: _list, description: _description, type: _type, ...group } = options;
      recordParts(target, String(key), group);
      Field(() => [scalar], { nullable: 'items', description, middleware })(target, key);
      if ('total' in group) declareHidden(target, String(key), true);
      return;
    }
    Field(() => scalar, { nullable: true, description, middleware })(target, key);
    if (options.grouped) declareHidden(target, String(key), false);
  };
}

/**
 * A list of objects that carry a suppressed count, with its group: the
 * sibling total its items' `number` adds up to (hidden with them where the
 * total would give one away), or why it stands alone.
 */
export function SuppressedParts(
  type: () => [ReturnTypeFuncValue],
  group: PartsGroup,
  options: { readonly description?: string; readonly nullable?: boolean } = {},
): PropertyDecorator {
  if ('total' in group && !group.number) throw new Error('A group of objects names the counted field of its items (number)');
  return (target, key) => {
    recordParts(target, String(key), group);
    Field(type, { ...options, middleware: 'total' in group ? [partsOfGroup(target, String(key))] : [] })(target, key);
  };
}

interface UnsuppressedFieldOptions extends NumberFieldOptions {
  readonly nullable?: boolean;
  /** A list of numbers ([Int]). */
  readonly list?: boolean;
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
