import type { ReactNode } from 'react';
import { SelectField } from '../ui/Field';
import { ReportDownloads } from './ReportDownloads';
import { useReportYearOptions } from './report-years';
import { useTexts } from './texts';

interface ReportYearHeaderProps {
  /** The choice of what the report is about (an organisation, a network), beside the year. */
  choice: ReactNode;
  /** The organisation or network: the years offered are its own. */
  subject: string;
  year: number;
  setYear: (value: string) => void;
  /** Its first year with data as its report says; undefined while one loads. */
  firstYear: number | null | undefined;
  downloads: Parameters<typeof ReportDownloads>[0];
}

/** Above a year's report: what it is about, the year (offered from the first year with data), and its downloads. */
export function ReportYearHeader({ choice, subject, year, setYear, firstYear, downloads }: ReportYearHeaderProps) {
  const { t } = useTexts();
  const options = useReportYearOptions(subject, firstYear);
  return (
    <>
      <div className="report-choice">
        {choice}
        <SelectField label={t('qualityReport.year')} value={String(year)} onChange={setYear} options={options} />
      </div>
      <ReportDownloads {...downloads} />
    </>
  );
}
