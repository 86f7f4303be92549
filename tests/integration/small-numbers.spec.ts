import { MIN_GROUP_SIZE } from '@kring/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, isListType, isNonNullType } from 'graphql';
import { listNumberFields, suppressDeclaredNumbers } from '../../apps/api/src/engine/privacy/small-numbers.catalogue';
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
      sessionsByMethod: [
        { label: 'Incidentmethode', count: 6 },
        { label: 'Dilemmamethode', count: null },
      ],
      visitHarvest: [{ title: 'Waarden', periods: ['2026-Q1', '2026-Q2'], rows: [{ label: 'Eigen regie', counts: [null, 9] }] }],
    });
  });
});
