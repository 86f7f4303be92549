import { reportYears, yearInNetherlands } from '@kring/domain';
import { useEffect, useState } from 'react';

/** The year a report of `subject` (an organisation or a network) is about: the current one until another is chosen; another subject starts there again. */
export function useReportYear(subject: string) {
  const current = yearInNetherlands();
  const [chosen, setChosen] = useState({ subject, year: current });
  const year = chosen.subject === subject ? chosen.year : current;
  return { year, setYear: (value: string) => setChosen({ subject, year: Number(value) }) };
}

/**
 * The years to offer for `subject`, the current one first, back to its first year with data (reportYears): `firstYear`
 * as its report says, undefined while one loads. Meanwhile the years its last report gave stay on offer, so the list
 * does not shrink under a choice being made.
 */
export function useReportYearOptions(subject: string, firstYear: number | null | undefined) {
  const [known, setKnown] = useState<{ subject: string; firstYear: number | null }>({ subject, firstYear: null });
  useEffect(() => {
    if (firstYear !== undefined) setKnown({ subject, firstYear });
  }, [subject, firstYear]);
  const first = firstYear !== undefined ? firstYear : known.subject === subject ? known.firstYear : null;
  return reportYears(first, yearInNetherlands()).map((year) => ({ value: String(year), label: String(year) }));
}
