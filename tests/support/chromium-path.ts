import fs from 'node:fs';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * @sparticuz/chromium's flags for AWS Lambda that tests leave out. --single-process would allow only one browser
 * context; tests need several. The GPU emulation (SwiftShader behind ANGLE, in the browser process) drew every frame
 * through an emulated GPU although `--disable-gpu` asks for none: without it Chromium paints in software, and three
 * of the heaviest browser files took 120 s instead of 133–148 s, the browser process 33 s of processor time instead
 * of 43–49 (two runs each). Web security and mixed-content blocking stay on, as in every person's browser.
 */
const NOT_FOR_TESTS = [
  '--single-process',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--in-process-gpu',
  '--ignore-gpu-blocklist',
  '--disable-web-security',
  '--allow-running-insecure-content',
];

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
  const args = sparticuz.args.filter((arg: string) => !NOT_FOR_TESTS.includes(arg));
  return { executablePath: await sparticuz.executablePath(), args: [...new Set([...args, ...common])] };
}
