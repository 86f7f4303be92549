import { Role } from '@kring/domain';
import { CaseRights, caseRights } from '../case-rights';

const AUTHOR = 'person-author';
const OTHER = 'person-other';

describe('caseRights', () => {
  it.each([
    {
      what: 'the author, a care worker, edits and shares',
      authorId: AUTHOR,
      viewerId: AUTHOR,
      roles: ['care_worker'],
      rights: { canEdit: true, canShare: true },
    },
    {
      what: 'the author with no role left here still shares',
      authorId: AUTHOR,
      viewerId: AUTHOR,
      roles: [],
      rights: { canEdit: true, canShare: true },
    },
    {
      what: 'another care worker only reads',
      authorId: AUTHOR,
      viewerId: OTHER,
      roles: ['care_worker'],
      rights: { canEdit: false, canShare: false },
    },
    {
      what: 'a moderator edits, never shares',
      authorId: AUTHOR,
      viewerId: OTHER,
      roles: ['moderator'],
      rights: { canEdit: true, canShare: false },
    },
    {
      what: 'an administrator edits, never shares',
      authorId: AUTHOR,
      viewerId: OTHER,
      roles: ['administrator'],
      rights: { canEdit: true, canShare: false },
    },
    {
      what: 'a care entrepreneur edits, never shares',
      authorId: AUTHOR,
      viewerId: OTHER,
      roles: ['entrepreneur'],
      rights: { canEdit: true, canShare: false },
    },
    {
      what: 'one curator role among others is enough to edit',
      authorId: AUTHOR,
      viewerId: OTHER,
      roles: ['care_worker', 'moderator'],
      rights: { canEdit: true, canShare: false },
    },
    {
      what: 'a case whose author has gone: nobody shares',
      authorId: null,
      viewerId: OTHER,
      roles: ['administrator'],
      rights: { canEdit: true, canShare: false },
    },
  ] as { what: string; authorId: string | null; viewerId: string; roles: Role[]; rights: CaseRights }[])(
    '$what',
    ({ authorId, viewerId, roles, rights }) => {
      expect(caseRights(authorId, viewerId, roles)).toEqual(rights);
    },
  );
});
