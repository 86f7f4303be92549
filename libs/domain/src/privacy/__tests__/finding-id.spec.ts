import { findingId } from '../finding-id';

describe('findingId', () => {
  it.each([
    [{ kind: 'name', match: 'Gerrit Wolters' }, 'name|gerrit wolters'],
    // The same name as typed with other capitals or spacing (a line break inside it) is the same finding.
    [{ kind: 'name', match: ' GERRIT\n  Wolters ' }, 'name|gerrit wolters'],
    [{ kind: 'name', match: 'Mevrouw Jansen' }, 'name|mevrouw jansen'],
    [{ kind: 'date_of_birth', match: '12-03-1941' }, 'date_of_birth|12-03-1941'],
    [{ kind: 'email', match: 'Riet@Voorbeeld.nl' }, 'email|riet@voorbeeld.nl'],
    // A finding as the server or the device reports it, with its field: the field does not change the id.
    [{ field: 'firstChapter.body', kind: 'name', match: 'Gerrit Wolters', start: 3, end: 17 }, 'name|gerrit wolters'],
    // A match longer than an id may be is cut to the length an input takes, the same on the screen and the server.
    [{ kind: 'email', match: `${'a'.repeat(120)}@voorbeeld.nl` }, `email|${'a'.repeat(94)}`],
  ])('names %j as %s', (finding, id) => {
    expect(findingId(finding)).toBe(id);
  });

  it.each([
    ['another kind', { kind: 'email', match: 'Gerrit Wolters' }],
    ['another name', { kind: 'name', match: 'Gerrit' }],
  ])('gives %s another id', (_what, other) => {
    expect(findingId(other)).not.toBe(findingId({ kind: 'name', match: 'Gerrit Wolters' }));
  });
});
