/** Today's date in the Netherlands as YYYY-MM-DD: consent is dated by the calendar on the wall, not by UTC. */
export function todayInNetherlands(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
