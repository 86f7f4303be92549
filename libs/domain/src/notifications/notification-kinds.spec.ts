import { NOTIFICATION_KINDS, NOTIFICATION_MAIL_SUBJECTS, notificationText } from './notification-kinds';

describe('notificationText', () => {
  it('says when, in Dutch time, with the labels that are known', () => {
    const text = notificationText(
      'session_invited',
      { when: '2026-03-02T18:30:00Z', method: { nl: 'Incidentmethode', en: 'Incident method' }, team: 'Team wonen' },
      'nl',
    );
    expect(text).toBe('Je bent uitgenodigd voor een reflectiesessie (Incidentmethode, Team wonen) op maandag 2 maart 2026 om 19:30.');
    expect(notificationText('session_soon', { when: '2026-07-02T18:30:00Z' }, 'en')).toBe(
      'Coming up: reflection session on Thursday, 2 July 2026 at 20:30.',
    );
  });

  it('writes days without a time, and tells host and visitor apart', () => {
    expect(notificationText('visit_soon', { when: '2026-04-10', organisation: 'De Lindehof', visitRole: 'host' }, 'nl')).toBe(
      'Binnenkort: De Lindehof komt op collegiale visitatie, op vrijdag 10 april 2026.',
    );
    expect(notificationText('visit_soon', { when: '2026-04-10', organisation: 'De Lindehof', visitRole: 'visitor' }, 'en')).toBe(
      'Coming up: your peer-review visit to De Lindehof, on Friday, 10 April 2026.',
    );
    expect(notificationText('look_back_due', { when: '2026-04-10', team: 'Team wonen' }, 'nl')).toBe(
      'Tijd om terug te kijken: hoe ging de nieuwe praktijk (Team wonen)? Terugkijkdatum vrijdag 10 april 2026.',
    );
  });

  it('names no proposer of a visit from the network’s matching, and tells host and visitor apart', () => {
    const matched = { when: '2026-04-10', organisation: 'De Lindehof', matched: true } as const;
    expect(notificationText('visit_arranged', { ...matched, visitRole: 'host' }, 'nl')).toBe(
      'Alle organisaties namen het voorstel van het lerend netwerk aan (vrijdag 10 april 2026). Jullie krijgen bezoek van De Lindehof. Lees de afspraken en stem in, of pas ze samen aan.',
    );
    expect(notificationText('visit_arranged', { ...matched, visitRole: 'visitor' }, 'en')).toBe(
      "Every organisation accepted the learning network's proposal (Friday, 10 April 2026). You visit De Lindehof. Read the arrangements and agree, or change them together.",
    );
  });

  it('tells participants an approved report is there, with labels and the session date only', () => {
    expect(
      notificationText(
        'session_report_approved',
        { when: '2026-03-02T18:30:00Z', method: { nl: 'Incidentmethode', en: 'Incident method' }, team: 'Team wonen' },
        'nl',
      ),
    ).toBe(
      'Het verslag van de reflectiesessie (Incidentmethode, Team wonen) van maandag 2 maart 2026 om 19:30 is goedgekeurd. Lees de oogst en de nieuwe praktijken.',
    );
    expect(notificationText('mirror_harvest_approved', { when: '2026-03-02T18:30:00Z', team: 'Team wonen' }, 'en')).toBe(
      'The harvest of the mirror conversation with relatives (Team wonen) of Monday, 2 March 2026 at 19:30 has been approved. Read what relatives shared.',
    );
  });

  it('has a text and an e-mail subject in both languages for every kind', () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const language of ['nl', 'en'] as const) {
        expect(notificationText(kind, { when: '2026-01-05' }, language)).toMatch(/2026/);
        expect(NOTIFICATION_MAIL_SUBJECTS[kind][language]).not.toBe('');
      }
    }
  });
});
