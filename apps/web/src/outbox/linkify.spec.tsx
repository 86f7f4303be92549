import { isValidElement, type ReactElement } from 'react';
import { linkify } from './linkify';

const hrefs = (nodes: ReturnType<typeof linkify>) =>
  nodes.filter(isValidElement).map((node) => (node as ReactElement<{ href: string }>).props.href);

describe('linkify', () => {
  it('makes invitation and reset links clickable and keeps the text around them', () => {
    const nodes = linkify('Open http://localhost:3000/uitnodiging/abc123 om mee te doen.\nGroet, Kring');
    expect(hrefs(nodes)).toEqual(['http://localhost:3000/uitnodiging/abc123']);
    expect(nodes[0]).toBe('Open ');
    expect(nodes[2]).toBe(' om mee te doen.\nGroet, Kring');
  });

  it('leaves a full stop after a link out of the link', () => {
    const nodes = linkify('Kies een nieuw wachtwoord: https://kring.example/wachtwoord-herstellen/xyz.');
    expect(hrefs(nodes)).toEqual(['https://kring.example/wachtwoord-herstellen/xyz']);
    expect(nodes.at(-1)).toBe('.');
  });

  it('returns plain text unchanged', () => {
    expect(linkify('Geen links hier')).toEqual(['Geen links hier']);
  });
});
