// The staff desk (/desk) in real Chromium at 1366 × 768: signing in, every tab a role is shown
// opening without a refusal, the approval desk fitting the screen, the session kept through a
// reload and ended by "Đăng xuất", an account signed in to /admin let in without signing in
// again, and none of Strapi's admin application loaded on the way (the desk's reason to be).
import fs from 'node:fs';
import path from 'node:path';
import { AxePuppeteer } from '@axe-core/puppeteer';
import { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../pipeline/src/render/chromium';
import { bootApp, projectRoot, selectRegistrant, type TestApp } from '../helpers/strapi';

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

  it('lets the approver select the registrant the police advised on, from the selection page, after a confirmation', async () => {
    const { page, seen } = await open();
    await signIn(page, 'pheduyet@dienhinh.local');
    await page.waitForSelector(TABS);
    await page.goto(
      `${app.baseUrl}/desk/plugins/recognition/selection?jurisdiction=hue&year=2026`,
      { waitUntil: 'networkidle0' },
    );
    // The demo leaves An Cựu advised by the police and waiting for the committee's decision.
    await page.waitForFunction(() => /Lựa chọn \(\d\d\/01\/2026\)/.test(document.body.innerText));
    await page.screenshot({ path: path.join(artifacts, 'selection-before.png') });
    await clickButton(page, 'Lựa chọn xây dựng điển hình');
    await page.waitForSelector('[role=dialog], [role=alertdialog]');
    await clickButton(page, 'Lựa chọn');
    await page.waitForFunction(() =>
      /Lựa chọn xây dựng điển hình: .*An Cựu/.test(document.body.innerText),
    );
    await page.screenshot({ path: path.join(artifacts, 'selection-after.png') });
    const reg = await app.strapi.db.query('plugin::recognition.registration').findOne({
      where: { year: 2026, unit: { code: '19815' } },
    });
    expect(reg.state).toBe('selected');
    expect(reg.selection).toMatchObject({ advice: 'select', decision: 'selected' });
    // Every registrant of the year has been chosen now: no decision is left to take.
    expect(
      await page.evaluate(() =>
        Array.from(document.querySelectorAll('button')).some(
          (b) => b.textContent?.trim() === 'Lựa chọn xây dựng điển hình',
        ),
      ),
    ).toBe(false);
    expect(seen.errors).toEqual([]);
    expect(seen.forbidden).toEqual([]);
    await page.browserContext().close();
  }, 120_000);

  it('says why a sign-in failed, keeps the session through a reload, ends it on "Đăng xuất", and lets in an account signed in to /admin', async () => {
    const { page } = await open();
    await signIn(page, 'bientap@dienhinh.local', 'sai-mat-khau');
    // The design system keeps an empty live region with role=alert on every page: the refusal is
    // the alert that says something (waiting for the first one read that empty region whenever
    // the server answered after the page settled, as on a loaded CI machine).
    const said = await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('[role=alert]'))
        .map((e) => e.textContent?.trim() ?? '')
        .find(Boolean),
    );
    expect(await said.jsonValue()).toBe('Sai thư điện tử hoặc mật khẩu.');
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

  it('keeps "4,5" typed on the paper path as 4.5, and flags a mark over its maximum on its own field while the others are saved', async () => {
    const clock = app.strapi.plugin('recognition').service('clock');
    const now = clock.now;
    clock.now = () => new Date('2026-01-06T02:00:00Z');
    // The plan registers a unit with last year's result on file.
    const unit = await app.strapi.db.query('api::unit.unit').findOne({ where: { code: '19918' } });
    await app.strapi.db.query('api::unit-result.unit-result').create({
      data: { unit: unit.id, year: 2025, anttSafe: true, classification: 'xuat_sac' },
    });
    try {
      const { page, seen } = await open();
      await signIn(page, 'thuky@dienhinh.local');
      await page.waitForSelector(TABS);
      await page.goto(`${app.baseUrl}/desk/plugins/recognition/paper?jurisdiction=hue&year=2026`, {
        waitUntil: 'networkidle0',
      });
      await page.type('input[name=filter]', '19918');
      await page.waitForFunction(() => document.querySelectorAll('main tbody tr').length === 1);
      await clickButton(page, 'Đăng ký thay');
      await clickButton(page, 'Xác nhận đăng ký');
      // Huế's plan has the province choose its registrants: once chosen, the unit's marks open.
      await page.waitForFunction(() => /Đã đăng ký/.test(document.body.innerText));
      const registered = await app.strapi.db.query('plugin::recognition.registration').findOne({
        where: { year: 2026, unit: { code: '19918' } },
      });
      await selectRegistrant(app.strapi, registered.documentId);
      await page.reload({ waitUntil: 'networkidle0' });
      await page.type('input[name=filter]', '19918');
      await page.waitForFunction(() => document.querySelectorAll('main tbody tr').length === 1);
      await clickButton(page, 'Mở hồ sơ');
      const fields = 'main input[inputmode=decimal]';
      await page.waitForSelector(fields);
      // The first criterion's field and the last one's: two criteria.
      const inputs = await page.$$(fields);
      const [first, second] = [inputs[0], inputs[inputs.length - 1]];
      await first.type('4,5');
      await second.type('999');
      expect(await first.evaluate((e) => (e as HTMLInputElement).value)).toBe('4,5');
      await page.waitForFunction(() => /vượt điểm tối đa/.test(document.body.innerText));
      await page.screenshot({ path: path.join(artifacts, 'paper-typed.png') });
      await clickButton(page, 'Lưu điểm tự chấm');
      await page.waitForFunction(() => /Đã lưu 1 tiêu chí; chưa lưu/.test(document.body.innerText));
      await page.screenshot({ path: path.join(artifacts, 'paper-saved.png') });
      const reg = await app.strapi.db.query('plugin::recognition.registration').findOne({
        where: { year: 2026, unit: { code: '19918' } },
      });
      // One criterion kept, its first field 4.5 (the sample set's 1.1.a, at most 5).
      const marks = Object.values(reg.selfMarks as Record<string, object>);
      expect(marks).toHaveLength(1);
      expect(Object.values(marks[0])).toContainEqual(expect.objectContaining({ a: 4.5 }));
      // Opened again: the saved mark reads as a Vietnamese writes it.
      await page.reload({ waitUntil: 'networkidle0' });
      await page.type('input[name=filter]', '19918');
      await page.waitForFunction(() => document.querySelectorAll('main tbody tr').length === 1);
      await clickButton(page, 'Mở hồ sơ');
      await page.waitForSelector(fields);
      expect(await page.$eval(fields, (e) => (e as HTMLInputElement).value)).toBe('4,5');
      expect(seen.errors).toEqual([]);
      await page.browserContext().close();
    } finally {
      clock.now = now;
    }
  }, 300_000);
});

async function clickButton(page: Page, label: string) {
  await page.waitForFunction(
    (l) => Array.from(document.querySelectorAll('button')).some((b) => b.textContent?.trim() === l),
    {},
    label,
  );
  await page.evaluate((l) => {
    const b = Array.from(document.querySelectorAll('button')).find(
      (x) => x.textContent?.trim() === l,
    );
    (b as HTMLButtonElement).click();
  }, label);
}
