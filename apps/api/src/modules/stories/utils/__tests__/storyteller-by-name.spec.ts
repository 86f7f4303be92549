import { UserError } from '../../../../engine/graphql/user-error';
import { storytellerByName } from '../storyteller-by-name';

const WRITER = 'person-writer';
const MEMBER = 'person-member';
const EMAIL = 'jan@example.test';

function outcome(run: () => string | null): { name: string | null } | { code: unknown; fields: unknown } {
  try {
    return { name: run() };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { code: error.extensions.code, fields: error.extensions.fields };
  }
}

describe('storytellerByName', () => {
  it.each([
    { what: 'a member with an account', choice: { storytellerPersonId: MEMBER }, outcome: { name: null } },
    {
      what: 'a member, with an empty name beside it',
      choice: { storytellerPersonId: MEMBER, storytellerName: '   ' },
      outcome: { name: null },
    },
    {
      what: 'a name with an address, trimmed',
      choice: { storytellerName: '  Jan de Vries ', storytellerEmail: EMAIL },
      outcome: { name: 'Jan de Vries' },
    },
    { what: 'nobody', choice: {}, outcome: { code: 'STORY_STORYTELLER_REQUIRED', fields: [] } },
    {
      what: 'only spaces as a name',
      choice: { storytellerName: ' \t ', storytellerEmail: EMAIL },
      outcome: { code: 'STORY_STORYTELLER_REQUIRED', fields: [] },
    },
    {
      what: 'both a member and a name',
      choice: { storytellerPersonId: MEMBER, storytellerName: 'Jan', storytellerEmail: EMAIL },
      outcome: { code: 'STORY_STORYTELLER_REQUIRED', fields: [] },
    },
    {
      what: 'the writer as storyteller',
      choice: { storytellerPersonId: WRITER },
      outcome: { code: 'STORY_STORYTELLER_IS_WRITER', fields: [] },
    },
    {
      what: 'a name without an address: the address field is named',
      choice: { storytellerName: 'Jan' },
      outcome: { code: 'STORY_STORYTELLER_EMAIL_REQUIRED', fields: [{ field: 'storytellerEmail', rule: 'required' }] },
    },
    {
      what: 'a name with an empty address',
      choice: { storytellerName: 'Jan', storytellerEmail: '' },
      outcome: { code: 'STORY_STORYTELLER_EMAIL_REQUIRED', fields: [{ field: 'storytellerEmail', rule: 'required' }] },
    },
  ])('$what', ({ choice, outcome: expected }) => {
    expect(outcome(() => storytellerByName(choice, WRITER))).toEqual(expected);
  });
});
