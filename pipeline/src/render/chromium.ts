// Every Chromium this project starts (the server's pool, the worker, the commands, the
// benchmarks, the browser tests) is started here, on a pipe instead of a WebSocket: when the
// process that started it dies, even by SIGKILL, the pipe closes and Chromium exits with it.
// Over a WebSocket it would live on with its parent gone (nine processes per browser, measured).
import puppeteer, { type Browser, type LaunchOptions } from 'puppeteer';
import { fontconfigFile } from './fonts';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--font-render-hinting=none',
  '--disable-quic',
];

export function launchChromium(
  opts: { executablePath?: string; args?: string[] } & Pick<
    LaunchOptions,
    'timeout' | 'protocolTimeout'
  > = {},
): Promise<Browser> {
  const { executablePath, args = [], ...rest } = opts;
  return puppeteer.launch({
    executablePath: executablePath ?? process.env.DIENHINH_CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    args: [...chromiumArgs, ...args],
    // The documents' fonts, installed for this Chromium only (see fonts.ts).
    env: { ...process.env, FONTCONFIG_FILE: fontconfigFile() },
    ...rest,
  });
}
