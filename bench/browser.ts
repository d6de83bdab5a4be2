// The bench's browser: the same Chromium the browser tests use (scripts/find-browser.mjs).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from '@playwright/test';
import { ROOT } from './build.ts';

type FindBrowser = () => Promise<{ executablePath: string | null }>;

/** Keep Chromium off the network (this machine reaches only package registries) and quiet. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
];

/** The Chromium binary to use: a system one, or Playwright's own when that is installed. */
export async function chromiumPath(): Promise<string> {
  const url = pathToFileURL(join(ROOT, 'scripts', 'find-browser.mjs')).href;
  const { findBrowser } = (await import(url)) as { findBrowser: FindBrowser };
  const { executablePath } = await findBrowser();
  return executablePath ?? chromium.executablePath();
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
