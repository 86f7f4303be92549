import type { MirrorLiveNote, MirrorLiveQuestion, MirrorLiveState } from '@kring/domain';
import type { ReactNode } from 'react';
import { Section } from '../../ui/Section';
import { useTexts } from '../texts';

/**
 * What the moderator's and the listeners' consoles share: both read the same
 * live state, so the question on the table and the list of clarifying
 * questions are drawn here once and each console adds only its own controls.
 */

/** The question on the table now, or null before the first one or outside the guide. */
export function currentQuestion(state: MirrorLiveState): MirrorLiveQuestion | null {
  return state.questions.find((q) => q.id === state.currentQuestionId) ?? null;
}

/** Written texts (statements, notes, questions) as cards: the text, then what the console does with it. */
export function TextCards<T extends { readonly id: string; readonly body: string }>({
  items,
  children,
}: {
  items: readonly T[];
  children: (item: T) => ReactNode;
}) {
  return (
    <ul className="mirror-statements">
      {items.map((item) => (
        <li key={item.id} className="card">
          <p className="prose">{item.body}</p>
          {children(item)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The listeners' clarifying questions for the closing round. `before` is what a
 * console puts above the list (the listener's form, the closing-round badge);
 * `children` what it shows with each question.
 */
export function ClarifyingQuestions({
  state,
  before,
  children,
}: {
  state: MirrorLiveState;
  before?: ReactNode;
  children: (question: MirrorLiveNote) => ReactNode;
}) {
  const { t } = useTexts();
  return (
    <Section title={t('mirror.live.clarifying')}>
      {before}
      {state.clarifyingQuestions.length === 0 ? (
        <p className="muted">{t('mirror.live.noClarifying')}</p>
      ) : (
        <TextCards items={state.clarifyingQuestions}>{children}</TextCards>
      )}
    </Section>
  );
}
