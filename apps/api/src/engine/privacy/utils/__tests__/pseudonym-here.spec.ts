import type { TextGuardDeclaration } from '../../text-guard.decorators';
import { pseudonymHere } from '../pseudonym-here';

const caseQuestion: TextGuardDeclaration = { mode: 'full', pseudonym: { whenSet: 'caseId' } };

describe('pseudonymHere', () => {
  it.each<[string, TextGuardDeclaration | undefined, Record<string, unknown>, boolean]>([
    ['declared true', { mode: 'full', pseudonym: true }, {}, true],
    ['declared false', { mode: 'full', pseudonym: false }, { caseId: 'c1' }, false],
    ['not declared', undefined, {}, false],
    ['a BSN-only field', { mode: 'bsn_only', reason: 'a place' }, {}, false],
    ['about a case, case chosen', caseQuestion, { caseId: 'c1' }, true],
    ['about a case, no case (null)', caseQuestion, { caseId: null }, false],
    ['about a case, field left out', caseQuestion, {}, false],
    ['about a case, empty id', caseQuestion, { caseId: '' }, false],
  ])('%s', (_label, declaration, siblings, expected) => {
    expect(pseudonymHere(declaration, siblings)).toBe(expected);
  });
});
