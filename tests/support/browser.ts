/**
 * Finding the Chrome or Chromium the browser tests drive, and the flags it runs with.
 * CI machines start bare, so `installChromium()` can fetch Debian's package when allowed.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { spawnSync } from 'node:child_process';

/** Names tried on PATH, in order, after `CHROME_PATH`. */
const BROWSER_NAMES = ['chromium', 'google-chrome', 'chromium-browser', 'google-chrome-stable'];

export const HOW_TO_GET_A_BROWSER = [
  'No Chrome or Chromium found (tried $CHROME_PATH, then ' + BROWSER_NAMES.join(', ') + ' on PATH).',
  'Get one of these:',
  '  - Debian/Ubuntu: sudo apt-get install chromium   (npm test does this itself when run as root)',
  '  - any system: install Google Chrome, or run `npx playwright-core install chromium`,',
  '    then set CHROME_PATH=/path/to/chrome',
].join('\n');

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** The browser to use, or undefined when there is none. */
export function locateChrome(): string | undefined {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    // A CHROME_PATH that is wrong should stop the run, not be quietly replaced by another browser.
    if (!isExecutable(fromEnv))
      throw new Error(`CHROME_PATH=${fromEnv} is not an executable file.\n${HOW_TO_GET_A_BROWSER}`);
    return fromEnv;
  }
  for (const name of BROWSER_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

/** The browser to use; throws with instructions when there is none. */
export function findChrome(): string {
  const found = locateChrome();
  if (!found) throw new Error(HOW_TO_GET_A_BROWSER);
  return found;
}

/** Whether `installChromium()` may run here: as root, with apt-get. */
export function canInstallChromium(): boolean {
  return process.getuid?.() === 0 && onPath('apt-get') !== undefined;
}

/** Installs Debian's `chromium` package without questions. */
export function installChromium(): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const { status } = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${status}).\n${HOW_TO_GET_A_BROWSER}`);
  }
}

/**
 * Flags for a headless run that is repeatable and stays on this machine: no GPU, no sandbox
 * (CI containers run as root), no background traffic to Google, and every host name except
 * 127.0.0.1 made unresolvable so a stray external URL fails instead of reaching the network.
 */
export function chromeArgs(userDataDir: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    `--user-data-dir=${userDataDir}`,
  ];
}
