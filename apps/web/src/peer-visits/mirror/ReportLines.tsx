import type { MirrorReportPartsFragment } from '../../graphql/generated';
import { useLocale } from '../../i18n/locale';
import { withoutTeamWord } from '../../ui/team-name';
import { useTexts } from '../texts';

type Report = MirrorReportPartsFragment;

/** The parts of a line that are there, joined by " · ": a missing part leaves no separator behind. */
function lineOf(parts: readonly (string | null | undefined | false)[]): string {
  return parts.filter((part): part is string => !!part).join(' · ');
}

/**
 * Who tries a practice, unless that only repeats its team: hosts often write the team under "Wie", and
 * "Team dagbesteding · Team dagbesteding" reads like a mistake ("dagbesteding" and "Team Dagbesteding" are the same team).
 */
function whoBesideTeam(who: string, team: string | undefined): string | null {
  const plain = (name: string) => withoutTeamWord(name.trim()).toLocaleLowerCase('nl');
  return team && plain(who) === plain(team) ? null : who;
}

/** Under the title: who visited and when. The network's version names no visitor and no day, only the quarter. */
export function VisitLead({ report }: { report: Pick<Report, 'visitor' | 'visitDate' | 'period'> }) {
  const { t } = useTexts();
  const { date, quarter } = useLocale();
  return (
    <p className="lead">
      {lineOf([
        report.visitor && t('visits.report.visitors', { visitor: report.visitor.name }),
        report.visitDate ? date(report.visitDate) : report.period && quarter(report.period),
      ])}
    </p>
  );
}

/** A practice to try: what, then who, its team and the day to look back, each said once. */
export function PracticeLine({ practice }: { practice: Report['practices'][number] }) {
  const { t } = useTexts();
  const { date } = useLocale();
  const details = lineOf([
    whoBesideTeam(practice.who, practice.team?.name),
    practice.team?.name,
    practice.lookBackOn && t('visits.report.lookBack', { date: date(practice.lookBackOn) }),
  ]);
  return (
    <li>
      <strong>{practice.what}</strong>
      {details && <span className="muted"> · {details}</span>}
    </li>
  );
}
