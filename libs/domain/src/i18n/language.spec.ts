import { languageFromAcceptLanguage } from './language';
import { errorMessage } from './messages';

describe('languageFromAcceptLanguage', () => {
  it('defaults to Dutch', () => {
    expect(languageFromAcceptLanguage(undefined)).toBe('nl');
    expect(languageFromAcceptLanguage('fr-FR,de;q=0.8')).toBe('nl');
  });
  it('honours quality weights', () => {
    expect(languageFromAcceptLanguage('en-GB,en;q=0.9,nl;q=0.8')).toBe('en');
    expect(languageFromAcceptLanguage('en;q=0.5,nl-BE;q=0.9')).toBe('nl');
  });
});

describe('errorMessage', () => {
  it('fills parameters in the requested language', () => {
    expect(errorMessage('TOO_MANY_ATTEMPTS', 'nl', { minutes: 15 })).toContain('over 15 minuten');
    expect(errorMessage('TOO_MANY_ATTEMPTS', 'en', { minutes: 15 })).toContain('in 15 minutes');
  });
  it('falls back to the internal message for unknown codes', () => {
    expect(errorMessage('SOMETHING_ELSE', 'en')).toMatch(/Something went wrong/);
  });
});
