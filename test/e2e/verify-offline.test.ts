// The verification page with the network off, in real Chromium: a certificate's QR address
// (/verify/<serial>#<signed payload>) is opened once while the server runs; the page checks the
// payload in the browser (WebCrypto) against the province's key and its signed revocation list,
// and its service worker keeps the page, the keys and the list. Then the server is stopped: the
// same address still opens and reads "CÒN HIỆU LỰC", and a forged payload is refused.
import fs from 'node:fs';
import path from 'node:path';
import { AxePuppeteer } from '@axe-core/puppeteer';
import { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../pipeline/src/render/chromium';
import { bootApp, projectRoot, type TestApp } from '../helpers/strapi';

const SERIAL = 'DEMO-2025-HUE-0001';
const artifacts = path.join(projectRoot, 'test-artifacts', 'e2e');

describe('checking a certificate offline in the browser (service worker, real Chromium)', () => {
  let app: TestApp | undefined;
  let browser: Browser;
  let address: string;
  beforeAll(async () => {
    fs.mkdirSync(artifacts, { recursive: true });
    app = await bootApp({ client: 'sqlite' });
    const jws = await app.strapi.plugin('recognition').service('attestation').qrJwsOf(SERIAL);
    address = `${app.baseUrl}/verify/${SERIAL}#${jws}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it(
    'shows the public register on a 360 px phone with every column in view, and nothing for axe-core to report',
    { timeout: 60_000 },
    async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 360, height: 640, isMobile: true, hasTouch: true });
      await page.goto(`${app!.baseUrl}/cong-nhan/hue/2025`, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      const link = await page.$eval(
        `a[href$="/verify/${SERIAL}"]`,
        (a) => a.getBoundingClientRect().right,
      );
      expect(link).toBeLessThanOrEqual(360);
      const axe = await new AxePuppeteer(page)
        .withTags(['wcag2a', 'wcag2aa', 'best-practice'])
        .analyze();
      expect(axe.violations.map((v) => `${v.id} (${v.impact})`)).toEqual([]);
      await page.screenshot({ path: path.join(artifacts, 'register-360.png'), fullPage: true });
      await page.close();
    },
  );

  it('checks the QR payload online, then with the server gone', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(address, { waitUntil: 'load' });
    // The server's own verdict, and the browser's check of the signed payload beside it.
    await page.waitForSelector('[data-offline-status="valid"]', { timeout: 20_000 });
    expect(await page.$eval('.status.valid', (e) => e.textContent)).toBe('CÒN HIỆU LỰC');
    expect(await page.$eval('#offline-result', (e) => e.textContent)).toContain('Phường An Cựu');
    // No finding at all, best practice included (a page without a main landmark once had two).
    const axe = await new AxePuppeteer(page)
      .withTags(['wcag2a', 'wcag2aa', 'best-practice'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id} (${v.impact})`)).toEqual([]);
    // Once the worker controls the page, a reload goes through it and it keeps the keys and the list.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('[data-offline-status="valid"]', { timeout: 20_000 });
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    // The server stops: nothing answers on its port any more.
    await app!.stop();
    app = undefined;
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('[data-offline-status="valid"]', { timeout: 20_000 });
    const offline = await page.$eval('#offline-result', (e) => e.textContent ?? '');
    expect(offline).toContain('CÒN HIỆU LỰC');
    expect(offline).toContain(`Số giấy chứng nhận${SERIAL}`);
    expect(await page.$eval('body', (e) => e.dataset.offlineShell)).toBe('1');
    await page.screenshot({ path: path.join(artifacts, 'verify-offline.png'), fullPage: true });

    // A payload changed by one word is refused, still offline.
    const [h, p, s] = address.slice(address.indexOf('#') + 1).split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, u: 'Phường Khác' })).toString(
      'base64url',
    );
    await page.goto(`${address.slice(0, address.indexOf('#'))}#${h}.${forged}.${s}`, {
      waitUntil: 'load',
    });
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('::-p-text(KHÔNG XÁC MINH ĐƯỢC)', { timeout: 20_000 });
    expect(await page.$eval('#offline-result', (e) => e.textContent)).toContain(
      'Chữ ký của mã QR không hợp lệ',
    );
    expect(errors).toEqual([]);
  });
});
