import { yearInNetherlands } from '@kring/domain';
import { useState } from 'react';

/** Kring keeps no data from before this year (the API refuses earlier ones). */
const FIRST_YEAR = 2020;

/** The year a report is about, the current year first: as far back as Kring has data. */
export function useReportYear() {
  const current = yearInNetherlands();
  const [year, setYear] = useState(current);
  const options = Array.from({ length: current - FIRST_YEAR + 1 }, (_, i) => String(current - i)).map((value) => ({ value, label: value }));
  return { year, setYear: (value: string) => setYear(Number(value)), options };
}
