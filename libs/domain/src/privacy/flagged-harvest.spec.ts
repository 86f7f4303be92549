import { ERROR_MESSAGES } from '../i18n/messages';
import { FLAGGED_HARVEST_CODE, mayHarvestFlagged } from './flagged-harvest';

describe('nothing flagged reaches a harvest unseen', () => {
  it('takes an unflagged text in without a question, a flagged one only with the moderator’s confirmation', () => {
    expect(mayHarvestFlagged({ flagged: false }, undefined)).toBe(true);
    expect(mayHarvestFlagged({ flagged: true }, undefined)).toBe(false);
    expect(mayHarvestFlagged({ flagged: true }, null)).toBe(false);
    expect(mayHarvestFlagged({ flagged: true }, false)).toBe(false);
    expect(mayHarvestFlagged({ flagged: true }, true)).toBe(true);
  });

  it('refuses with a sentence in Dutch and English that names the flag and what to do', () => {
    expect(ERROR_MESSAGES[FLAGGED_HARVEST_CODE].nl).toContain('Bevestig dat je de markering hebt gezien');
    expect(ERROR_MESSAGES[FLAGGED_HARVEST_CODE].en).toContain('Confirm that you have seen the flag');
  });
});
