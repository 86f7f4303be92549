import { ListedPractice, practiceListOrder } from '../practice-list-order';

function practice(name: string, fields: Partial<ListedPractice>): ListedPractice & { name: string } {
  return { name, status: 'open', lookBackDue: false, lookBackOn: null, createdAt: new Date('2026-03-01T10:00:00Z'), ...fields };
}

describe('practiceListOrder', () => {
  it.each([
    {
      what: 'a due look-back before a running one with an earlier date',
      list: [practice('running', { lookBackOn: '2026-01-01' }), practice('due', { lookBackDue: true, lookBackOn: '2026-06-01' })],
      order: ['due', 'running'],
    },
    {
      what: 'running (open and continued) before finished (adopted and stopped)',
      list: [
        practice('adopted', { status: 'adopted' }),
        practice('continued', { status: 'continued', lookBackOn: '2026-05-01' }),
        practice('stopped', { status: 'stopped', createdAt: new Date('2026-01-01T00:00:00Z') }),
        practice('open', { lookBackOn: '2026-04-01' }),
      ],
      order: ['open', 'continued', 'adopted', 'stopped'],
    },
    {
      what: 'running ones by look-back date, those without a date last',
      list: [practice('none', {}), practice('may', { lookBackOn: '2026-05-01' }), practice('april', { lookBackOn: '2026-04-30' })],
      order: ['april', 'may', 'none'],
    },
    {
      what: 'the same look-back date: the oldest practice first',
      list: [
        practice('newer', { lookBackOn: '2026-04-01', createdAt: new Date('2026-03-02T00:00:00Z') }),
        practice('older', { lookBackOn: '2026-04-01', createdAt: new Date('2026-03-01T00:00:00Z') }),
      ],
      order: ['older', 'newer'],
    },
    {
      what: 'finished ones: the newest first',
      list: [
        practice('old', { status: 'stopped', createdAt: new Date('2025-12-31T23:00:00Z') }),
        practice('new', { status: 'adopted', createdAt: new Date('2026-01-01T00:00:00Z') }),
      ],
      order: ['new', 'old'],
    },
    {
      what: 'due look-backs among themselves keep the running order (date, then oldest)',
      list: [
        practice('due later', { lookBackDue: true, lookBackOn: '2026-02-02' }),
        practice('due earlier', { lookBackDue: true, lookBackOn: '2026-02-01' }),
      ],
      order: ['due earlier', 'due later'],
    },
    { what: 'an empty list', list: [], order: [] },
  ] as { what: string; list: (ListedPractice & { name: string })[]; order: string[] }[])('$what', ({ list, order }) => {
    expect([...list].sort(practiceListOrder).map((p) => p.name)).toEqual(order);
  });
});
