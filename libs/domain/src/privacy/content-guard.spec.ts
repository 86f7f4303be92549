import {
  ContentGuardNames,
  ContentVerdict,
  escalationSignalsOf,
  findContentDetails,
  guardNameForms,
  judgeContent,
  nameWithoutHonorific,
  typedPersonNames,
} from './content-guard';

const today = { referenceDate: new Date('2026-12-03T12:00:00Z') };
const names: ContentGuardNames = { people: ['Els Jansen', 'Jan de Vries', 'Anja'], allowed: ['Roos'] };

describe('judgeContent', () => {
  const cases: { text: string; verdict: ContentVerdict['kind']; found?: string[]; why: string }[] = [
    { text: 'Mevrouw B. (pseudoniem Roos) wilde vanochtend niet douchen.', verdict: 'clean', why: 'pseudonymised text' },
    { text: 'Mevrouw wilde niet eten; meneer zat erbij.', verdict: 'clean', why: 'a honorific alone is no name' },
    { text: 'Mevrouw Roos wilde niet eten.', verdict: 'clean', why: 'the pseudonym after a honorific is how Kring asks people to write' },
    {
      text: 'Mevrouw Jansen wilde niet eten.',
      verdict: 'needs_acknowledgement',
      found: ['Mevrouw Jansen'],
      why: 'honorific + known surname',
    },
    {
      text: 'Gisteren sprak ik meneer van den Berg.',
      verdict: 'needs_acknowledgement',
      found: ['meneer van den Berg'],
      why: 'honorific + unknown surname with particles',
    },
    {
      text: 'mw. De Vries belde.',
      verdict: 'needs_acknowledgement',
      found: ['mw. De Vries'],
      why: 'abbreviated honorific + known surname',
    },
    { text: 'Ik vroeg het aan Anja.', verdict: 'needs_acknowledgement', found: ['Anja'], why: "the storyteller's own first name" },
    { text: 'Afspraak op 12-03-2026 en op 04-01-2027.', verdict: 'clean', why: 'dates this year or later are not birth dates' },
    { text: 'Zij is geboren op 12-03-1941.', verdict: 'needs_acknowledgement', found: ['12-03-1941'], why: 'date of birth' },
    { text: 'Woont op 1234 AB 12.', verdict: 'needs_acknowledgement', found: ['1234 AB 12'], why: 'postcode + house number' },
    { text: 'Bel 0612345678.', verdict: 'needs_acknowledgement', found: ['0612345678'], why: 'phone' },
    { text: 'Mail els@example.nl.', verdict: 'needs_acknowledgement', found: ['els@example.nl'], why: 'e-mail' },
    { text: 'Dossier 111222333.', verdict: 'refused', found: ['111222333'], why: 'a valid BSN is refused' },
    { text: 'Factuur 123456789.', verdict: 'clean', why: 'nine digits that fail the 11-check are no BSN' },
    {
      text: 'Mevrouw Jansen (BSN 111222333, geboren 12-03-1941) … 0612345678',
      verdict: 'refused',
      found: ['Mevrouw Jansen', '111222333', '12-03-1941', '0612345678'],
      why: 'the live-room example of issue #9: refused, every finding highlighted',
    },
  ];

  it.each(cases)('$why: "$text" is $verdict', ({ text, verdict, found }) => {
    const result = judgeContent([{ field: 'text', text, pseudonym: false }], names, today);
    expect(result.kind).toBe(verdict);
    expect(result.findings.map((f) => f.match)).toEqual(found ?? []);
    for (const f of result.findings) expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  it('judges several texts together and names the field of each finding, with its declaration of a pseudonym', () => {
    const result = judgeContent(
      [
        { field: 'input.title', text: 'Over Jan', pseudonym: true },
        { field: 'input.chapters.1.text', text: 'nummer 123 456 782', pseudonym: false },
        { field: 'input.empty', text: null, pseudonym: false },
      ],
      names,
      today,
    );
    expect(result.kind).toBe('refused');
    expect(result.findings.map((f) => [f.field, f.kind, f.pseudonym])).toEqual([
      ['input.title', 'name', true],
      ['input.chapters.1.text', 'bsn', false],
    ]);
  });

  it('reports only BSNs for a bsn_only field (a person may write their own name)', () => {
    expect(judgeContent([{ field: 'displayName', text: 'Els Jansen', mode: 'bsn_only', pseudonym: false }], names, today).kind).toBe(
      'clean',
    );
    expect(judgeContent([{ field: 'displayName', text: 'Els 111222333', mode: 'bsn_only', pseudonym: false }], names, today)).toMatchObject(
      {
        kind: 'refused',
        findings: [{ field: 'displayName', kind: 'bsn', match: '111222333' }],
      },
    );
  });
});

describe('judgeContent: escalation beside the findings', () => {
  const cases: { text: string; mode?: 'full' | 'bsn_only'; verdict: ContentVerdict['kind']; signals: string[]; why: string }[] = [
    {
      text: 'Mijn moeder is geslagen door een medewerker van de nachtdienst.',
      verdict: 'clean',
      signals: ['violence_or_abuse'],
      why: 'the allegation of issue #9',
    },
    {
      text: 'Mevrouw Jansen is gevallen en ik wil een klacht indienen.',
      verdict: 'needs_acknowledgement',
      signals: ['complaint', 'calamity'],
      why: 'a name and a complaint together',
    },
    {
      text: 'Dossier 111222333: er was een datalek.',
      verdict: 'refused',
      signals: ['data_breach'],
      why: 'a BSN stays refused; the signal still comes along',
    },
    { text: 'Het voelt hier als thuis.', verdict: 'clean', signals: [], why: 'ordinary text asks nothing' },
    {
      text: 'Klachtenfunctionaris: Els Jansen, 0612345678',
      mode: 'bsn_only',
      verdict: 'clean',
      signals: [],
      why: 'a bsn_only field names complaints on purpose',
    },
  ];

  it.each(cases)('$why', ({ text, mode, verdict, signals }) => {
    const result = judgeContent([{ field: 'body', text, mode, pseudonym: false }], names, today);
    expect(result.kind).toBe(verdict);
    expect(escalationSignalsOf(result)).toEqual(signals);
    expect(result.escalation).toEqual(signals.length ? [{ field: 'body', signals }] : []);
  });

  it('names the field of each flagged text and never the words that triggered it', () => {
    const result = judgeContent(
      [
        { field: 'freeText', text: 'Ze is mishandeld.', pseudonym: false },
        { field: 'themeAnswers.0.important', text: 'Rust en aandacht.', pseudonym: false },
        { field: 'themeAnswers.1.experienced', text: 'Er is een klacht over ingediend.', pseudonym: false },
      ],
      names,
      today,
    );
    expect(result.escalation).toEqual([
      { field: 'freeText', signals: ['violence_or_abuse'] },
      { field: 'themeAnswers.1.experienced', signals: ['complaint'] },
    ]);
    expect(JSON.stringify(result.escalation)).not.toMatch(/mishandeld|klacht/);
  });
});

describe('findContentDetails', () => {
  it('keeps a more specific finding over a honorific name', () => {
    expect(findContentDetails('mevrouw Jansen@example.nl', names, today).map((f) => f.kind)).toEqual(['email']);
  });
  it('widens a known full name to its honorific', () => {
    expect(findContentDetails('De heer Jan de Vries kwam', names, today).map((f) => f.match)).toEqual(['De heer Jan de Vries']);
  });
  it('judges with the names object it is given, also when the same object is passed again (compiled once per object)', () => {
    const first = { people: ['Jan de Vries'], allowed: ['Roos'] };
    expect(findContentDetails('Jan kwam met Roos', first, today).map((f) => f.match)).toEqual(['Jan']);
    expect(findContentDetails('de Vries kwam', first, today).map((f) => f.match)).toEqual(['de Vries']);
    // A changed list is a new object (the server replaces its cached list when the names version moves).
    const changed = { people: ['Piet Smit'], allowed: ['Roos'] };
    expect(findContentDetails('Jan kwam met Piet', changed, today).map((f) => f.match)).toEqual(['Piet']);
  });
});

describe('guardNameForms', () => {
  it('expands full names and leaves out allowed pseudonyms', () => {
    expect(guardNameForms({ people: ['Jan de Vries', 'Roos Bakker'], allowed: ['Roos'] })).toEqual([
      'Jan de Vries',
      'Jan',
      'de Vries',
      'Roos Bakker',
      'Bakker',
    ]);
  });
});

describe('nameWithoutHonorific', () => {
  it.each([
    ['meneer Klaas Bakker', 'Klaas Bakker'],
    ['Opa Klaas', 'Klaas'],
    ['mw.  Ans   de Wit', 'Ans de Wit'],
    ['De heer Bakker', 'Bakker'],
    ['Klaas Bakker', 'Klaas Bakker'],
    // "van" is no first name: the name stays as given.
    ['mevrouw van Dijk', 'mevrouw van Dijk'],
    ['Oma', 'Oma'],
  ])('%s is looked for as %s', (given, looked) => {
    expect(nameWithoutHonorific(given)).toBe(looked);
  });

  it('lets the guard find the first name alone, and not every "meneer"', () => {
    const names = { people: [nameWithoutHonorific('meneer Klaas Bakker')] };
    expect(findContentDetails('Klaas liep mee; meneer de dokter keek.', names).map((f) => f.match)).toEqual(['Klaas']);
  });
});

describe('typedPersonNames', () => {
  it.each([
    ['meneer Klaas Bakker', ['Klaas Bakker']],
    ['Anna de Vries', ['Anna de Vries']],
    ['   ', []],
    [null, []],
    [undefined, []],
  ] as const)('%j gives %j', (typed, names) => {
    expect(typedPersonNames(typed)).toEqual(names);
  });
});
