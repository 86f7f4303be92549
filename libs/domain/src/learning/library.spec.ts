import { HEADLINE_START as S, HEADLINE_STOP as E, snippetParts, valueFilterIds } from './library';
import { remarkAllowed, storyReaches } from './stories';

describe('search snippets', () => {
  it('are cut into plain and matched parts', () => {
    expect(snippetParts(`De ${S}bewoners${E} gingen ${S}wandelen${E}.`)).toEqual([
      { text: 'De ', match: false },
      { text: 'bewoners', match: true },
      { text: ' gingen ', match: false },
      { text: 'wandelen', match: true },
      { text: '.', match: false },
    ]);
    expect(snippetParts('Geen treffer')).toEqual([{ text: 'Geen treffer', match: false }]);
  });
});

describe('value filters', () => {
  it('let a core value find its sub-values, factors and vulnerabilities', () => {
    const ids = valueFilterIds(['feeling_at_home']);
    expect(ids).toEqual(expect.arrayContaining(['feeling_at_home', 'being_oneself', 'everyday_life', 'new_internal_systems']));
    expect(ids).not.toContain('being_together');
  });

  it('keep a sub-value as it is and drop unknown ids', () => {
    expect(valueFilterIds(['reciprocity', 'nonsense'])).toEqual(['reciprocity']);
  });
});

describe('who a story reaches', () => {
  it('needs the approved version and the consent for that audience', () => {
    const approved = { revision: 2, approvedRevision: 2, activeAudiences: ['team' as const, 'network' as const] };
    expect(storyReaches(approved, 'team')).toBe(true);
    expect(storyReaches(approved, 'organisation')).toBe(false);
    expect(storyReaches({ ...approved, revision: 3 }, 'team')).toBe(false);
    expect(storyReaches({ ...approved, approvedRevision: null }, 'network')).toBe(false);
  });
});

describe('remarks in the member check', () => {
  it.each([
    [{ revision: 1, approvedRevision: null }, null, true],
    [{ revision: 2, approvedRevision: 1 }, null, true],
    [{ revision: 2, approvedRevision: 2 }, null, false],
    [{ revision: 2, approvedRevision: 2 }, 'request_changes', true],
    [{ revision: 2, approvedRevision: 2 }, 'approve', true],
  ] as const)('on %j with decision %s: %s', (story, decision, allowed) => {
    expect(remarkAllowed(story, decision)).toBe(allowed);
  });
});
