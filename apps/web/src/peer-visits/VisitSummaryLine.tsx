import { VISIT_FORMAT_LABELS } from '@kring/domain';
import type { VisitSummaryPartsFragment } from '../graphql/generated';

type VisitState = Pick<VisitSummaryPartsFragment, 'visitDate' | 'format' | 'status' | 'reportStatus'>;
import { useLocale } from '../i18n/locale';
import { useLocalized } from '../i18n/localized';
import { useTexts } from './texts';

/** "14 april 2026 · Hele dag · afgesproken · rapport bij de gastheer": a visit's state in one line. */
export function VisitSummaryLine({ visit }: { visit: VisitState }) {
  const { t } = useTexts();
  const { date } = useLocale();
  const local = useLocalized();
  const parts = [
    visit.visitDate ? date(visit.visitDate) : t('visits.noDate'),
    visit.format ? local(VISIT_FORMAT_LABELS[visit.format]) : null,
    t(`visits.status.${visit.status}`),
    visit.status === 'cancelled' ? null : t(`visits.reportStatus.${visit.reportStatus}`),
  ].filter(Boolean);
  return <p className="muted">{parts.join(' · ')}</p>;
}
