/**
 * A small iCalendar (RFC 5545) writer for Kring's calendar feeds: CRLF line
 * endings, lines folded at 75 octets without splitting a character, text
 * escaped, and every event with its own UID and a DTSTAMP.
 */

/** An event at a moment (UTC) lasting some minutes, or on whole days (YYYY-MM-DD, in the Netherlands). */
type IcsWhen = { at: Date; minutes: number } | { day: string; days: number };

export interface IcsEvent {
  /** Stable per thing, so a calendar replaces its copy when it changes. */
  uid: string;
  /** Bumped when the thing changes, so calendars that imported the file replace their copy. */
  sequence?: number;
  when: IcsWhen;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  cancelled?: boolean;
}

interface IcsCalendar {
  name: string;
  /** When this copy of the calendar was made (DTSTAMP of every event). */
  stamp: Date;
  events: readonly IcsEvent[];
}

function utc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function dayValue(day: string, plusDays = 0): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

/** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines of at most 75 octets; continuation lines start with one space, which counts towards the 75. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const octets = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (size + octets > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function eventLines(event: IcsEvent, stamp: Date): string[] {
  const when = event.when;
  const timing =
    'at' in when
      ? [`DTSTART:${utc(when.at)}`, `DTEND:${utc(new Date(when.at.getTime() + when.minutes * 60_000))}`]
      : // All-day events end on the day after the last day (the end is exclusive).
        [`DTSTART;VALUE=DATE:${dayValue(when.day)}`, `DTEND;VALUE=DATE:${dayValue(when.day, when.days)}`];
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    ...(event.sequence !== undefined ? [`SEQUENCE:${event.sequence}`] : []),
    `DTSTAMP:${utc(stamp)}`,
    ...timing,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

export function writeIcs(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kring//Persoonlijke agenda//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    // Subscribed calendars fetch again after this time (honoured by most apps).
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
