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
  retentionRule,
  retentionSentence,
  retentionSentenceForRelatives,
  type RelativeRetentionKind,
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

  // The privacy page shows these rules to every organisation, and each picks its own word for its people
  // ("bewoner", "deelnemer", …): a rule naming them in one organisation's word reads wrong, or ambiguous, in another's
  // (at a day-care whose people are "deelnemers", "wat deelnemers schreven" reads as the people in care writing).
  it.each(['bewoner', 'deelnemer', 'cliënt'])('never says "%s" in Dutch, a word an organisation may choose for its people', (word) => {
    for (const rule of RETENTION_RULES)
      for (const text of [rule.name, rule.description, rule.why, rule.keptIf].filter(Boolean))
        expect(text?.nl.toLowerCase()).not.toContain(word);
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

describe("the same rule in plain words, on a relative's own page", () => {
  it.each([
    [
      'mirror_relative_input',
      'nl',
      undefined,
      'We wissen wat u hier schrijft als de samenvatting van het gesprek klaar is. Of als het gesprek niet doorgaat. Anders wissen we het na de bewaartermijn. Maar pas als het gesprek is afgelopen of afgelast.',
    ],
    [
      'mirror_relative_input',
      'nl',
      '3 maanden',
      'We wissen wat u hier schrijft als de samenvatting van het gesprek klaar is. Of als het gesprek niet doorgaat. Anders wissen we het na de bewaartermijn van 3 maanden. Maar pas als het gesprek is afgelopen of afgelast.',
    ],
    [
      'mirror_relative_input',
      'en',
      undefined,
      'We delete what you write here when the summary of the conversation is ready. Or if the conversation does not take place. Otherwise we delete it after the retention period. But only once the conversation has ended or was cancelled.',
    ],
    [
      'mirror_theme_answers',
      'nl',
      '3 maanden',
      'We wissen wat u hier schrijft als het gesprek niet doorgaat. Gaat het gesprek door? Dan blijven uw antwoorden bewaard bij de samenvatting, zolang die er is.',
    ],
    [
      'mirror_theme_answers',
      'en',
      undefined,
      'We delete what you write here if the conversation does not take place. Does the conversation take place? Then your answers are kept with the summary, for as long as it exists.',
    ],
  ] as [RelativeRetentionKind, 'nl' | 'en', string | undefined, string][])('%s in %s (period %s)', (kind, language, period, sentence) => {
    expect(retentionSentenceForRelatives(kind, language, period)).toBe(sentence);
  });

  it.each(['mirror_relative_input', 'mirror_theme_answers'] as const)(
    'says %s in short sentences to "u", without the words of the privacy page, and only what its rule does',
    (kind) => {
      const rule = retentionRule(kind);
      const plain = retentionSentenceForRelatives(kind, 'nl', '3 maanden');
      const sentences = plain.split(/(?<=[.?])\s+/);
      for (const sentence of sentences) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(15);
      expect(plain).toMatch(/\bu\b|\buw\b/);
      expect(plain).not.toMatch(/oogst|spiegel|goedgekeurd|Wordt gewist|zodra/i);
      // The same figures as what is enforced: a sentence per moment that purges, the period only when the sweep purges
      // it too, what stays only when something stays, and no organisation's choice it could not say.
      expect(sentences.filter((s) => /^(We wissen|Of als)/.test(s))).toHaveLength(rule.events.length);
      expect(plain.includes('3 maanden')).toBe(rule.afterPeriod !== null);
      expect(plain.includes('blijven')).toBe(rule.keptIf !== null);
      expect(rule.organisationChooses).toBe(false);
    },
  );
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
