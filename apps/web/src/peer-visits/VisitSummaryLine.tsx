import { VISIT_FORMAT_LABELS } from '@kring/domain';
import type { VisitSummaryPartsFragment } from '../graphql/generated';
import { useLocale } from '../i18n/locale';
import { useLocalized } from '../i18n/localized';
import { useTexts } from './texts';
import { today } from '../ui/today';

type VisitState = Pick<VisitSummaryPartsFragment, 'visitDate' | 'format' | 'status' | 'reportStatus'>;

/**
 * Whether the line says where the mirror report is. Visitors write it only
 * for an agreed visit once it has taken place (the API lets them draft from
 * "agreed"), so before that "rapport bij de bezoekers" would contradict
 * "in voorbereiding" (issue #14); once the report has moved on, it is always said.
 */
export function reportStageShown(visit: Pick<VisitState, 'visitDate' | 'status' | 'reportStatus'>, on: string = today()): boolean {
  if (visit.reportStatus !== 'draft') return visit.status !== 'cancelled';
  return visit.status === 'agreed' && !!visit.visitDate && visit.visitDate <= on;
}

/** "14 april 2026 · Hele dag · afgesproken · rapport bij de gastheer": a visit's state in one line. */
export function VisitSummaryLine({ visit }: { visit: VisitState }) {
  const { t } = useTexts();
  const { date } = useLocale();
  const local = useLocalized();
  const parts = [
    visit.visitDate ? date(visit.visitDate) : t('visits.noDate'),
    visit.format ? local(VISIT_FORMAT_LABELS[visit.format]) : null,
    t(`visits.status.${visit.status}`),
    reportStageShown(visit) ? t(`visits.reportStatus.${visit.reportStatus}`) : null,
  ].filter(Boolean);
  return <p className="muted">{parts.join(' · ')}</p>;
}
