import { ReportBlock } from './outline';

/** Line breaks inside a list item stay inside it. */
function indent(text: string): string {
  return text.trim().replace(/\r?\n/g, '\n  ');
}

export function renderMarkdown(blocks: readonly ReportBlock[]): string {
  const lines = blocks.map((block) => {
    switch (block.kind) {
      case 'title':
        return `# ${block.text}\n`;
      case 'meta':
        return `- **${block.label}:** ${block.value}`;
      case 'note':
        return `\n_${block.text}_\n`;
      case 'heading':
        return `\n${'#'.repeat(block.level)} ${block.text}\n`;
      case 'prompt':
        return `> ${indent(block.text).replace(/\n {2}/g, '\n> ')}\n`;
      case 'item':
        return `- ${indent(block.text)}${block.detail ? ` — _${block.detail}_` : ''}`;
    }
  });
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
