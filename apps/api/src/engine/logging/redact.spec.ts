import { newToken } from '../auth/tokens';
import { redactRequest, redactTokens } from './redact';

describe('log redaction', () => {
  it('takes personal-link tokens out of URLs and Referer, and secret headers out entirely', () => {
    const token = newToken();
    const other = newToken();
    const logged = redactRequest({
      method: 'GET',
      url: `/calendar/${token}.ics`,
      params: { path: ['calendar', `${token}.ics`] },
      query: {},
      headers: {
        referer: `https://kring.example/naaste/${other}`,
        cookie: 'kring_session=geheim',
        authorization: 'Bearer geheim',
        'user-agent': 'Agenda/1.0',
      },
    });
    expect(logged).toEqual({
      method: 'GET',
      url: '/calendar/[token].ics',
      params: { path: ['calendar', '[token].ics'] },
      query: {},
      headers: {
        referer: 'https://kring.example/naaste/[token]',
        cookie: '[redacted]',
        authorization: '[redacted]',
        'user-agent': 'Agenda/1.0',
      },
    });
    expect(JSON.stringify(logged)).not.toMatch(new RegExp(`${token}|${other}|geheim`));
  });

  it('leaves ordinary addresses alone', () => {
    expect(redactTokens('/sessies/3f1c2a9e-0000-4000-8000-000000000000/live')).toBe('/sessies/3f1c2a9e-0000-4000-8000-000000000000/live');
  });
});
