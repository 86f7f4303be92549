import { noOrganisationText } from '../no-organisation';

describe('noOrganisationText', () => {
  it.each([
    ['nobody yet: the invitation', [], 'home.noMemberships'],
    ['a network coordinator: why the page is empty', [{ network: { id: 'n' } }], 'home.networkOnly'],
    ['an organisation membership without a network', [{ network: null }], 'home.noMemberships'],
  ])('%s', (_, memberships, text) => {
    expect(noOrganisationText(memberships)).toBe(text);
  });
});
