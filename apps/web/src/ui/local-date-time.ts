/**
 * The planning form asks for a date and a time as people read them on the
 * wall clock (the browser's time zone); the API stores a moment.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** The moment as an ISO string, or null when date or time is missing or does not exist. */
export function localDateTime(date: string, time: string): string | null {
  if (!DATE.test(date) || !TIME.test(time)) return null;
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  const moment = new Date(year, month - 1, day, hours, minutes);
  // new Date rolls 31 februari over into March; such a date was never meant.
  if (moment.getFullYear() !== year || moment.getMonth() !== month - 1 || moment.getDate() !== day) return null;
  return moment.toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as date and time fields in the browser's time zone. */
export function toLocalParts(iso: string): { date: string; time: string } {
  const moment = new Date(iso);
  return {
    date: `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`,
    time: `${pad(moment.getHours())}:${pad(moment.getMinutes())}`,
  };
}
