import { reportStageShown } from './VisitSummaryLine';

describe('the report part of a visit line', () => {
  const on = '2026-12-03';
  it.each([
    // Not yet agreed: nobody writes a report, so the line says nothing about one (not "in voorbereiding · rapport bij de bezoekers").
    [{ status: 'preparing', reportStatus: 'draft', visitDate: '2026-12-20' }, false],
    [{ status: 'preparing', reportStatus: 'draft', visitDate: null }, false],
    // Agreed but still to come: the visitors have nothing to write yet.
    [{ status: 'agreed', reportStatus: 'draft', visitDate: '2026-12-20' }, false],
    // Held (today or before): the report is with the visitors.
    [{ status: 'agreed', reportStatus: 'draft', visitDate: '2026-12-03' }, true],
    [{ status: 'agreed', reportStatus: 'draft', visitDate: '2026-11-02' }, true],
    // Once it has moved on, where it is is always said.
    [{ status: 'agreed', reportStatus: 'with_host', visitDate: '2026-11-02' }, true],
    [{ status: 'agreed', reportStatus: 'closed', visitDate: '2026-11-02' }, true],
    [{ status: 'cancelled', reportStatus: 'draft', visitDate: '2026-11-02' }, false],
  ] as const)('%j: %s', (visit, shown) => {
    expect(reportStageShown(visit, on)).toBe(shown);
  });
});
