import fs from 'node:fs';
import path from 'node:path';
import { FIELD_LABELS, fieldMessage, LANGUAGES } from '@kring/domain';
import { buildSchema, getNamedType, GraphQLInputType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';

/**
 * "Bad input gets a clear error": a field the server refuses is named in words ("Eigen woord voor bewoners is
 * verplicht"), never by its property ("ResidentTerm is verplicht"). The words are FIELD_LABELS (libs/domain
 * i18n/messages.ts), which fieldMessage reads for both the server's BAD_USER_INPUT and a form's own check.
 *
 * Generated from the schema: every field of every GraphQL input type in the checked-in schema.graphql (which the
 * build keeps equal to the code, print-schema.ts) that can carry a validation message needs a label in every
 * language. A new input field that forgets one fails here.
 */

const SCHEMA = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8'));

/**
 * Fields that never carry a message a person reads, so need no words:
 * - an ID (or a list of them): chosen from a list or sent by the program, never typed; a malformed one is NOT_FOUND
 *   or a program's mistake (the `…Id` fields people choose, like `teamId`, have a label all the same);
 * - a Boolean: a checkbox, always true or false, so no rule refuses it;
 * - a nested input object: its own fields are reported (and checked here), not the object.
 */
function carriesNoMessage(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  if (isInputObjectType(named)) return true;
  const list = isNonNullType(type) ? type.ofType : type;
  const item = isListType(list) ? getNamedType(list) : named;
  return isScalarType(item) && (item.name === 'ID' || item.name === 'Boolean');
}

/** Further exceptions by name, each with its reason. Keep this list short. */
const EXEMPT: Record<string, string> = {
  // MethodPhaseInput.id: the phase's key, made by the method builder (never typed); a broken one is a program's mistake.
  id: 'made by the program',
};

function unlabelled(): string[] {
  const missing: string[] = [];
  for (const type of Object.values(SCHEMA.getTypeMap())) {
    if (!isInputObjectType(type) || type.name.startsWith('__')) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      if (carriesNoMessage(field.type) || name in EXEMPT) continue;
      const languages = LANGUAGES.filter((language) => !FIELD_LABELS[name]?.[language]?.trim());
      if (languages.length > 0) missing.push(`${type.name}.${name} (${languages.join(', ')})`);
    }
  }
  return missing;
}

describe('every input field that can be refused is named in words', () => {
  it('reads the input types of the schema (so an empty list below means something)', () => {
    const update = SCHEMA.getType('UpdateOrganisationInput');
    expect(isInputObjectType(update) && Object.keys(update.getFields())).toEqual(expect.arrayContaining(['residentTerm', 'name']));
  });

  it('has a label in every language for each such field (libs/domain i18n/messages.ts FIELD_LABELS)', () => {
    expect(unlabelled()).toEqual([]);
  });

  it('so a refused resident term reads as words, not as the property', () => {
    expect(fieldMessage({ field: 'residentTerm', rule: 'required' }, 'nl')).toBe('Eigen woord voor bewoners is verplicht');
    expect(fieldMessage({ field: 'residentTerm', rule: 'required' }, 'en')).toBe('Own word for residents is required');
  });
});
