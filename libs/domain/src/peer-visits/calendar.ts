/** Calendar arithmetic on YYYY-MM-DD dates, without time zones (a visit is on a day, not at an instant). */

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

/** Whole months from `from` to `to` (0 when less than a month; negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  const months = (ty - fy) * 12 + (tm - fm);
  return months > 0 && td < fd ? months - 1 : months < 0 && td > fd ? months + 1 : months;
}
