import { NO_GUARD_ANSWERS, refusedNotesOfBatch, SyncRefusal } from './notebook-guard';

const finding = (field: string, kind: string, match: string) => ({
  field,
  kind,
  start: 0,
  end: match.length,
  match,
  label: kind,
  pseudonym: false,
});
const batch = [
  { clientId: 'a', answers: NO_GUARD_ANSWERS },
  { clientId: 'b', answers: { acknowledged: true, keptFlagged: false } },
  { clientId: 'c', answers: NO_GUARD_ANSWERS },
];
const refusal = (r: Partial<SyncRefusal>): SyncRefusal => ({ code: 'X', message: 'Niet bewaard.', findings: [], escalation: null, ...r });

describe('a refusal at notebook sync names its notes', () => {
  it('holds back only the notes with a BSN, with their own findings', () => {
    const refused = refusedNotesOfBatch(
      refusal({
        code: 'BSN_REFUSED',
        findings: [finding('edits.2.body', 'bsn', '111222333'), finding('edits.0.body', 'name', 'Els')],
      }),
      batch,
    );
    expect([...refused.keys()]).toEqual(['c']);
    expect(refused.get('c')).toMatchObject({ code: 'BSN_REFUSED', findings: [{ field: 'body', kind: 'bsn', match: '111222333' }] });
  });

  it('holds back a note with findings only when its author did not confirm them', () => {
    const refused = refusedNotesOfBatch(
      refusal({
        code: 'IDENTIFYING_DETAILS',
        findings: [finding('edits.0.body', 'name', 'Gerrit'), finding('edits.1.body', 'name', 'Els')],
      }),
      batch,
    );
    expect([...refused.keys()]).toEqual(['a']);
  });

  it('holds back the notes an escalation prompt names, with the organisation’s procedure', () => {
    const escalation = {
      promptId: 'p',
      signals: ['violence_or_abuse' as const],
      fields: ['edits.1.body'],
      signalsText: 'geweld',
      procedure: {
        officerName: 'Karin Smit',
        officerContact: 'klachten@lindehof.nl',
        incidentRoute: '',
        organisationName: 'De Lindehof',
        text: '…',
      },
    };
    const refused = refusedNotesOfBatch(refusal({ code: 'ESCALATION_PROMPT', escalation }), batch);
    expect([...refused.keys()]).toEqual(['b']);
    expect(refused.get('b')!.escalation).toMatchObject({ promptId: 'p', fields: ['body'], procedure: { officerName: 'Karin Smit' } });
  });

  it('names no note for a refusal that is not the guard’s', () => {
    expect(refusedNotesOfBatch(refusal({ code: 'BAD_USER_INPUT', findings: [finding('edits.0.body', 'bsn', '1')] }), batch).size).toBe(0);
  });
});
