import { icsCalendar } from './calendar';

const event = {
  uid: '3f1c@kring',
  sequence: 4,
  start: new Date('2026-03-02T18:30:00Z'),
  minutes: 70,
  summary: 'Reflectiesessie: Incidentmethode, Team wonen',
  description: 'Gespreksleider: Sanne; open de sessie in Kring.\nTot dan!',
  location: 'Woonkamer, De Hoeve',
  url: 'https://kring.example/sessies/3f1c',
  cancelled: false,
  stamp: new Date('2026-02-20T10:00:00Z'),
};

describe('icsCalendar', () => {
  it('writes one event in UTC with CRLF lines and escaped text', () => {
    const ics = icsCalendar(event);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART:20260302T183000Z\r\nDTEND:20260302T194000Z\r\n');
    expect(ics).toContain('LOCATION:Woonkamer\\, De Hoeve\r\n');
    expect(ics).toContain('DESCRIPTION:Gespreksleider: Sanne\\; open de sessie in Kring.\\nTot dan!\r\n');
    expect(ics).toContain('SEQUENCE:4\r\nDTSTAMP:20260220T100000Z');
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
  });

  it('folds long lines at 75 octets without splitting a character, and marks a cancelled session', () => {
    const ics = icsCalendar({ ...event, summary: `Reflectie ${'é'.repeat(60)}`, cancelled: true });
    const lines = ics.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const summary = lines.slice(lines.findIndex((l) => l.startsWith('SUMMARY:'))).join('\r\n');
    expect(summary.replace(/\r\n /g, '')).toMatch(/^SUMMARY:Reflectie é{60}\r\n/);
    expect(ics).toContain('STATUS:CANCELLED');
  });
});
