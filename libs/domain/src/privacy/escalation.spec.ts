import { detectEscalationSignals, escalationProcedureText } from './escalation';

describe('detectEscalationSignals', () => {
  it('recognises a complaint, a calamity, abuse and a data breach', () => {
    expect(detectEscalationSignals('Ik wil hier een klacht over indienen.')).toEqual(['complaint']);
    expect(detectEscalationSignals('Vorige week is mijn moeder gevallen en niemand belde.')).toEqual(['calamity']);
    expect(detectEscalationSignals('Hij kreeg de verkeerde medicijnen.')).toEqual(['calamity']);
    expect(detectEscalationSignals('Ze is door een begeleider geslagen.')).toEqual(['violence_or_abuse']);
    expect(detectEscalationSignals('Er was een datalek: het dossier werd naar de verkeerde familie gemaild.')).toEqual(['data_breach']);
  });

  it('ignores case, accents and line breaks', () => {
    expect(detectEscalationSignals('GEÏNTIMIDEERD door\nde nachtdienst')).toEqual(['violence_or_abuse']);
    expect(detectEscalationSignals('Dat is\n  ONACCEPTABEL')).toEqual(['complaint']);
  });

  it('reports several kinds at once, in catalogue order', () => {
    expect(detectEscalationSignals('Hij is mishandeld en daar komt een klacht over.')).toEqual(['complaint', 'violence_or_abuse']);
  });

  it('stays quiet on ordinary words that merely look alike', () => {
    expect(detectEscalationSignals('In veel gevallen gaat het goed; het is me opgevallen hoe rustig het is.')).toEqual([]);
    expect(detectEscalationSignals('Het is in sommige gevallen lastig.')).toEqual([]);
    expect(detectEscalationSignals('Mijn vader voelt zich hier echt thuis, ze kennen zijn levensverhaal.')).toEqual([]);
    expect(detectEscalationSignals('We slaan de koffie vandaag over.')).toEqual([]);
  });

  it('knows its limits: a paraphrase without a listed word is not recognised', () => {
    expect(detectEscalationSignals('Ze kwam met blauwe plekken thuis.')).toEqual([]);
  });
});

describe('escalationProcedureText', () => {
  const procedure = {
    officerName: 'Karin Smit',
    officerContact: 'klachten@lindehof.nl',
    incidentRoute: 'meld het bij de teamleider en vul het MIC-formulier in',
  };

  it('points a relative to the complaints officer by name and contact, as "u"', () => {
    const text = escalationProcedureText(procedure, 'guest', 'De Lindehof');
    expect(text.nl).toContain('bij de klachtenfunctionaris van De Lindehof, Karin Smit (klachten@lindehof.nl)');
    expect(text.nl).toMatch(/\bu\b/);
    expect(text.en).toContain('Karin Smit (klachten@lindehof.nl)');
  });

  it('gives staff the incident route besides the complaints officer', () => {
    expect(escalationProcedureText(procedure, 'staff', 'De Lindehof').nl).toBe(
      'Volg de procedure van De Lindehof: meld het bij de teamleider en vul het MIC-formulier in. Klachten: de klachtenfunctionaris van De Lindehof, Karin Smit (klachten@lindehof.nl).',
    );
  });

  it('says honestly where to go when the organisation has not set a procedure yet', () => {
    const none = { officerName: '', officerContact: '', incidentRoute: '' };
    expect(escalationProcedureText(none, 'guest', 'De Lindehof').nl).toContain('bij de leiding van De Lindehof');
    expect(escalationProcedureText(none, 'staff', 'De Lindehof').nl).toContain('meld het bij je leidinggevende');
  });
});
