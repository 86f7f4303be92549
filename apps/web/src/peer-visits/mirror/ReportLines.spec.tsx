import { renderToStaticMarkup } from 'react-dom/server';
import { PracticeLine, VisitLead } from './ReportLines';

const practice = {
  id: 'p',
  what: 'Samen de tafel dekken',
  who: 'Sanne',
  lookBackOn: '2027-01-05',
  team: { id: 't', name: 'Team dagbesteding' },
};
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('the practices in the mirror report', () => {
  it('says who, the team and the day to look back, the day in words', () => {
    expect(text(renderToStaticMarkup(<PracticeLine practice={practice} />))).toBe(
      'Samen de tafel dekken · Sanne · Team dagbesteding · terugkijken op 5 januari 2027',
    );
  });

  it.each(['Team dagbesteding', 'dagbesteding', ' team Dagbesteding '])('names the team once when "wie" is the team (%j)', (who) => {
    expect(text(renderToStaticMarkup(<PracticeLine practice={{ ...practice, who }} />))).toBe(
      'Samen de tafel dekken · Team dagbesteding · terugkijken op 5 januari 2027',
    );
  });

  it('keeps a "wie" that only starts like the team', () => {
    expect(text(renderToStaticMarkup(<PracticeLine practice={{ ...practice, who: 'Team dagbesteding en Sanne' }} />))).toContain(
      'Team dagbesteding en Sanne · Team dagbesteding',
    );
  });

  it('has no separator left over in the network’s version (no who, team or day)', () => {
    expect(text(renderToStaticMarkup(<PracticeLine practice={{ ...practice, who: '', team: null, lookBackOn: null }} />))).toBe(
      'Samen de tafel dekken',
    );
  });
});

describe('the line under the mirror report’s title', () => {
  it.each([
    [{ visitor: { id: 'g', name: 'De Lindehof' }, visitDate: '2026-10-25', period: '2026-Q4' }, 'Bezoek van De Lindehof · 25 oktober 2026'],
    // The network's version: no visitor, no day, the quarter only.
    [{ visitor: null, visitDate: null, period: '2026-Q4' }, 'K4 2026'],
    [{ visitor: { id: 'g', name: 'De Lindehof' }, visitDate: null, period: null }, 'Bezoek van De Lindehof'],
  ])('%j → %s', (report, line) => {
    expect(text(renderToStaticMarkup(<VisitLead report={report} />))).toBe(line);
  });
});
