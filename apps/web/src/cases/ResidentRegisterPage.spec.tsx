import type { Role } from '@kring/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { useViewer, type Viewer } from '../app/auth';
import { useQuery } from '../graphql/hooks';
import '../i18n';
import { ResidentRegisterPage } from './ResidentRegisterPage';

jest.mock('./cases.css', () => ({}));
jest.mock('../ui/content-guard/content-guard.css', () => ({}));
// auth.tsx and the visit menu import each other; the page needs neither the menu nor the notebooks auth forgets.
jest.mock('../peer-visits/nav', () => ({ forgetNotebooksOnThisDevice: jest.fn() }));
jest.mock('../app/auth', () => ({ ...jest.requireActual<object>('../app/auth'), useViewer: jest.fn() }));
jest.mock('../graphql/hooks', () => ({ useQuery: jest.fn(), useMutation: jest.fn(() => [jest.fn(), { loading: false }]) }));

/** The register as a member (the care entrepreneur unless told) of an organisation with the given word for its people reads it. */
function register(residentTerm: string, role: Role = 'entrepreneur'): string {
  const viewer: Viewer = {
    person: { id: 'p1', displayName: 'Anna', email: 'anna@example.org', preferredLanguage: 'nl' },
    memberships: [{ id: 'm1', role, organisation: { id: 'o1', name: 'De Boomgaard', residentTerm }, network: null, team: null }],
  };
  jest.mocked(useViewer).mockReturnValue(viewer);
  const entries = [{ id: 'e1', pseudonym: 'Meneer B.', watchNames: ['Bert'] }];
  jest
    .mocked(useQuery)
    .mockReturnValue({ data: { residentRegister: entries }, loading: false, refetch: () => {} } as unknown as ReturnType<typeof useQuery>);
  return renderToStaticMarkup(
    <MemoryRouter>
      <ResidentRegisterPage />
    </MemoryRouter>,
  );
}

describe("the resident register in the organisation's own word", () => {
  it('says "deelnemer" for a day-care organisation that calls its people so, and never "bewoner"', () => {
    const html = register('deelnemer');
    expect(html).toContain('Deelnemersregister');
    expect(html).toContain('Hier staat per deelnemer het pseudoniem');
    expect(html).toContain('Zoals het team de deelnemer in casussen noemt');
    expect(html).toContain('Voeg een deelnemer toe');
    expect(html).toContain('aria-label="Deelnemers in het register"');
    expect(html).not.toMatch(/bewoner/i);
  });

  it('says "bewoner" for an organisation that kept the default word', () => {
    const html = register('bewoner');
    expect(html).toContain('Bewonersregister');
    expect(html).toContain('Hier staat per bewoner het pseudoniem');
    expect(html).toContain('Voeg een bewoner toe');
    expect(html).not.toMatch(/deelnemer/i);
  });

  it('names the register of a word of several words after it, not as one compound', () => {
    expect(register('mens met een zorgvraag')).toContain('Register van mensen met een zorgvraag');
    const html = register('mens met een zorgvraag', 'care_worker');
    expect(html).toContain('Het register van mensen met een zorgvraag bijhouden is voor beheerders en zorgondernemers.');
    expect(html).not.toContain('zorgvraagregister');
  });

  it('shows each entry as a card on a phone, its names labelled, instead of a table whose buttons are cut off at the edge', () => {
    const html = register('bewoner');
    expect(html).toContain('class="table-wrap table-wrap--stack"');
    // The card names the fact (styles.css writes data-label before it); the pseudonym is the card's own heading.
    expect(html).toContain('<td role="cell" data-label="Namen om op te letten">Bert</td>');
    expect(html).toContain('<th scope="row" role="rowheader">Meneer B.</th>');
  });

  it('tells someone who may not keep it whose register it is in their word too', () => {
    const html = register('deelnemer', 'care_worker');
    expect(html).toContain('Het deelnemersregister bijhouden is voor beheerders en zorgondernemers.');
    expect(html).not.toMatch(/bewoner/i);
  });
});
