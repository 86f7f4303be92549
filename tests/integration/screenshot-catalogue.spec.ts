import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PEOPLE } from '../../apps/api/src/modules/demo/demo-network.data';
import { SHOTS } from '../../scripts/screenshots/catalogue';
import { README, readmeWithShots, SCREENSHOTS_DIR } from '../../scripts/screenshots/readme-section';

/**
 * The README's pictures follow their catalogue (scripts/screenshots/catalogue.ts):
 * a line added there without running `npm run docs:screenshots`, a picture
 * left behind, or a shot of someone who is not in the demo fails here.
 */
describe('the screenshot catalogue and the README', () => {
  const pictures = fs.readdirSync(SCREENSHOTS_DIR).filter((file) => file.endsWith('.png'));

  it('has a picture for every line and no picture without one', () => {
    expect(pictures.sort()).toEqual(SHOTS.map((shot) => `${shot.name}.png`).sort());
  });

  it('names each picture once, as a file name, taken as a demo person', () => {
    const names = SHOTS.map((shot) => shot.name);
    expect(new Set(names).size).toBe(names.length);
    for (const shot of SHOTS) {
      expect({ name: shot.name, fileName: /^[a-z0-9-]+$/.test(shot.name) }).toEqual({ name: shot.name, fileName: true });
      expect(DEMO_PEOPLE.map((p) => p.email)).toContain(shot.person);
    }
  });

  it('shows every picture in the README with its caption, as the script wrote it', () => {
    const readme = fs.readFileSync(README, 'utf8');
    expect(readme).toContain('## Kring in beeld');
    expect(readmeWithShots(readme)).toBe(readme);
  });

  it('keeps the pictures light enough for a README (under 3 MB together)', () => {
    const total = pictures.reduce((sum, file) => sum + fs.statSync(path.join(SCREENSHOTS_DIR, file)).size, 0);
    expect(total).toBeLessThan(3 * 1024 * 1024);
  });
});
