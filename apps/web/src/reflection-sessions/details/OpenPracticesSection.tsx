import { Section } from '../../ui/Section';
import { PracticeItem } from '../PracticeItem';
import { ReviewPracticeForm } from '../ReviewPracticeForm';
import type { SessionData } from './SessionPage';
import { useTexts } from '../texts';

/**
 * "Hoe ging het?": what the team agreed to try in earlier sessions, opening
 * this one. Participants say how it went; the moderator also decides whether
 * the team carries on, adopts it or stops.
 */
export function OpenPracticesSection({ session, onReviewed }: { session: SessionData; onReviewed: () => void }) {
  const { t } = useTexts();
  if (session.openPractices.length === 0) return null;
  const canReview = !!session.viewerRole && session.status !== 'cancelled';
  return (
    <Section title={t('sessions.practices.howDidItGo', { count: session.openPractices.length })}>
      <p>{t('sessions.practices.howDidItGoIntro')}</p>
      <ul className="practices">
        {session.openPractices.map((practice) => (
          <PracticeItem key={practice.id} practice={practice}>
            {canReview && (
              <ReviewPracticeForm
                sessionId={session.id}
                practice={practice}
                canSetStatus={session.viewerRole === 'moderator'}
                onReviewed={onReviewed}
              />
            )}
          </PracticeItem>
        ))}
      </ul>
    </Section>
  );
}
