import { escapeText, foldLine, writeIcs } from './ics';

const stamp = new Date('2026-02-20T10:00:00Z');

const calendar = {
  name: 'Kring, Sanne',
  stamp,
  events: [
    {
      uid: 'session-3f1c@kring',
      sequence: 4,
      when: { at: new Date('2026-03-02T18:30:00Z'), minutes: 70 },
      summary: 'Reflectiesessie: Incidentmethode, Team wonen',
      description: 'Gespreksleider: Sanne; open de sessie in Kring.\nTot dan!',
      location: 'Woonkamer, De Hoeve',
      url: 'https://kring.example/sessies/3f1c',
    },
    { uid: 'visit-9a2b@kring', when: { day: '2026-03-31', days: 2 }, summary: 'Collegiale visitatie bij De Lindehof', cancelled: true },
  ],
};

/** Undoes line folding (RFC 5545 §3.1): a CRLF followed by one space continues the line. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('writeIcs', () => {
  const ics = writeIcs(calendar);

  it('uses CRLF after every line, including the last, and nothing else as a line break', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(ics).not.toMatch(/\r[^\n]/);
  });

  it('gives every event its own UID and a DTSTAMP in UTC', () => {
    const lines = unfold(ics);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual(['UID:session-3f1c@kring', 'UID:visit-9a2b@kring']);
    expect(lines.filter((l) => l.startsWith('DTSTAMP:'))).toEqual(['DTSTAMP:20260220T100000Z', 'DTSTAMP:20260220T100000Z']);
  });

  it('writes SEQUENCE only for events that carry one, so changed plans replace imported copies', () => {
    expect(unfold(ics).filter((l) => l.startsWith('SEQUENCE:'))).toEqual(['SEQUENCE:4']);
  });

  it('writes a timed event in UTC and an all-day event with an exclusive end date', () => {
    expect(ics).toContain('DTSTART:20260302T183000Z\r\nDTEND:20260302T194000Z\r\n');
    // Two days from 31 March: the end is the day after the last day, across the month boundary.
    expect(ics).toContain('DTSTART;VALUE=DATE:20260331\r\nDTEND;VALUE=DATE:20260402\r\n');
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(ics).toContain('STATUS:CANCELLED');
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(ics).toContain('X-WR-CALNAME:Kring\\, Sanne\r\n');
    expect(ics).toContain('LOCATION:Woonkamer\\, De Hoeve\r\n');
    expect(unfold(ics)).toContain('DESCRIPTION:Gespreksleider: Sanne\\; open de sessie in Kring.\\nTot dan!');
    expect(escapeText('a\\b\r\nc')).toBe('a\\\\b\\nc');
  });

  it('folds long lines at 75 octets without splitting a multi-byte character', () => {
    const long = writeIcs({ ...calendar, events: [{ ...calendar.events[0], summary: `Terugkijken ${'é'.repeat(80)} ✓` }] });
    for (const line of long.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(unfold(long)).toContain(`SUMMARY:Terugkijken ${'é'.repeat(80)} ✓`);
    expect(long).not.toContain('\uFFFD');
  });

  it('leaves short lines alone and starts continuation lines with one space', () => {
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(100)}`).split('\r\n');
    expect(folded.map((l) => l.length)).toEqual([75, 38]);
    expect(folded[1].startsWith(' x')).toBe(true);
  });
});
