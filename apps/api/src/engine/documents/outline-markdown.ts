import { ReportBlock } from './outline';

/**
 * User text as literal Markdown text: HTML cannot open a tag (so no script or image
 * reaches a Markdown viewer) and link, emphasis and code syntax is escaped, so a
 * `[click](javascript:…)` or `<javascript:…>` stays words on the page.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)([#+-])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
}

/** Line breaks inside a list item stay inside it. */
function indent(text: string): string {
  return escapeMarkdown(text.trim()).replace(/\r?\n/g, '\n  ');
}

export function renderMarkdown(blocks: readonly ReportBlock[]): string {
  const lines = blocks.map((block) => {
    switch (block.kind) {
      case 'title':
        return `# ${escapeMarkdown(block.text)}\n`;
      case 'meta':
        return `- **${escapeMarkdown(block.label)}:** ${indent(block.value)}`;
      case 'note':
        return `\n_${indent(block.text)}_\n`;
      case 'paragraph':
        return `\n${escapeMarkdown(block.text.trim())}\n`;
      case 'heading':
        return `\n${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}\n`;
      case 'prompt':
        return `> ${indent(block.text).replace(/\n {2}/g, '\n> ')}\n`;
      case 'item':
        return `- ${indent(block.text)}${block.detail ? ` — _${indent(block.detail)}_` : ''}`;
    }
  });
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
