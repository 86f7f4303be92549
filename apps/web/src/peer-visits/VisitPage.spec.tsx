import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { useQuery } from '../graphql/hooks';
import '../i18n';
import { testVisit } from './visit.testing';
import { VisitPage } from './VisitPage';

jest.mock('./peer-visits.css', () => ({}));
jest.mock('../ui/content-guard/content-guard.css', () => ({}));
jest.mock('../graphql/hooks', () => ({ useQuery: jest.fn(), useMutation: jest.fn(() => [jest.fn(), { loading: false }]) }));

function page(visit: ReturnType<typeof testVisit>): string {
  jest
    .mocked(useQuery)
    .mockReturnValue({ data: { peerVisit: visit }, loading: false, refetch: () => {} } as unknown as ReturnType<typeof useQuery>);
  return renderToStaticMarkup(
    <MemoryRouter>
      <VisitPage />
    </MemoryRouter>,
  );
}

describe('agreeing on a visit', () => {
  it('names who the visiting team still needs, also when it has only its entrepreneur so far', () => {
    const html = page(
      testVisit('preparing', {
        missingForAgreement: ['members'],
        team: [{ id: 't1', role: 'entrepreneur', name: 'Marloes Visser', personId: 'p2' }],
      }),
    );
    expect(html).toContain('Nog nodig voor akkoord: een bezoekend team met een zorgondernemer en een begeleider.');
  });
});
