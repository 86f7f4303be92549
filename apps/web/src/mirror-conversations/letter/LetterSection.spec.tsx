import { renderToStaticMarkup } from 'react-dom/server';
import type { MirrorLetterPartsFragment } from '../../graphql/generated';
import { useQuery } from '../../graphql/hooks';
import '../../i18n';
import type { Conversation } from '../types';
import { LetterSection } from './LetterSection';

jest.mock('../../ui/content-guard/content-guard.css', () => ({}));
jest.mock('../../graphql/hooks', () => ({ useQuery: jest.fn(), useMutation: jest.fn(() => [jest.fn(), { loading: false }]) }));

const conversation = { id: 'c1', status: 'approved', viewerRole: 'moderator' } as unknown as Conversation;

/** The moderator's letter, written, to be sent to the participants of whom `emailRecipients` left an e-mail address. */
function letterFor(emailRecipients: number): string {
  const letter: MirrorLetterPartsFragment = {
    conversationId: 'c1',
    heard: 'Naasten voelen zich gerust als het om tien uur stil is in huis.',
    willDo: 'We hangen een bord met de foto van de nachtdienst in de gang.',
    lookBackOn: null,
    updatedAt: '2031-03-10T10:00:00Z',
    sentAt: null,
    emailRecipients,
    quotes: [],
  };
  jest
    .mocked(useQuery)
    .mockReturnValue({ data: { mirrorLetter: letter }, loading: false, refetch: () => {} } as unknown as ReturnType<typeof useQuery>);
  return renderToStaticMarkup(<LetterSection conversation={conversation} onChanged={() => {}} />);
}

describe('sending the letter back', () => {
  it('says where the letter goes when nobody left an e-mail address, not that "0 deelnemers" get it', () => {
    const html = letterFor(0);
    expect(html).toContain('Niemand krijgt de brief per e-mail: van niemand is een e-mailadres bekend.');
    expect(html).toContain('Wie meedoet, ziet hem op de eigen pagina; je kunt hem ook afdrukken (pdf).');
    expect(html).not.toMatch(/\b0 deelnemers/);
  });

  it('counts the e-mail addresses it goes to when there are some', () => {
    expect(letterFor(1)).toContain('1 deelnemer krijgt de brief per e-mail;');
    expect(letterFor(3)).toContain('3 deelnemers krijgen de brief per e-mail;');
  });
});
