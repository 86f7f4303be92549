import { classifyRuleChange, internalSystemsSignal, RuleQuarter } from './internal-systems';

describe('reading rule changes in new practices', () => {
  it.each([
    ['Voortaan vullen we na elke maaltijd een formulier in', 'adds_rule'],
    ['We registreren elke avond hoeveel iemand drinkt', 'adds_rule'],
    ['Nieuwe regel: bezoek na acht uur eerst melden', 'adds_rule'],
    ['Vaste tijden voor het douchen', 'adds_rule'],
    ['Bewoners mogen niet meer alleen de tuin in', 'adds_rule'],
    ['De regel over vaste bezoektijden opheffen', 'drops_rule'],
    ['We heffen de regel over de bedtijd op', 'drops_rule'],
    ['Stoppen met het afvinklijstje bij het douchen', 'drops_rule'],
    ['Het protocol voor de koffie laten we los', 'drops_rule'],
    ['Samen koken op zondag', 'neither'],
    ['Vraag eerst wat zij zelf wil', 'neither'],
  ])('%s', (text, expected) => {
    expect(classifyRuleChange(text)).toBe(expected);
  });
});

describe('the "new internal systems" signal', () => {
  const q = (quarter: RuleQuarter['quarter'], addsRule: number, dropsRule = 0, riskTaggedUnderPressure = 0): RuleQuarter => ({
    quarter,
    addsRule,
    dropsRule,
    riskTaggedUnderPressure,
  });

  it('is raised when more rules are added than dropped three quarters in a row', () => {
    const signal = internalSystemsSignal([q('2025-Q3', 0), q('2025-Q4', 1), q('2026-Q1', 2), q('2026-Q2', 3)]);
    expect(signal.rulesKeepGrowing).toBe(true);
    expect(signal.raised).toBe(true);
  });

  it('allows for the current quarter having only just begun', () => {
    expect(internalSystemsSignal([q('2025-Q3', 1), q('2025-Q4', 2), q('2026-Q1', 2), q('2026-Q2', 0)]).rulesKeepGrowing).toBe(true);
  });

  it('stays quiet when dropped rules keep up with new ones, or the run is broken', () => {
    expect(internalSystemsSignal([q('2025-Q4', 2, 2), q('2026-Q1', 2, 1), q('2026-Q2', 3, 0)]).raised).toBe(false);
    expect(internalSystemsSignal([q('2025-Q3', 1), q('2025-Q4', 0), q('2026-Q1', 1), q('2026-Q2', 1)]).raised).toBe(false);
  });

  it('is raised when the team itself tagged the risk as under pressure in two quarters', () => {
    const signal = internalSystemsSignal([q('2026-Q1', 0, 0, 1), q('2026-Q2', 0, 0, 2)]);
    expect(signal).toMatchObject({ riskTagged: true, rulesKeepGrowing: false, raised: true });
  });

  it('shows small counts as suppressed', () => {
    expect(internalSystemsSignal([q('2026-Q1', 3, 0), q('2026-Q2', 6, 0)]).quarters).toEqual([
      { quarter: '2026-Q1', addsRule: null, dropsRule: null },
      { quarter: '2026-Q2', addsRule: 6, dropsRule: null },
    ]);
  });
});
