import { proposalMail } from '../proposal-mail';

describe('proposalMail', () => {
  it.each([
    {
      what: 'the Dutch explanation first, the link, the English one last',
      explanation: {
        nl: 'De Hoeve en De Lindehof bezochten elkaar nog niet.',
        en: 'De Hoeve and De Lindehof have not visited each other yet.',
      },
      link: 'https://kring.test/visitaties',
      body:
        'Kring stelt een visitatie voor in jullie lerend netwerk.\n\n' +
        'De Hoeve en De Lindehof bezochten elkaar nog niet.\n\n' +
        'Neem het voorstel aan of sla het af bij Visitaties: https://kring.test/visitaties\n\n' +
        '(English: De Hoeve and De Lindehof have not visited each other yet.)',
    },
    {
      what: 'an explanation over several lines is kept as written',
      explanation: { nl: 'Drie organisaties.\nOm de beurt gastheer.', en: 'Three organisations.\nEach hosts in turn.' },
      link: 'http://localhost:3000/visitaties',
      body:
        'Kring stelt een visitatie voor in jullie lerend netwerk.\n\n' +
        'Drie organisaties.\nOm de beurt gastheer.\n\n' +
        'Neem het voorstel aan of sla het af bij Visitaties: http://localhost:3000/visitaties\n\n' +
        '(English: Three organisations.\nEach hosts in turn.)',
    },
  ])('$what', ({ explanation, link, body }) => {
    expect(proposalMail(explanation, link)).toEqual({ subject: 'Voorstel voor een collegiale visitatie', body });
  });
});
