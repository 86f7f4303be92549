import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import '../../i18n';
import { useQuery } from '../../graphql/hooks';
import { HarvestPage } from './HarvestPage';

jest.mock('../sessions.css', () => ({}));
jest.mock('../../ui/content-guard/content-guard.css', () => ({}));
jest.mock('../../graphql/hooks', () => ({ useQuery: jest.fn(), useMutation: jest.fn(() => [jest.fn(), { loading: false }]) }));

/** The harvest page as Bram (a participant) reads it, the harvest approved or still being written. */
const page = (approvedAt: string | null) => {
  const session = {
    id: 's1',
    question: 'Onrust bij het avondeten',
    status: 'closed',
    viewerRole: 'participant',
    caseRef: null,
    harvest: { approvedAt, items: [], practices: [], drafts: [] },
  };
  jest.mocked(useQuery).mockReturnValue({ data: { session }, loading: false, refetch: () => {} } as unknown as ReturnType<typeof useQuery>);
  return renderToStaticMarkup(
    <MemoryRouter initialEntries={['/sessies/s1/oogst']}>
      <Routes>
        <Route path="/sessies/:id/oogst" element={<HarvestPage />} />
      </Routes>
    </MemoryRouter>,
  );
};

describe('the harvest page for a participant', () => {
  it('says the moderator is writing the harvest while it is not approved', () => {
    expect(page(null)).toContain('De gespreksleider schrijft de oogst.');
  });

  it('says the harvest was approved, and no longer that it is being written, once it is', () => {
    const html = page('2026-03-12T20:00:00.000Z');
    expect(html).toContain('Het verslag is goedgekeurd op 12 maart 2026');
    expect(html).not.toContain('schrijft de oogst');
  });
});
