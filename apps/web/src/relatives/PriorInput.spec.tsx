import { retentionSentenceForRelatives } from '@kring/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import type { RelativeInvitationPartsFragment } from '../graphql/generated';
import '../i18n';
import { InputBeforehand } from './PriorInput';
import { draftFrom } from './relative-draft';

/** An invitation as the server answers it; only what the input part reads matters here. */
const invitation = (parts: Partial<RelativeInvitationPartsFragment>) =>
  ({
    status: 'planned',
    consents: [],
    respondedAt: null,
    relation: null,
    legalRepresentative: null,
    kind: 'relative',
    freeText: '',
    askedThemeIds: ['being_at_home'],
    themeAnswers: [],
    ...parts,
  }) as unknown as RelativeInvitationPartsFragment;

const render = (given: RelativeInvitationPartsFragment, consents = given.consents) =>
  renderToStaticMarkup(
    <InputBeforehand invitation={given} draft={{ ...draftFrom(given), consents: [...consents] }} onChange={() => {}} easy={false} />,
  );

const boxes = (html: string) => html.match(/<textarea/g)?.length ?? 0;

describe("the relative's input beforehand", () => {
  it('before any choice, says how to get the boxes, not that they do not take part', () => {
    const html = render(invitation({}));
    expect(html).toContain('Wilt u vooraf al iets vertellen?');
    expect(html).toContain('Zet dan een vinkje bij &quot;Ik doe mee&quot;. Daarna ziet u hier de vakken om iets te schrijven.');
    expect(html).not.toContain('U doet niet mee');
    expect(boxes(html)).toBe(0);
  });

  it('says "U doet niet mee" only after they saved a no', () => {
    const html = render(invitation({ respondedAt: '2031-03-01T10:00:00Z' }));
    expect(html).toContain('U doet niet mee. Daarom bewaren we geen antwoorden van u.');
    expect(html).not.toContain('Zet dan een vinkje');
  });

  it('shows the boxes as soon as "Ik doe mee" is ticked, before saving', () => {
    const html = render(invitation({}), ['take_part']);
    expect(boxes(html)).toBe(3);
    expect(html).not.toContain('readonly');
  });

  it('says beside the boxes how long Kring keeps them in plain words from the retention rule, not in the privacy page’s', () => {
    const html = render(invitation({}), ['take_part']);
    for (const kind of ['mirror_relative_input', 'mirror_theme_answers'] as const)
      expect(html).toContain(retentionSentenceForRelatives(kind, 'nl'));
    expect(html).toContain('0 van 4000 tekens. We wissen wat u hier schrijft als de samenvatting van het gesprek klaar is.');
    expect(html).not.toContain('Wordt gewist');
  });

  it.each(['live', 'ended', 'approved'] as const)(
    'once the conversation is %s, asks nothing and shows no boxes; what they wrote stays in view as text',
    (status) => {
      const gave = render(
        invitation({
          status,
          consents: ['take_part'],
          respondedAt: '2031-03-01T10:00:00Z',
          freeText: 'Fijn dat jullie het vragen.',
          themeAnswers: [{ themeId: 'being_at_home', important: 'Eigen ritme', experienced: '' }],
        }),
      );
      expect(boxes(gave)).toBe(0);
      for (const asked of ['Wilt u vooraf al iets vertellen?', 'Dat mag, maar het hoeft niet.', 'tekens', 'Wordt gewist', 'We wissen'])
        expect(gave).not.toContain(asked);
      expect(gave).toContain('Wat u vooraf schreef');
      expect(gave).toContain('Dit kunt u niet meer veranderen.');
      expect(gave).toContain('Fijn dat jullie het vragen.');
      expect(gave).toContain('Eigen ritme');
      expect(gave).not.toContain('Wat ervaar ik?');

      // The free text is wiped once the harvest is approved, and someone may have written nothing: then nothing is said.
      expect(render(invitation({ status, consents: ['take_part'], respondedAt: '2031-03-01T10:00:00Z' }))).toBe('');
    },
  );
});
