import { allowedVisibilities, consentAllowsVisibility, consentGiverLabels, visibilityAfterWithdrawal } from './consent';
import { CASE_VISIBILITIES, CASE_VISIBILITY_INFO, isWiderVisibility } from './visibility';

describe('visibility levels', () => {
  it('are ordered from narrow to wide', () => {
    expect(isWiderVisibility('team', 'session')).toBe(true);
    expect(isWiderVisibility('session', 'organisation')).toBe(false);
    expect(isWiderVisibility('team', 'team')).toBe(false);
  });

  it('are explained in Dutch and English', () => {
    for (const visibility of CASE_VISIBILITIES) {
      expect(CASE_VISIBILITY_INFO[visibility].explanation.nl).not.toBe('');
      expect(CASE_VISIBILITY_INFO[visibility].explanation.en).not.toBe('');
    }
  });
});

describe('consent for visibility', () => {
  it('needs none for private and session', () => {
    expect(consentAllowsVisibility('private', [])).toBe(true);
    expect(consentAllowsVisibility('session', [])).toBe(true);
  });

  it('needs consent to discuss in the team for team, which sharing in the organisation also covers', () => {
    expect(consentAllowsVisibility('team', [])).toBe(false);
    expect(consentAllowsVisibility('team', ['discuss_in_team'])).toBe(true);
    expect(consentAllowsVisibility('team', ['share_in_organisation'])).toBe(true);
  });

  it('needs consent to share in the organisation for organisation; network consent does not cover it', () => {
    expect(consentAllowsVisibility('organisation', ['discuss_in_team'])).toBe(false);
    expect(consentAllowsVisibility('organisation', ['share_in_network'])).toBe(false);
    expect(consentAllowsVisibility('organisation', ['share_in_organisation'])).toBe(true);
    expect(allowedVisibilities(['discuss_in_team'])).toEqual(['private', 'session', 'team']);
  });

  it('narrows a case to what the remaining consent allows after a withdrawal', () => {
    expect(visibilityAfterWithdrawal('organisation', [])).toBe('session');
    expect(visibilityAfterWithdrawal('organisation', ['discuss_in_team'])).toBe('team');
    expect(visibilityAfterWithdrawal('team', ['share_in_organisation'])).toBe('team');
    expect(visibilityAfterWithdrawal('private', [])).toBe('private');
  });
});

describe("who gave consent, in the organisation's own word", () => {
  it.each([
    ['bewoner', { nl: 'De bewoner zelf', en: 'The resident themselves' }],
    ['deelnemer', { nl: 'De deelnemer zelf', en: 'The participant themselves' }],
    ['jongere', { nl: 'De jongere zelf', en: 'The young person themselves' }],
    // A word Kring has no English for stays as the organisation typed it (residentWords).
    ['kind', { nl: 'Het kind zelf', en: 'The kind themselves' }],
    ['', { nl: 'De bewoner zelf', en: 'The resident themselves' }],
  ])('%j', (term, resident) => {
    expect(consentGiverLabels(term)).toEqual({
      resident,
      legal_representative: { nl: 'Wettelijk vertegenwoordiger', en: 'Legal representative' },
    });
  });
});
