import fs from 'node:fs';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
}

/**
 * A system Chromium when the machine has one, else the one shipped inside
 * @sparticuz/chromium (an ES module: resolved once in Jest's global setup,
 * outside the test sandbox, and handed to tests through the environment).
 */
export async function findChromium(): Promise<ChromiumLaunch> {
  const common = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  const system = SYSTEM_CHROMIUM.find((p) => fs.existsSync(p));
  if (system) return { executablePath: system, args: common };
  const sparticuz = (await import('@sparticuz/chromium')).default;
  // --single-process would allow only one browser context; tests need several.
  const args = sparticuz.args.filter((arg: string) => arg !== '--single-process');
  return { executablePath: await sparticuz.executablePath(), args: [...new Set([...args, ...common])] };
}
