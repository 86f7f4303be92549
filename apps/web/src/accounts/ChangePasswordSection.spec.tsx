import { renderToStaticMarkup } from 'react-dom/server';
import '../i18n';
import { ChangePasswordSection } from './ChangePasswordSection';

jest.mock('../ui/content-guard/content-guard.css', () => ({}));
jest.mock('../graphql/hooks', () => ({ useMutation: jest.fn(() => [jest.fn(), { loading: false }]) }));

describe('changing a password on the profile page', () => {
  const html = renderToStaticMarkup(<ChangePasswordSection />);

  it.each([
    ['the current password, for the browser to fill in', 'Huidig wachtwoord', 'current-password'],
    ['the new one, for the browser to suggest and remember', 'Nieuw wachtwoord', 'new-password'],
  ])('asks for %s', (_, label, autoComplete) => {
    const box = new RegExp(`<label for="([^"]+)">${label}</label>[\\s\\S]*?<input[^>]*autoComplete="${autoComplete}"[^>]*id="\\1"`);
    expect(html).toMatch(box);
  });

  it('says the new one must be long enough before it is sent', () => {
    expect(html).toMatch(/Minstens \d+ tekens./);
  });
});
