import { renderToStaticMarkup } from 'react-dom/server';
import { useViewer, type Viewer } from '../../app/auth';
import '../../i18n';
import type { Conversation } from '../types';
import { ParticipantsSection } from './ParticipantsSection';

// The web's Jest reads no stylesheets; the form's content-guard panel brings one.
jest.mock('../../ui/content-guard/content-guard.css', () => ({}));
// The viewer's organisations carry their word for the people they care for; auth.tsx and the visit menu import each other.
jest.mock('../../peer-visits/nav', () => ({ forgetNotebooksOnThisDevice: jest.fn() }));
jest.mock('../../app/auth', () => ({ ...jest.requireActual<object>('../../app/auth'), useViewer: jest.fn() }));

/** The moderator, a member of the conversation's organisation, which calls its people by `residentTerm`. */
function moderatorOf(residentTerm: string): void {
  const viewer: Viewer = {
    person: { id: 'p1', displayName: 'Sanne', email: 'sanne@example.org', preferredLanguage: 'nl' },
    memberships: [
      { id: 'm1', role: 'moderator', organisation: { id: 'o1', name: 'De Boomgaard', residentTerm }, network: null, team: null },
    ],
  };
  jest.mocked(useViewer).mockReturnValue(viewer);
}

beforeEach(() => moderatorOf('bewoner'));

const conversation = {
  id: 'c1',
  organisationId: 'o1',
  status: 'planned',
  theme: 'Thuis',
  scheduledAt: '2031-03-02T10:00:00Z',
  participants: [],
} as unknown as Conversation;

describe('inviting someone to a mirror conversation', () => {
  it('leaves the number of days empty, as its "(optioneel)" and its hint say: left empty, the link works the default days', () => {
    const html = renderToStaticMarkup(<ParticipantsSection conversation={conversation} onChanged={() => {}} />);
    const field = /<label[^>]*>Aantal dagen dat de link werkt.*?<input([^>]*)>/s.exec(html);
    expect(field?.[0]).toContain('(optioneel)');
    expect(html).toContain('Leeg gelaten werkt de link 60 dagen.');
    expect(field?.[1]).toContain('value=""');
  });

  it('invites the people the organisation cares for under its own word', () => {
    moderatorOf('deelnemer');
    const html = renderToStaticMarkup(<ParticipantsSection conversation={conversation} onChanged={() => {}} />);
    expect(html).toContain('Deelnemers krijgen eerst de pagina in makkelijk lezen.');
    expect(html).toContain('<option value="resident">Deelnemer</option>');
    expect(html).not.toMatch(/bewoner/i);
  });

  it('lists someone who is one of the people the organisation cares for by its word, not as someone who lives there', () => {
    moderatorOf('deelnemer');
    const participant = {
      id: 'mp1',
      displayName: 'Mevrouw Hendriks',
      email: null,
      kind: 'relative',
      language: 'nl',
      pseudonym: 'Naaste A',
      linkStatus: 'open',
      expiresAt: '2031-04-02T10:00:00Z',
      linkSentAt: null,
      relation: 'resident',
      legalRepresentative: null,
      consents: ['take_part'],
      respondedAt: '2031-02-20T10:00:00Z',
      consentChannel: 'link',
      consentGivenAt: '2031-02-20T10:00:00Z',
    };
    const html = renderToStaticMarkup(
      <ParticipantsSection conversation={{ ...conversation, participants: [participant] } as Conversation} onChanged={() => {}} />,
    );
    expect(html).toContain('Mevrouw Hendriks<span class="muted"> · Ik ben hier zelf deelnemer</span>');
    expect(html).not.toMatch(/bewoner|woon hier/i);
  });

  it('says "bewoner" for an organisation with the default word', () => {
    const html = renderToStaticMarkup(<ParticipantsSection conversation={conversation} onChanged={() => {}} />);
    expect(html).toContain('Bewoners krijgen eerst de pagina in makkelijk lezen.');
    expect(html).toContain('<option value="resident">Bewoner</option>');
  });
});
