import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import '../../i18n';
import { GraphqlError } from '../../graphql/client';
import { useQuery } from '../../graphql/hooks';
import { ReportPage } from './ReportPage';

jest.mock('../sessions.css', () => ({}));
jest.mock('../../ui/content-guard/content-guard.css', () => ({}));
jest.mock('../../graphql/hooks', () => ({ useQuery: jest.fn(), useMutation: jest.fn(() => [jest.fn(), { loading: false }]) }));

const answered = (error: GraphqlError) =>
  jest.mocked(useQuery).mockReturnValue({ error, loading: false, refetch: () => {} } as unknown as ReturnType<typeof useQuery>);

const page = () =>
  renderToStaticMarkup(
    <MemoryRouter initialEntries={['/sessies/s1/verslag']}>
      <Routes>
        <Route path="/sessies/:id/verslag" element={<ReportPage />} />
      </Routes>
    </MemoryRouter>,
  );

describe('the report page for someone the server does not let in', () => {
  it('tells an administrator who did not take part that the report is for its participants, without a retry that cannot help', () => {
    answered(
      new GraphqlError('Je doet niet mee aan deze sessie. Vraag de gespreksleider om je uit te nodigen.', 'SESSION_NOT_PARTICIPANT'),
    );
    const html = page();
    expect(html).toContain('Je deed niet mee aan deze sessie. Wat ze opleverde, lezen alleen wie meededen');
    expect(html).not.toContain('Vraag de gespreksleider om je uit te nodigen');
    expect(html).not.toContain('Opnieuw proberen');
    expect(html).toContain('href="/sessies/s1"');
  });

  it('still offers to try again when the connection failed', () => {
    answered(new GraphqlError('Geen verbinding met Kring.', 'NETWORK'));
    const html = page();
    expect(html).toContain('Geen verbinding met Kring.');
    expect(html).toContain('Opnieuw proberen');
  });
});
