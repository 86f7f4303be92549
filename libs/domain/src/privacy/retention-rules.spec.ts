import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCompleteText } from '../values/localized-text';
import {
  kindsPurgedAfterPeriod,
  kindsPurgedOn,
  purgedOnEventSentence,
  RETENTION_EVENTS,
  RETENTION_KINDS,
  RETENTION_RULES,
  retentionSentence,
} from './retention-rules';

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
    expect(kindsPurgedOn('mirror_harvest_approved')).toEqual([
      'mirror_listener_notes',
      'mirror_unused_statements',
      'mirror_relative_input',
    ]);
    expect(kindsPurgedAfterPeriod()).not.toContain('story_check_comments');
  });

  it("purges relatives' own text beforehand when the harvest is approved (issue #9)", () => {
    expect(kindsPurgedOn('mirror_harvest_approved')).toContain('mirror_relative_input');
    expect(RETENTION_RULES.find((r) => r.kind === 'mirror_relative_input')?.stored).toEqual([
      { table: 'mirror_participant', columns: ['free_text'], purge: 'clear_columns' },
    ]);
  });

  it('says when in one sentence generated from the trigger', () => {
    expect(retentionSentence('mirror_listener_notes', 'nl')).toBe(
      'Wordt gewist zodra de oogst van het spiegelgesprek is goedgekeurd of zodra het spiegelgesprek wordt afgelast; anders zodra het ouder is dan de bewaartermijn.',
    );
    expect(retentionSentence('session_memos', 'nl', '3 maanden')).toBe(
      'Wordt gewist zodra het verslag is goedgekeurd en het ouder is dan de bewaartermijn (3 maanden).',
    );
    expect(retentionSentence('story_check_comments', 'en')).toBe('Deleted as soon as the storyteller approves the story.');
    expect(retentionSentence('visit_notes_left_out', 'nl')).toBe(
      'Wordt gewist zodra het spiegelrapport van de visitatie is afgesloten of zodra de visitatie wordt afgezegd; anders zodra het spiegelrapport is afgesloten of de visitatie is afgezegd en het ouder is dan de bewaartermijn. Blijft alleen als het in een afgesloten spiegelrapport staat.',
    );
    for (const kind of RETENTION_KINDS) {
      for (const language of ['nl', 'en'] as const) expect(retentionSentence(kind, language)).toMatch(/^(Wordt gewist|Deleted) .+\.$/);
    }
  });
});

describe('what an event purges, in words', () => {
  it('names every kind the event purges', () => {
    expect(purgedOnEventSentence('mirror_harvest_approved', 'nl')).toBe(
      'Dan wordt gewist: notities van luisteraars; uitspraken die niet in de oogst kwamen; wat naasten vooraf schreven.',
    );
    expect(purgedOnEventSentence('mirror_conversation_cancelled', 'en')).toBe(
      "Then deleted: listeners' notes; statements left out of the harvest; what relatives wrote beforehand; important and experienced, beforehand.",
    );
  });
});

describe('PRIVACY.md', () => {
  it('names every declared kind in its retention section', () => {
    const privacy = readFileSync(join(__dirname, '../../../../PRIVACY.md'), 'utf8');
    expect(RETENTION_KINDS.filter((kind) => !privacy.includes(`\`${kind}\``))).toEqual([]);
  });
});
