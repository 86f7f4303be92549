import { MIRROR_CONSENT_SCOPES } from '../mirror-conversations/consent';
import { REPORT_VISIBILITIES } from '../peer-visits/types';
import { PATTERN_LEVELS, PATTERN_SOURCE_RULES, relativeTagsCount } from './pattern-sources';

describe("what each level of patterns counts of relatives' words and visits", () => {
  it.each([
    ['team', ['take_part'], true],
    ['organisation', ['take_part'], true],
    ['network', ['take_part'], false],
    ['network', ['take_part', 'quote_anonymously', 'share_in_organisation'], false],
    ['network', ['take_part', 'share_in_network'], true],
    ['organisation', [], false],
    ['team', null, true],
    ['organisation', null, true],
    ['network', null, false],
  ] as const)('on the %s level, a relative with consent %j counts: %s', (level, scopes, counts) => {
    expect(relativeTagsCount(level, scopes)).toBe(counts);
  });

  it('never counts more outside the organisation than inside it', () => {
    const [team, organisation, network] = PATTERN_LEVELS.map((level) => PATTERN_SOURCE_RULES[level]);
    for (const scope of team.relatives) expect(network.relatives).toContain(scope);
    for (const scope of organisation.relatives) expect(network.relatives).toContain(scope);
    for (const visibility of network.visits) expect(organisation.visits).toContain(visibility);
    // Every scope and visibility named is one of the catalogue's.
    for (const rule of [team, organisation, network]) {
      for (const scope of rule.relatives) expect(MIRROR_CONSENT_SCOPES).toContain(scope);
      for (const visibility of rule.visits) expect(REPORT_VISIBILITIES).toContain(visibility);
    }
  });
});
