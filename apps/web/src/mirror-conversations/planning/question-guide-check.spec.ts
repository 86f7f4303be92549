import { MIRROR_LIMITS } from '@kring/domain';
import { unsendableQuestions } from './question-guide-check';

describe('the question guide, checked before it is sent', () => {
  it('names each question the server would refuse by its own key: empty (also only spaces) or too long', () => {
    const questions = [
      { key: 1, body: 'Wat maakt dat u zich hier thuis voelt?' },
      { key: 2, body: '' },
      { key: 3, body: 'x'.repeat(MIRROR_LIMITS.questionMaxLength + 1) },
      { key: 4, body: '  \n ' },
    ];
    expect([...unsendableQuestions(questions)]).toEqual([
      [2, 'empty'],
      [3, 'tooLong'],
      [4, 'empty'],
    ]);
  });

  it('counts the length after trimming, as the server does', () => {
    expect(unsendableQuestions([{ key: 1, body: ` ${'x'.repeat(MIRROR_LIMITS.questionMaxLength)} ` }]).size).toBe(0);
  });
});
