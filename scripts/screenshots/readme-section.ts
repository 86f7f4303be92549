import path from 'node:path';
import { SHOTS, type Shot } from './catalogue';

export const README = path.resolve(__dirname, '../../README.md');
export const SCREENSHOTS_DIR = path.resolve(__dirname, '../../docs/screenshots');

const START = '<!-- screenshots: written by `npm run docs:screenshots` from scripts/screenshots/catalogue.ts -->';
const END = '<!-- /screenshots -->';

/** The README's pictures, in catalogue order, two to a row, each with its caption (phone pictures narrower). */
export function shotsSection(shots: Shot[] = SHOTS): string {
  const cell = (shot: Shot) => {
    const width = shot.viewport === 'phone' ? 180 : 400;
    const caption = shot.caption.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    return `<td valign="top"><a href="docs/screenshots/${shot.name}.png"><img src="docs/screenshots/${shot.name}.png" width="${width}" alt="${caption}"></a><br>${caption}</td>`;
  };
  const rows: string[] = [];
  for (let i = 0; i < shots.length; i += 2)
    rows.push(
      `<tr>${shots
        .slice(i, i + 2)
        .map(cell)
        .join('')}</tr>`,
    );
  return [START, '<table>', ...rows, '</table>', END].join('\n');
}

/** The README with its screenshot section (between the two markers) written anew. */
export function readmeWithShots(readme: string, shots: Shot[] = SHOTS): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers of the screenshot section:\n${START}\n${END}`);
  return readme.slice(0, start) + shotsSection(shots) + readme.slice(end + END.length);
}
