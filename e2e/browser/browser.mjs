// Launches Debian's chromium through playwright-core (no downloaded browsers here).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

/** The pages run within their Content-Security-Policy: Chromium reports every refused script, style or call. */
export function watchPolicy(...pages) {
  const violations = [];
  for (const page of pages) {
    page.on('console', m => { if (/Content Security Policy/i.test(m.text())) violations.push(page.url() + ': ' + m.text()); });
  }
  return violations;
}
