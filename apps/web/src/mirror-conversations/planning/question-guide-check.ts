import { MIRROR_LIMITS } from '@kring/domain';

/**
 * Which questions the server would refuse (its rule for MirrorQuestionInput.body: required, at most
 * MIRROR_LIMITS.questionMaxLength after trimming), by key. Checked before sending: the server names a question's
 * problem only as "body", not which question, so its message could stand only by the button.
 */
export function unsendableQuestions(questions: readonly { key: number; body: string }[]): Map<number, 'empty' | 'tooLong'> {
  const found = new Map<number, 'empty' | 'tooLong'>();
  for (const { key, body } of questions) {
    const trimmed = body.trim();
    if (trimmed === '') found.set(key, 'empty');
    else if (trimmed.length > MIRROR_LIMITS.questionMaxLength) found.set(key, 'tooLong');
  }
  return found;
}
