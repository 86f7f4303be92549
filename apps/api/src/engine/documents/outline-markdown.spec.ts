import { escapeMarkdown, renderMarkdown } from './outline-markdown';

describe('escapeMarkdown', () => {
  it.each([
    ['plain Dutch text stays as it is', 'Mevrouw Şükrü Yıldız (82) wil zelf koken.', 'Mevrouw Şükrü Yıldız (82) wil zelf koken.'],
    ['HTML cannot open a tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an image tag is text', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a javascript: link is not a link', '[klik hier](javascript:alert(1))', '\\[klik hier\\](javascript:alert(1))'],
    ['an autolink is not a link', '<javascript:alert(1)>', '&lt;javascript:alert(1)&gt;'],
    ['emphasis and code are literal', '*nooit* _altijd_ `code`', '\\*nooit\\* \\_altijd\\_ \\`code\\`'],
    ['an ampersand cannot start an entity', 'Tom &amp; Zoë', 'Tom &amp;amp; Zoë'],
    ['a heading marker at the start is literal', '# Kop', '\\# Kop'],
    ['a list marker at the start is literal', '- punt\n+ plus\n3. drie', '\\- punt\n\\+ plus\n3\\. drie'],
    ['a backslash stays a backslash', 'a\\b', 'a\\\\b'],
  ])('%s', (_, input, output) => expect(escapeMarkdown(input)).toBe(output));
});

describe('renderMarkdown', () => {
  it('escapes user text in every kind of block', () => {
    const evil = '<b>[x](javascript:alert(1))</b>';
    const markdown = renderMarkdown([
      { kind: 'title', text: evil },
      { kind: 'meta', label: 'Team', value: evil },
      { kind: 'note', text: evil },
      { kind: 'heading', level: 2, text: evil },
      { kind: 'prompt', text: evil },
      { kind: 'item', text: evil, detail: evil },
    ]);
    expect(markdown).not.toContain('<b>');
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(markdown.match(/&lt;b&gt;\\\[x\\\]\(javascript:alert\(1\)\)&lt;\/b&gt;/g)).toHaveLength(7);
  });
});
