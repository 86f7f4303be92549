import { useTexts } from './texts';

/** "Zet in agenda": the session as an iCalendar file, which every calendar app can add. */
export function CalendarLink({ session }: { session: { calendarPath: string; question: string } }) {
  const { t } = useTexts();
  return (
    <a href={session.calendarPath} download className="calendar-link">
      {t('sessions.calendar')}
      <span className="visually-hidden">: {session.question}</span>
    </a>
  );
}
