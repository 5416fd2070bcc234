// The staff desk (/desk) in real Chromium at 1366 × 768: signing in, every tab a role is shown
// opening without a refusal, the approval desk fitting the screen, the session kept through a
// reload and ended by "Đăng xuất", an account signed in to /admin let in without signing in
// again, and none of Strapi's admin application loaded on the way (the desk's reason to be).
import fs from 'node:fs';
import path from 'node:path';
import { AxePuppeteer } from '@axe-core/puppeteer';
import { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../pipeline/src/chromium';
import { bootApp, projectRoot, type TestApp } from '../helpers/strapi';

const PASSWORD = 'DienHinh@2026';
const artifacts = path.join(projectRoot, 'test-artifacts', 'e2e', 'desk');
const TABS = 'nav[aria-label="Các trang công nhận điển hình"] a';

describe('the staff desk in the browser (real Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await bootApp(
      { client: 'sqlite' },
      { DIENHINH_DEMO_WORKFLOW: 'true', DEMO_PASSWORD: PASSWORD },
    );
    app.strapi.plugin('recognition').service('clock').now = () => new Date('2026-12-01T03:00:00Z');
    browser = await launchChromium();
    fs.rmSync(artifacts, { recursive: true, force: true });
    fs.mkdirSync(artifacts, { recursive: true });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** A fresh browser at the desk, recording refusals, script errors and what it loaded. */
  async function open() {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1366, height: 768 });
    const seen = { forbidden: [] as string[], errors: [] as string[], scripts: [] as string[] };
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (r.status() === 403) seen.forbidden.push(url.pathname);
      if (r.request().resourceType() === 'script') seen.scripts.push(url.pathname);
    });
    page.on('pageerror', (e) => seen.errors.push(String(e)));
    await page.goto(`${app.baseUrl}/desk/`, { waitUntil: 'networkidle0' });
    return { page, seen };
  }

  async function signIn(page: Page, email: string, password = PASSWORD) {
    await page.waitForSelector('input[name=email]');
    await page.type('input[name=email]', email);
    await page.type('input[name=password]', password);
    await page.keyboard.press('Enter');
  }

  const tabs = (page: Page) =>
    page.$$eval(TABS, (as) =>
      as.map((a) => ({
        label: a.textContent ?? '',
        path: new URL((a as HTMLAnchorElement).href).pathname,
      })),
    );

  it('opens every tab of the secretariat and the approver without a refusal, and without Strapi’s admin application', async () => {
    const shown: Record<string, string[]> = {};
    for (const account of ['thuky@dienhinh.local', 'pheduyet@dienhinh.local']) {
      const { page, seen } = await open();
      const axe = await new AxePuppeteer(page).analyze();
      expect(
        axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
      ).toEqual([]);
      await signIn(page, account);
      await page.waitForSelector(TABS);
      const links = await tabs(page);
      shown[account] = links.map((l) => l.label);
      for (const link of links) {
        seen.forbidden.length = 0;
        await page.goto(`${app.baseUrl}${link.path}?jurisdiction=hue&year=2026`, {
          waitUntil: 'networkidle0',
        });
        await page.waitForSelector('main h1');
        await page.screenshot({
          path: path.join(
            artifacts,
            `${account.split('@')[0]}${link.path.replace(/\//g, '-')}.png`,
          ),
        });
        const text = await page.evaluate(() => document.body.innerText);
        expect(seen.forbidden, `${account} ${link.path}`).toEqual([]);
        expect(text, `${account} ${link.path}`).not.toMatch(/Không có trang này|không có quyền/i);
        // Nothing scrolls sideways at 1366 px.
        expect(
          await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth),
          `${account} ${link.path}`,
        ).toBe(true);
      }
      expect(seen.errors).toEqual([]);
      expect(seen.scripts.every((p) => p.startsWith('/desk/'))).toBe(true);
      await page.browserContext().close();
    }
    expect(shown['thuky@dienhinh.local']).toContain('Thẩm định');
    expect(shown['thuky@dienhinh.local']).not.toContain('Hàng chờ phê duyệt');
    expect(shown['pheduyet@dienhinh.local']).toContain('Hàng chờ phê duyệt');
    expect(shown['pheduyet@dienhinh.local']).not.toContain('Thẩm định');
  }, 300_000);

  it('says why a sign-in failed, keeps the session through a reload, ends it on "Đăng xuất", and lets in an account signed in to /admin', async () => {
    const { page } = await open();
    await signIn(page, 'bientap@dienhinh.local', 'sai-mat-khau');
    await page.waitForSelector('[role=alert]');
    expect(await page.$eval('[role=alert]', (e) => e.textContent)).toMatch(/\S/);
    await page.$eval('input[name=password]', (e) => ((e as HTMLInputElement).value = ''));
    await page.type('input[name=password]', PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForSelector(TABS);
    // The editor, who edits plans in the content manager, is offered the full admin.
    expect(await page.$('a[href="/admin"]')).not.toBeNull();
    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForSelector(TABS);
    const out = await page.$$('button');
    for (const b of out)
      if ((await b.evaluate((e) => e.textContent)) === 'Đăng xuất') await b.click();
    await page.waitForSelector('input[name=email]');
    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForSelector('input[name=email]');
    await page.browserContext().close();

    // Signed in to the full admin (its refresh cookie): the desk opens without asking again.
    const other = await open();
    await other.page.evaluate(async (password) => {
      await fetch('/admin/login', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'thuky@dienhinh.local', password }),
      });
    }, PASSWORD);
    await other.page.reload({ waitUntil: 'networkidle0' });
    await other.page.waitForSelector(TABS);
    expect(await other.page.$('a[href="/admin"]')).toBeNull();
    await other.page.browserContext().close();
  }, 300_000);
});
