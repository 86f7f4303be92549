import { LibrarySourceKind, Role } from '@kring/domain';
import { ownsSource } from '../owns-source';

const ME = 'person-me';
const OTHER = 'person-other';

describe('ownsSource', () => {
  it.each([
    { what: 'my own case', kind: 'case', ownerId: ME, roles: ['care_worker'], owns: true },
    { what: "someone else's case, even as administrator", kind: 'case', ownerId: OTHER, roles: ['administrator'], owns: false },
    { what: 'my own story', kind: 'story', ownerId: ME, roles: ['care_worker'], owns: true },
    { what: "someone else's story, as care entrepreneur", kind: 'story', ownerId: OTHER, roles: ['entrepreneur'], owns: false },
    { what: 'a lesson of my session (moderator)', kind: 'lesson', ownerId: ME, roles: ['moderator'], owns: true },
    { what: "a lesson of another's session, as administrator", kind: 'lesson', ownerId: OTHER, roles: ['administrator'], owns: true },
    { what: "a lesson of another's session, as care entrepreneur", kind: 'lesson', ownerId: OTHER, roles: ['entrepreneur'], owns: true },
    { what: "a lesson of another's session, as moderator", kind: 'lesson', ownerId: OTHER, roles: ['moderator'], owns: false },
    { what: 'a lesson whose moderator has gone, as care worker', kind: 'lesson', ownerId: null, roles: ['care_worker'], owns: false },
    {
      what: 'a mirror report, as care entrepreneur of the host',
      kind: 'mirror_report',
      ownerId: null,
      roles: ['entrepreneur'],
      owns: true,
    },
    { what: 'a mirror report, as administrator', kind: 'mirror_report', ownerId: null, roles: ['administrator'], owns: false },
    { what: 'a mirror report, whoever is named as owner', kind: 'mirror_report', ownerId: ME, roles: ['care_worker'], owns: false },
  ] as { what: string; kind: LibrarySourceKind; ownerId: string | null; roles: Role[]; owns: boolean }[])(
    '$what',
    ({ kind, ownerId, roles, owns }) => {
      expect(ownsSource(kind, ownerId, ME, roles)).toBe(owns);
    },
  );
});
