import { renderToStaticMarkup } from 'react-dom/server';
import '../../i18n';
import { testVisit as visit } from '../visit.testing';
import { AgreementSection } from './AgreementSection';

jest.mock('../../ui/content-guard/content-guard.css', () => ({}));
jest.mock('../../graphql/hooks', () => ({ useMutation: jest.fn(() => [jest.fn(), { loading: false }]) }));

const count = (html: string, text: string) => html.split(text).length - 1;

describe("the host's agreement form", () => {
  it('once both agreed, shows the fixed part to read and the format, day and location once, as the fields still to change', () => {
    const html = renderToStaticMarkup(<AgreementSection visit={visit('agreed')} onChanged={() => {}} />);
    expect(html).toContain('Voelen deelnemers zich hier thuis?');
    expect(count(html, '>Vorm<')).toBe(1);
    expect(count(html, '>Datum van het bezoek<')).toBe(1);
    expect(count(html, '>Locatie<')).toBe(1);
    expect(html).not.toContain('10 januari 2027');
    expect(html).toContain('value="2027-01-10"');
  });

  it('shows the whole agreement to read to whoever may not change it', () => {
    const html = renderToStaticMarkup(<AgreementSection visit={visit('agreed', { viewerSide: 'visitor' })} onChanged={() => {}} />);
    expect(html).toContain('10 januari 2027');
    expect(html).toContain('Hele dag');
    expect(html).toContain('Het erf');
  });
});
