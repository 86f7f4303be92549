import { findingsKey, segments, type Finding } from './highlight';

const name = (start: number, match: string): Finding => ({ kind: 'name', start, end: start + match.length, match, label: 'Naam' });

describe('segments', () => {
  it('splits a text into plain and found parts, in order', () => {
    const text = 'Sanne belde 06-12345678.';
    const phone: Finding = { kind: 'phone', start: 12, end: 23, match: '06-12345678', label: 'Telefoonnummer' };
    expect(segments(text, [phone, name(0, 'Sanne')])).toEqual([
      { text: 'Sanne', finding: name(0, 'Sanne') },
      { text: ' belde ' },
      { text: '06-12345678', finding: phone },
      { text: '.' },
    ]);
  });

  it('gives the whole text as one plain part without findings', () => {
    expect(segments('Niets aan de hand.', [])).toEqual([{ text: 'Niets aan de hand.' }]);
    expect(segments('', [])).toEqual([]);
  });

  it('leaves out findings that no longer fit the text or overlap', () => {
    expect(segments('Bram kwam', [name(0, 'Sanne')])).toEqual([{ text: 'Bram kwam' }]);
    expect(segments('Jan de Vries', [name(0, 'Jan de Vries'), name(0, 'Jan')])).toEqual([
      { text: 'Jan de Vries', finding: name(0, 'Jan de Vries') },
    ]);
  });
});

describe('findingsKey', () => {
  it('changes when the findings change, not with the order of fields', () => {
    const a = { body: [name(0, 'Sanne')], title: [] };
    expect(findingsKey(a)).toBe(findingsKey({ title: [], body: [name(0, 'Sanne')] }));
    expect(findingsKey(a)).not.toBe(findingsKey({ body: [name(0, 'Sanne'), name(10, 'Bram')] }));
    expect(findingsKey({})).toBe('');
  });
});
