import { describeFindings, findingsByBox, findingsFor } from './field-findings';

const finding = (field: string, kind: string, start: number, match: string, label: string) => ({
  field,
  kind,
  start,
  end: start + match.length,
  match,
  label,
});

describe('what the guard found, beside the box it was found in', () => {
  const bsn = finding('place', 'bsn', 20, '111222333', 'BSN');
  const name = finding('place', 'name', 4, 'Ingrid', 'Naam');
  const phone = finding('question', 'phone', 0, '06-12345678', 'Telefoonnummer');

  it('groups the server’s findings by the box they were found in, with the text that was sent', () => {
    const sent = { place: 'Bij Ingrid thuis, BSN 111222333', question: '06-12345678 bellen?' };
    expect(findingsByBox([bsn, phone, name], sent)).toEqual({
      place: { findings: [bsn, name], text: sent.place },
      question: { findings: [phone], text: sent.question },
    });
  });

  it('says them in the order of the text, each once, a BSN named as such', () => {
    expect(describeFindings([bsn, name, name])).toEqual({ found: 'Ingrid (naam), 111222333 (BSN)', bsn: true });
    expect(describeFindings([phone])).toEqual({ found: '06-12345678 (telefoonnummer)', bsn: false });
  });

  it('holds only while the box still has the text they were found in', () => {
    const box = { findings: [bsn], text: 'Bij Ingrid thuis, BSN 111222333' };
    expect(findingsFor(box, 'Bij Ingrid thuis, BSN 111222333 ')).toEqual([bsn]);
    expect(findingsFor(box, 'Bij Ingrid thuis')).toEqual([]);
    expect(findingsFor({ findings: [bsn] }, 'anything')).toEqual([bsn]);
    expect(findingsFor(undefined, 'x')).toEqual([]);
  });
});
