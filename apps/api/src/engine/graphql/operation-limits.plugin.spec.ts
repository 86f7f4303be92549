import { parse } from 'graphql';
import { operationDepth } from './operation-limits.plugin';

describe('operationDepth', () => {
  it('counts nested fields', () => {
    expect(operationDepth(parse('{ me { person { id } } }'))).toBe(3);
  });
  it('follows fragments and inline fragments', () => {
    const doc = parse('query Q { me { ...V } } fragment V on Viewer { memberships { ... on Membership { team { id } } } }');
    expect(operationDepth(doc, 'Q')).toBe(4);
  });
  it('ignores introspection fields', () => {
    expect(operationDepth(parse('{ __schema { types { fields { type { ofType { name } } } } } }'))).toBe(0);
  });
  it('stops at self-referencing fragments', () => {
    expect(operationDepth(parse('{ me { ...A } } fragment A on Viewer { person { id } ...A }'))).toBe(3);
  });
});
