import { answersOf } from '../answers-of';

describe('answersOf', () => {
  it.each<[string, Record<string, unknown>, { warnings: boolean; findings: string[] }]>([
    ['no answers', {}, { warnings: false, findings: [] }],
    ['confirmed', { acknowledgeWarnings: true }, { warnings: true, findings: [] }],
    ['only true confirms', { acknowledgeWarnings: 'true' }, { warnings: false, findings: [] }],
    [
      'confirmed with ids, each once',
      { acknowledgeWarnings: true, acknowledgedFindings: ['name|gerrit wolters', 'name|gerrit wolters'] },
      { warnings: true, findings: ['name|gerrit wolters'] },
    ],
    ['ids left out (null)', { acknowledgeWarnings: false, acknowledgedFindings: null }, { warnings: false, findings: [] }],
    ['only strings are ids', { acknowledgedFindings: ['name|els', 7, null] }, { warnings: false, findings: ['name|els'] }],
  ])('%s', (_label, input, expected) => {
    const answers = answersOf(input);
    expect({ ...answers, findings: [...answers.findings] }).toEqual(expected);
  });
});
