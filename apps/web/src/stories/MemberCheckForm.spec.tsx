import type { StoryAudience, StoryCheckStatus } from '@kring/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import '../i18n';
import { withIncludedAudiences } from '@kring/domain';
import { afterToggle, ownAudiences } from './AudienceChoices';
import { decisionToSend } from './member-check';
import { MemberCheckForm } from './MemberCheckForm';

// The web's Jest reads no stylesheets; the form's content-guard panel brings one.
jest.mock('../ui/content-guard/content-guard.css', () => ({}));

interface Stored {
  revision?: number;
  approvedRevision?: number | null;
  checkStatus?: StoryCheckStatus;
  audiences?: StoryAudience[];
}

const render = ({ revision = 2, approvedRevision = null, checkStatus = 'with_storyteller', audiences = [] }: Stored = {}) =>
  renderToStaticMarkup(
    <MemberCheckForm
      revision={revision}
      approvedRevision={approvedRevision}
      checkStatus={checkStatus}
      canDecide={checkStatus !== 'draft'}
      audiences={audiences}
      onAnswer={async () => true}
      busy={false}
    />,
  );

/** The inputs of a group as [value, checked, disabled]. */
const inputs = (html: string, name: string) =>
  [...html.matchAll(/<input ([^>]*)\/?>/g)]
    .map(([, attributes]) => attributes)
    .filter((attributes) => attributes.includes(`name="${name}"`))
    .map((attributes) => [/value="(\w*)"/.exec(attributes)?.[1], attributes.includes('checked'), attributes.includes('disabled')]);

describe("the storyteller's answer", () => {
  it('names the remark optional once, not "(niet verplicht) (optioneel)"', () => {
    const html = render();
    expect(html).toMatch(/>Opmerking<span class="field__optional"> \(optioneel\)<\/span>/);
    expect(html).not.toContain('niet verplicht');
  });

  it('before any decision offers "only a remark" as well, and says nothing is decided', () => {
    const html = render();
    expect(inputs(html, 'decision')).toEqual([
      ['approve', false, false],
      ['request_changes', false, false],
      ['', true, false],
    ]);
    expect(html).not.toMatch(/Je hebt (deze versie|gevraagd)|Je keurde/);
  });

  it('after approving says so, with the version, and the choice shows what is stored (the check is done: no remark box)', () => {
    const html = render({ approvedRevision: 2, checkStatus: 'approved', audiences: ['team'] });
    expect(html).toContain('Je hebt deze versie (versie 2) goedgekeurd.');
    expect(inputs(html, 'decision')).toEqual([
      ['approve', true, false],
      ['request_changes', false, false],
    ]);
    expect(html).not.toContain('Opmerking<');
    expect(inputs(html, 'audiences')).toEqual([
      ['team', true, false],
      ['organisation', false, false],
      ['network', false, false],
      ['public', false, false],
    ]);
  });

  it('after a new version says which one they approved, and that this one is to read again', () => {
    const html = render({ revision: 3, approvedRevision: 2, checkStatus: 'draft' });
    expect(html).toContain('Je keurde versie 2 goed. Daarna is het verhaal aangepast: dit is versie 3. Lees het opnieuw na.');
  });

  it('after asking for changes says so, and keeps that choice', () => {
    const html = render({ checkStatus: 'changes_requested' });
    expect(html).toContain('Je hebt gevraagd om het verhaal aan te passen.');
    expect(inputs(html, 'decision')).toEqual([
      ['approve', false, false],
      ['request_changes', true, false],
    ]);
  });

  it('sends a decision only when it changes what is stored: saving readers again does not approve anew', () => {
    expect(decisionToSend('approve', 'approve')).toBeNull();
    expect(decisionToSend('approve', '')).toBe('approve');
    expect(decisionToSend('request_changes', 'approve')).toBe('request_changes');
    expect(decisionToSend('', '')).toBeNull();
  });

  it('shows "Iedereen" as including every other audience: with it ticked, the others are ticked and locked', () => {
    const html = render({ approvedRevision: 2, checkStatus: 'approved', audiences: ['team', 'organisation', 'network', 'public'] });
    expect(inputs(html, 'audiences')).toEqual([
      ['team', true, true],
      ['organisation', true, true],
      ['network', true, true],
      ['public', true, false],
    ]);
    expect(html).toContain('Kies je Iedereen, dan mogen ook het team, de organisatie en het netwerk het lezen.');
  });

  it('locks the team under the organisation, and nothing under the network, which reads it anonymised outside it', () => {
    expect(inputs(render({ audiences: ['team', 'organisation'] }), 'audiences')).toEqual([
      ['team', true, true],
      ['organisation', true, false],
      ['network', false, false],
      ['public', false, false],
    ]);
    expect(inputs(render({ audiences: ['network'] }), 'audiences')).toEqual([
      ['team', false, false],
      ['organisation', false, false],
      ['network', true, false],
      ['public', false, false],
    ]);
    expect(withIncludedAudiences(['public'])).toEqual(['team', 'organisation', 'network', 'public']);
    expect(withIncludedAudiences(['network', 'organisation'])).toEqual(['team', 'organisation', 'network']);
  });

  it('after consent is withdrawn shows no audience chosen, and says the story is shared with nobody', () => {
    const html = render({ approvedRevision: 2, checkStatus: 'approved', audiences: [] });
    expect(inputs(html, 'audiences')).toEqual([
      ['team', false, false],
      ['organisation', false, false],
      ['network', false, false],
      ['public', false, false],
    ]);
    expect(html).toContain(
      'Het verhaal wordt nu met niemand gedeeld: je hebt (nog) niemand toestemming gegeven, of je toestemming ingetrokken.',
    );
    // Before approval nobody reads it anyway: nothing to say there.
    expect(render({ audiences: [] })).not.toContain('met niemand gedeeld');
  });

  it('takes away with a wider audience what it ticked: withdrawing "Iedereen" leaves no team ticked and locked', () => {
    // Stored with what it includes; the storyteller's own choice was "Iedereen".
    const chosen = ownAudiences(['team', 'organisation', 'network', 'public']);
    expect(chosen).toEqual(['public']);
    // "Iedereen" unticked: the boxes still ticked are those it had ticked and locked.
    expect(afterToggle(chosen, ['team', 'organisation', 'network'])).toEqual([]);
    expect(afterToggle(['organisation'], ['team'])).toEqual([]);
    // An audience chosen on its own stays when a wider one goes.
    expect(afterToggle(['network', 'organisation'], ['team', 'network'])).toEqual(['network']);
    expect(afterToggle(['team'], ['team', 'organisation'])).toEqual(['team', 'organisation']);
  });
});
