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

  it("logs only the names of an address's query values: a search someone typed (a name, a BSN) never reaches the log", () => {
    const logged = redactRequest({
      method: 'GET',
      url: '/bibliotheek?organisatie=abc&q=Jan%20Jansen%20111222333',
      params: {},
      query: { organisatie: 'abc', q: 'Jan Jansen 111222333' },
      headers: { referer: 'https://kring.example/graphql?variables=%7B%22q%22%3A%22Jansen%22%7D#top' },
    });
    expect(logged).toMatchObject({
      url: '/bibliotheek?organisatie=[value]&q=[value]',
      query: { organisatie: '[value]', q: '[value]' },
      headers: { referer: 'https://kring.example/graphql?variables=[value]' },
    });
    expect(JSON.stringify(logged)).not.toMatch(/Jansen|111222333/);
  });

  it('leaves ordinary addresses alone', () => {
    expect(redactTokens('/sessies/3f1c2a9e-0000-4000-8000-000000000000/live')).toBe('/sessies/3f1c2a9e-0000-4000-8000-000000000000/live');
  });
});
