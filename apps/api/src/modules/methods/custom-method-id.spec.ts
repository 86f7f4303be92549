import { customMethodIdBase, freeCustomMethodId } from './custom-method-id';

describe('custom method ids', () => {
  it('are readable slugs of the name with the org- prefix', () => {
    expect(customMethodIdBase('Onze incidentmethode')).toBe('org-onze-incidentmethode');
    expect(customMethodIdBase('  Zóú je dat thuis ook doen?  ')).toBe('org-zou-je-dat-thuis-ook-doen');
    expect(customMethodIdBase('Coöperatie & “dagbesteding” 2.0')).toBe('org-cooperatie-dagbesteding-2-0');
  });

  it('fall back to a word when the name has no letters or digits, and stay short', () => {
    expect(customMethodIdBase('???')).toBe('org-werkvorm');
    expect(customMethodIdBase('')).toBe('org-werkvorm');
    const long = customMethodIdBase('heel '.repeat(40));
    expect(long.length).toBeLessThanOrEqual('org-'.length + 60);
    expect(long).not.toMatch(/-$/);
  });

  it('never collide with a shipped id', () => {
    expect(customMethodIdBase('incident_method')).toBe('org-incident-method');
  });

  it('take the lowest free number when the base is taken', () => {
    expect(freeCustomMethodId('org-a', new Set())).toBe('org-a');
    expect(freeCustomMethodId('org-a', new Set(['org-a']))).toBe('org-a-2');
    expect(freeCustomMethodId('org-a', new Set(['org-a', 'org-a-2', 'org-a-4']))).toBe('org-a-3');
  });
});
