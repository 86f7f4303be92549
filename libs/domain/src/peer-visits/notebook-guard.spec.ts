import { findingId } from '../privacy/finding-id';
import { NO_GUARD_ANSWERS, refusedNotesOfBatch, SyncRefusal } from './notebook-guard';

/** A finding as the server reports it; `acknowledged`: whether the note's own answers covered it (IDENTIFYING_DETAILS). */
const finding = (field: string, kind: string, match: string, acknowledged?: boolean) => ({
  field,
  kind,
  start: 0,
  end: match.length,
  match,
  label: kind,
  pseudonym: false,
  id: findingId({ kind, match }),
  ...(acknowledged === undefined ? {} : { acknowledged }),
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
        // b's "Ik heb dit gecontroleerd" covered its colleague's name; a's note had no answer.
        findings: [finding('edits.0.body', 'name', 'Gerrit', false), finding('edits.1.body', 'name', 'Els', true)],
      }),
      batch,
    );
    expect([...refused.keys()]).toEqual(['a']);
  });

  it('holds back a note confirmed on the device when it holds a name only the server knows, with the ids to confirm', () => {
    const refused = refusedNotesOfBatch(
      refusal({
        code: 'IDENTIFYING_DETAILS',
        findings: [finding('edits.1.body', 'name', 'Els', true), finding('edits.1.body', 'name', 'Gerrit Wolters', false)],
      }),
      batch,
    );
    expect([...refused.keys()]).toEqual(['b']);
    expect(refused.get('b')!.findings.map((f) => f.id)).toEqual(['name|els', 'name|gerrit wolters']);
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
