import { PRACTICE_STATUS_LABELS, type PracticeStatus } from '@kring/domain';
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/locale';
import { useTexts } from './texts';

/** What the live state and the GraphQL API both say about a new practice to try. */
export interface PracticeView {
  id: string;
  what: string;
  who: string;
  lookBackOn?: string | null;
  status: PracticeStatus;
  reviews: readonly { id: string; body: string; authorName?: string | null; createdAt: string }[];
}

/** A new practice (nieuwe praktijk): what, who, when we look back, and how it went so far. */
export function PracticeItem({ practice, children }: { practice: PracticeView; children?: ReactNode }) {
  const { t } = useTexts();
  const { label, date } = useLocale();
  return (
    <li className="practice card">
      <p className="practice__what">{practice.what}</p>
      <p className="practice__meta">
        {[
          practice.who && t('sessions.practices.who', { who: practice.who }),
          practice.lookBackOn && t('sessions.practices.lookBack', { date: date(practice.lookBackOn) }),
          label(PRACTICE_STATUS_LABELS, practice.status),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {practice.reviews.length > 0 && (
        <ul className="practice__reviews">
          {practice.reviews.map((review) => (
            <li key={review.id}>
              <span className="prose">{review.body}</span>
              <span className="muted">
                {' — '}
                {[review.authorName, date(review.createdAt)].filter(Boolean).join(', ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {children}
    </li>
  );
}
