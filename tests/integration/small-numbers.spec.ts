import { MIN_GROUP_SIZE } from '@kring/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, isListType, isNonNullType } from 'graphql';
import {
  explainsWhyHidden,
  listNumberFields,
  listPartsFields,
  suppressDeclaredNumbers,
} from '../../apps/api/src/engine/privacy/small-numbers.catalogue';
import { startTestKring, TestKring } from '../support/kring-test-app';

/**
 * Small-number suppression, generated from the GraphQL schema (domain guide
 * §8): every Int and Float field Kring hands out is declared — a number that
 * counts people or could single them out (@SuppressedNumber), or one shown as
 * it is with the reason why (@UnsuppressedNumber) — and every declared field,
 * given 0–4 by whatever computed it, answers null.
 */
describe('small numbers, generated from the GraphQL schema', () => {
  let kring: TestKring;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    kring = await startTestKring();
    schema = kring.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => kring.close());

  const suppressedFields = () =>
    listNumberFields(schema)
      .filter((f) => f.declaration?.suppressed)
      .map((f) => {
        const [typeName, fieldName] = f.coordinate.split('.');
        return { coordinate: f.coordinate, type: schema.getType(typeName) as GraphQLObjectType, fieldName };
      });

  it('has a declaration on every Int and Float field and every list of them, and a reason on every exemption', () => {
    const fields = listNumberFields(schema);
    expect(fields.length).toBeGreaterThan(80);
    expect(fields.filter((f) => !f.declaration).map((f) => `${f.coordinate}: ${f.type}`)).toEqual([]);
    expect(
      fields.filter((f) => f.declaration && !f.declaration.suppressed && !f.declaration.reason?.trim()).map((f) => f.coordinate),
    ).toEqual([]);
    // Both kinds are in use: the test would pass vacuously if everything were exempt.
    expect(suppressedFields().length).toBeGreaterThan(10);
  });

  it('makes every suppressed number nullable, and every item of a suppressed list', () => {
    const notNullable = suppressedFields().filter(({ type, fieldName }) => {
      // A list of counts may itself be required ([Int]!); what must be nullable is the number: the field, or each item.
      const declared = type.getFields()[fieldName].type;
      const fieldType = isNonNullType(declared) && isListType(declared.ofType) ? declared.ofType : declared;
      return isNonNullType(fieldType) || (isListType(fieldType) && isNonNullType(fieldType.ofType));
    });
    expect(notNullable.map((f) => f.coordinate)).toEqual([]);
  });

  it('answers null for 0–4 on every suppressed field, whatever the service computed, and the number itself from 5', async () => {
    const info = {} as GraphQLResolveInfo;
    const wrong: string[] = [];
    for (const { coordinate, type, fieldName } of suppressedFields()) {
      const field = type.getFields()[fieldName];
      const resolve = field.resolve!;
      const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
      for (const n of [0, 1, 2, 3, 4, MIN_GROUP_SIZE, 12]) {
        const expected = n >= MIN_GROUP_SIZE ? n : null;
        const got = await resolve({ [fieldName]: list ? [n, 7] : n }, {}, {}, info);
        if (JSON.stringify(got) !== JSON.stringify(list ? [expected, 7] : expected))
          wrong.push(`${coordinate} ${n} -> ${JSON.stringify(got)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has a group on every list of suppressed counts: the total they add up to, or why they stand alone', () => {
    const lists = listPartsFields(schema);
    expect(lists.length).toBeGreaterThan(10);
    expect(lists.filter((l) => !l.group).map((l) => `${l.coordinate}: [${l.itemType}]`)).toEqual([]);
    const wrong: string[] = [];
    for (const { coordinate, itemType, group } of lists) {
      if (!group || !('total' in group)) continue;
      const [typeName] = coordinate.split('.');
      const suppressed = (type: string, field: string) =>
        listNumberFields(schema).some((f) => f.coordinate === `${type}.${field}` && f.declaration?.suppressed);
      // The total and the counted field are suppressed numbers that say why they are null ("minder dan 5" or "verborgen").
      if (!suppressed(typeName, group.total) || !explainsWhyHidden(schema, typeName, group.total))
        wrong.push(`${coordinate} total ${group.total}`);
      const counted = group.number ?? coordinate.split('.')[1];
      const countedOn = group.number ? itemType : typeName;
      if (!suppressed(countedOn, counted) || !explainsWhyHidden(schema, countedOn, counted)) wrong.push(`${coordinate} number ${counted}`);
    }
    expect(wrong).toEqual([]);
    // The test would pass vacuously without a group that has a total.
    expect(lists.filter((l) => l.group && 'total' in l.group).map((l) => l.coordinate)).toContain('NetworkYearOverview.sessionsByMethod');
  });

  it('hides one more count of every group where total minus the shown parts would give away a part of 3', async () => {
    const given = [12, 3, 9];
    const wrong: string[] = [];
    for (const { coordinate, itemType, group } of listPartsFields(schema)) {
      if (!group || !('total' in group)) continue;
      const [typeName, listField] = coordinate.split('.');
      const type = schema.getType(typeName) as GraphQLObjectType;
      const at = (fieldName: string) => ({ fieldName }) as GraphQLResolveInfo;
      const source = {
        [group.total]: 24,
        [listField]: group.number ? given.map((n) => ({ [group.number!]: n })) : given,
      };
      const resolveOn = (t: GraphQLObjectType, field: string, from: object) => t.getFields()[field].resolve!(from, {}, {}, at(field));
      const total = (await resolveOn(type, group.total, source)) as number | null;
      let shown: (number | null)[];
      let hidden: unknown[];
      if (group.number) {
        const item = schema.getType(itemType) as GraphQLObjectType;
        const items = (await resolveOn(type, listField, source)) as object[];
        shown = (await Promise.all(items.map((i) => resolveOn(item, group.number!, i)))) as (number | null)[];
        hidden = await Promise.all(items.map((i) => resolveOn(item, `${group.number}Hidden`, i)));
      } else {
        shown = (await resolveOn(type, listField, source)) as (number | null)[];
        hidden = (await resolveOn(type, `${listField}Hidden`, source)) as unknown[];
      }
      const subtraction = total === null ? null : total - shown.reduce<number>((sum, n) => sum + (n ?? 0), 0);
      // The 3 says "minder dan 5"; the 9 goes with it as "verborgen"; 24 − 12 leaves 12 for the two of them.
      const expected = { total: 24, shown: [12, null, null], hidden: [null, 'fewer', 'complement'], subtraction: 12 };
      const got = { total, shown, hidden, subtraction };
      if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${coordinate}: ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('applies the same declarations to a DTO an export prints, in nested objects and lists', () => {
    const overview = {
      year: 2026,
      organisations: 3,
      minimumGroupSize: MIN_GROUP_SIZE,
      sessionsHeld: 4,
      sessionsByMethod: [
        { label: 'Incidentmethode', count: 6 },
        { label: 'Dilemmamethode', count: 2 },
      ],
      visitHarvest: [{ title: 'Waarden', periods: ['2026-Q1', '2026-Q2'], rows: [{ label: 'Eigen regie', counts: [3, 9] }] }],
    };
    expect(suppressDeclaredNumbers(schema, 'NetworkYearOverview', overview)).toEqual({
      ...overview,
      // The organisations of one's own network and the year are declared as shown as they are.
      sessionsHeld: null,
      sessionsHeldHidden: 'fewer',
      sessionsByMethod: [
        { label: 'Incidentmethode', count: 6, countHidden: null },
        { label: 'Dilemmamethode', count: null, countHidden: 'fewer' },
      ],
      visitHarvest: [{ title: 'Waarden', periods: ['2026-Q1', '2026-Q2'], rows: [{ label: 'Eigen regie', counts: [null, 9] }] }],
    });
  });

  it('hides in an export what GraphQL hides in a group: the part of 3 and the smallest other part, the total shown', () => {
    const overview = {
      sessionsHeld: 24,
      sessionsByMethod: [
        { label: 'Incidentmethode', count: 12 },
        { label: 'Dilemmamethode', count: 3 },
        { label: 'Beelden van kwaliteit', count: 9 },
      ],
    };
    expect(suppressDeclaredNumbers(schema, 'NetworkYearOverview', overview)).toEqual({
      sessionsHeld: 24,
      sessionsHeldHidden: null,
      sessionsByMethod: [
        { label: 'Incidentmethode', count: 12, countHidden: null },
        { label: 'Dilemmamethode', count: null, countHidden: 'fewer' },
        { label: 'Beelden van kwaliteit', count: null, countHidden: 'complement' },
      ],
    });
  });
});
