import { Role } from '@kring/domain';
import { invitationMail } from '../invitation-mail';

const facts = {
  to: 'sanne@hoeve.test',
  organisationId: 'org-hoeve',
  organisationName: 'Zorgboerderij De Hoeve',
  teamName: null,
  role: 'care_worker' as Role,
  link: 'https://kring.test/uitnodiging/abc123',
  validDays: 14,
};

describe('invitationMail', () => {
  it('the whole mail for an organisation without a team, to its outbox', () => {
    expect(invitationMail(facts)).toEqual({
      to: 'sanne@hoeve.test',
      organisationId: 'org-hoeve',
      subject: 'Uitnodiging voor Kring: Zorgboerderij De Hoeve',
      body:
        'Je bent uitgenodigd om mee te doen in Kring bij Zorgboerderij De Hoeve, als begeleider.\n\n' +
        'Kring is de plek waar jullie samen reflecteren op de zorg: casusbesprekingen, spiegelgesprekken en collegiale visitatie.\n\n' +
        'Doe mee via deze link (14 dagen geldig, één keer te gebruiken):\nhttps://kring.test/uitnodiging/abc123\n\n' +
        '(English: you have been invited to join Zorgboerderij De Hoeve in Kring; open the link above.)',
    });
  });

  it.each([
    {
      what: 'a team is named in both languages, the subject names only the organisation',
      fields: { teamName: 'De Stal' },
      subject: 'Uitnodiging voor Kring: Zorgboerderij De Hoeve',
      lines: ['Kring bij Zorgboerderij De Hoeve (team De Stal), als begeleider.', 'join Zorgboerderij De Hoeve (team De Stal) in Kring'],
    },
    { what: 'an empty team name is no team', fields: { teamName: '' }, lines: ['Kring bij Zorgboerderij De Hoeve, als begeleider.'] },
    { what: 'the role in lower case: moderator', fields: { role: 'moderator' }, lines: ['als gespreksleider.'] },
    { what: 'the role in lower case: care entrepreneur', fields: { role: 'entrepreneur' }, lines: ['als zorgondernemer.'] },
    { what: 'the role in lower case: administrator', fields: { role: 'administrator' }, lines: ['als beheerder.'] },
    { what: 'the validity in days', fields: { validDays: 7 }, lines: ['(7 dagen geldig, één keer te gebruiken)'] },
  ] as { what: string; fields: Partial<typeof facts>; subject?: string; lines: string[] }[])('$what', ({ fields, subject, lines }) => {
    const mail = invitationMail({ ...facts, ...fields });
    for (const line of lines) expect(mail.body).toContain(line);
    if (subject) expect(mail.subject).toBe(subject);
  });
});
