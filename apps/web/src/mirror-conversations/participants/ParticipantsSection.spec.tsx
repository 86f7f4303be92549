import { renderToStaticMarkup } from 'react-dom/server';
import '../../i18n';
import type { Conversation } from '../types';
import { ParticipantsSection } from './ParticipantsSection';

// The web's Jest reads no stylesheets; the form's content-guard panel brings one.
jest.mock('../../ui/content-guard/content-guard.css', () => ({}));

const conversation = {
  id: 'c1',
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
});
