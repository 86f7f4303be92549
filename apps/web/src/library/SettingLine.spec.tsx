import { renderToStaticMarkup } from 'react-dom/server';
import { SettingLine } from './SettingLine';

const ownHit = (teamName: string) => ({
  kind: 'story' as const,
  audience: 'network' as const,
  fromOwnOrganisation: true,
  teamName,
  sharedAt: '2026-10-25T10:00:00Z',
  setting: { organisationKind: null, locationKind: null, clientGroups: [] },
});
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('where an item of the own organisation comes from', () => {
  it.each([
    ['Team dagbesteding', 'Jullie eigen organisatie · team dagbesteding'],
    ['Wonen', 'Jullie eigen organisatie · team Wonen'],
  ])('%s → "%s", the word "team" once', (teamName, said) => {
    expect(text(renderToStaticMarkup(<SettingLine hit={ownHit(teamName)} />))).toContain(said);
  });
});
