import { localiseGraphqlError } from './error-formatting';

const error = (code: string, params: Record<string, string>, fields: { field: string; rule: string }[]) => ({
  message: code,
  extensions: { code, params, fields },
});

describe('localiseGraphqlError: the message next to a field', () => {
  it.each([
    {
      what: 'a coded refusal names what is wrong with its field',
      error: error('ERASE_CONFIRMATION', { name: 'Bram' }, [{ field: 'confirmation', rule: 'invalid' }]),
      fields: {
        confirmation: 'Typ de naam precies zoals hij hier staat (Bram), om te bevestigen dat je de gegevens van deze persoon wilt wissen.',
      },
    },
    {
      what: 'a coded refusal keeps a specific rule of its field',
      error: error('ERASE_CONFIRMATION', { name: 'Bram' }, [{ field: 'confirmation', rule: 'required' }]),
      fields: { confirmation: 'Bevestiging is verplicht' },
    },
    {
      what: 'bad input keeps the field rule, and lists it in the message',
      error: error('BAD_USER_INPUT', {}, [{ field: 'password', rule: 'invalid' }]),
      fields: { password: 'Wachtwoord is ongeldig' },
    },
  ])('$what', ({ error: raw, fields }) => {
    const localised = localiseGraphqlError(raw, 'nl');
    expect(localised.extensions).toEqual({ code: raw.extensions.code, fields });
    expect(localised.message).not.toBe(raw.extensions.code);
  });

  it('leaves out fields when there are none', () => {
    expect(localiseGraphqlError(error('NOT_FOUND', {}, []), 'nl').extensions).toEqual({ code: 'NOT_FOUND' });
  });
});
