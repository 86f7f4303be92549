import { renderToStaticMarkup } from 'react-dom/server';
import '../../i18n';
import type { LiveNotice } from './live-room-client';
import { LiveRoomContext, type LiveRoomContextValue } from './live-room-context';
import { Notices } from './Notices';

// The web's Jest reads no stylesheets; the escalation prompt brings one.
jest.mock('../../ui/content-guard/content-guard.css', () => ({}));

const REFUSED = 'De sessie is inmiddels in een andere fase; dit is niet verwerkt.';

/** The notices as a participant's phone shows them, or the moderator's one shared screen (`forRoom`). */
const render = (notice: Omit<LiveNotice, 'id' | 'message'>, forRoom = false) =>
  renderToStaticMarkup(
    // Notices reads only whether the screen writes for the room (the boxes' labels).
    <LiveRoomContext.Provider value={{ forRoom } as LiveRoomContextValue}>
      <Notices notices={[{ id: 1, message: REFUSED, ...notice }]} onDismiss={() => {}} onKeep={() => {}} onRemoved={() => {}} />
    </LiveRoomContext.Provider>,
  );

describe('a refused text in the live room', () => {
  it('names the box on the screen it went back into, as that box is labelled', () => {
    const html = render({ text: 'Was de deur op slot?', restored: { slot: 'contribution', onScreen: true } });
    expect(html).toContain('Wat je had geschreven, staat weer in het vak ‘Jouw bijdrage’:');
    expect(html).toContain('<blockquote class="prose">Was de deur op slot?</blockquote>');
    expect(render({ text: 'x', restored: { slot: 'contribution', onScreen: true } }, true)).toContain('‘Bijdrage namens de groep’');
  });

  it('says a text kept with a box that is not on the screen is not in any box here, and shows it', () => {
    const html = render({ text: 'Wie had dienst?', restored: { slot: 'question', onScreen: false } });
    expect(html).toContain('Dit had je geschreven. Het blijft op dit apparaat bewaard bij ‘Jouw vraag’, maar dat vak is er nu niet:');
    expect(html).not.toContain('staat weer in');
    expect(html).toContain('Wie had dienst?');
  });

  it('only shows a text that went into no draft (a changed entry, a group name)', () => {
    const html = render({ text: 'Zorgen over de nacht' });
    expect(html).toContain('Dit had je geschreven:');
    expect(html).not.toMatch(/staat weer in|bewaard bij/);
    expect(html).toContain('Zorgen over de nacht');
  });
});
