import { isCompleteText } from '../values/localized-text';
import { kindsPurgedAfterPeriod, kindsPurgedOn, RETENTION_EVENTS, RETENTION_KINDS, RETENTION_RULES, retentionSentence } from './retention-rules';

describe('retention rules', () => {
  it('declares every kind once, with where it is stored, a trigger and why, in Dutch and English', () => {
    expect(new Set(RETENTION_KINDS).size).toBe(RETENTION_RULES.length);
    for (const rule of RETENTION_RULES) {
      expect(rule.kind).toMatch(/^[a-z_]+$/);
      for (const text of [rule.name, rule.description, rule.why]) expect(isCompleteText(text)).toBe(true);
      expect(rule.stored.length).toBeGreaterThan(0);
      for (const place of rule.stored) {
        expect(place.table).toMatch(/^[a-z_]+$/);
        expect(place.columns.length).toBeGreaterThan(0);
      }
      // Raw material without a trigger would be kept for ever.
      expect(rule.events.length > 0 || rule.afterPeriod !== null).toBe(true);
      if (rule.afterPeriod?.once) expect(isCompleteText(rule.afterPeriod.once)).toBe(true);
    }
  });

  it('has a kind for every event, and each event names only declared kinds', () => {
    for (const event of RETENTION_EVENTS) expect(kindsPurgedOn(event).length).toBeGreaterThan(0);
    expect(kindsPurgedOn('mirror_harvest_approved')).toEqual(['mirror_listener_notes', 'mirror_unused_statements', 'mirror_relative_input']);
    expect(kindsPurgedAfterPeriod()).not.toContain('story_check_comments');
  });

  it("purges relatives' own text beforehand when the harvest is approved (issue #9)", () => {
    expect(kindsPurgedOn('mirror_harvest_approved')).toContain('mirror_relative_input');
    expect(RETENTION_RULES.find((r) => r.kind === 'mirror_relative_input')?.stored).toEqual([{ table: 'mirror_participant', columns: ['free_text'], purge: 'clear_columns' }]);
  });

  it('says when in one sentence generated from the trigger', () => {
    expect(retentionSentence('mirror_listener_notes', 'nl')).toBe(
      'Wordt gewist zodra de oogst van het spiegelgesprek is goedgekeurd of zodra het spiegelgesprek wordt afgelast; anders zodra het ouder is dan de bewaartermijn.',
    );
    expect(retentionSentence('session_memos', 'nl', '3 maanden')).toBe('Wordt gewist zodra het verslag is goedgekeurd en het ouder is dan de bewaartermijn (3 maanden).');
    expect(retentionSentence('story_check_comments', 'en')).toBe('Deleted as soon as the storyteller approves the story.');
    for (const kind of RETENTION_KINDS) {
      for (const language of ['nl', 'en'] as const) expect(retentionSentence(kind, language)).toMatch(/^(Wordt gewist|Deleted) .+\.$/);
    }
  });
});
