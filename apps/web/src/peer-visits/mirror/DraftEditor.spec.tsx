import { renderToStaticMarkup } from 'react-dom/server';
import { GraphqlError } from '../../graphql/client';
import { UpdateReportDraftDocument } from '../../graphql/documents/peer-visits';
import { useMutation } from '../../graphql/hooks';
import '../../i18n';
import { DraftEditor } from './DraftEditor';
import type { Report } from './MirrorReportPage';

jest.mock('../../ui/content-guard/content-guard.css', () => ({}));
jest.mock('../../graphql/hooks', () => ({ useMutation: jest.fn() }));

const report = (summary: string): Report => ({
  visitId: 'v1',
  anonymised: false,
  hostKind: null,
  hostResidentTerm: 'deelnemer',
  visitDate: '2027-01-10',
  period: null,
  format: 'day',
  focusQuestion: 'Voelen deelnemers zich hier thuis?',
  purpose: '',
  summary,
  hostReflection: '',
  status: 'draft',
  visibility: 'involved',
  viewerIsHost: false,
  viewerCanDraft: true,
  handedToHostAt: null,
  closedAt: null,
  host: { id: 'o1', name: 'De Hoeve' },
  visitor: { id: 'o2', name: 'De Lindehof' },
  team: null,
  hostTeams: [],
  lens: { version: 2, purpose: '', valueIds: [], mirrorThemeIds: [], questions: [] },
  notes: [],
  responses: [],
  practices: [],
  returnVisit: null,
});

/** The draft as the visitors see it after the server refused saving it with `error`. */
function refused(summary: string, error: GraphqlError): string {
  jest
    .mocked(useMutation)
    .mockImplementation(((document: unknown) => [
      jest.fn(),
      { loading: false, error: document === UpdateReportDraftDocument ? error : undefined },
    ]) as typeof useMutation);
  return renderToStaticMarkup(<DraftEditor report={report(summary)} onChanged={() => {}} />);
}

describe("the visitors' draft of the mirror report", () => {
  it('says a summary over the limit is too long once, beside the box in its own words, not again on top as "Samenvatting"', () => {
    const summary = 'Wij zagen een boerderij waar iedereen meedoet. '.repeat(430);
    const tooLong = new GraphqlError('Controleer de invoer: Samenvatting mag hoogstens 20.000 tekens lang zijn', 'BAD_USER_INPUT', {
      summary: 'Samenvatting mag hoogstens 20.000 tekens lang zijn',
    });
    const html = refused(summary, tooLong);
    expect(html).toContain(`Dit zijn 20.210 tekens; er passen er 20.000.`);
    expect(html).not.toContain('Controleer de invoer');
    expect(html).not.toContain('Samenvatting mag');
    // The text stays to shorten.
    expect(html).toContain(summary.slice(0, 200));
  });

  it('puts any other refusal of the summary beside the box it is about', () => {
    const html = refused(
      'Kort',
      new GraphqlError('Controleer de invoer: Samenvatting is ongeldig', 'BAD_USER_INPUT', { summary: 'Samenvatting is ongeldig' }),
    );
    expect(html).toMatch(/class="field__error" role="alert">Samenvatting is ongeldig</);
    expect(html).not.toContain('Controleer de invoer');
  });
});
