// Reports up the hierarchy in real Chromium on the demo: the demo commune files the six-month
// report its police asked for, on a 360 × 640 phone; the police compile, sign and send the
// province's report from the staff desk (confirmation before each irreversible step); the
// Ministry sees it sent, records receipt and sees Đồng Tháp's reports overdue. axe-core checks
// the report page of the portal; screenshots are kept in test-artifacts/e2e/reports.
import fs from 'node:fs';
import path from 'node:path';
import { AxePuppeteer } from '@axe-core/puppeteer';
import { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../pipeline/src/render/chromium';
import { bootApp, projectRoot, type TestApp } from '../helpers/strapi';

const PASSWORD = 'DienHinh@2026';
const artifacts = path.join(projectRoot, 'test-artifacts', 'e2e', 'reports');

describe('reports up the hierarchy in the browser (real Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await bootApp(
      { client: 'sqlite' },
      { DIENHINH_DEMO_WORKFLOW: 'true', DEMO_PASSWORD: PASSWORD },
    );
    browser = await launchChromium();
    fs.rmSync(artifacts, { recursive: true, force: true });
    fs.mkdirSync(artifacts, { recursive: true });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  const text = (page: Page) => page.evaluate(() => document.body.innerText);
  const waitText = (page: Page, pattern: RegExp) =>
    page.waitForFunction((p) => new RegExp(p).test(document.body.innerText), {}, pattern.source);

  async function desk(email: string) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1366, height: 768 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${app.baseUrl}/desk/`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('input[name=email]');
    await page.type('input[name=email]', email);
    await page.type('input[name=password]', PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForSelector('nav[aria-label="Các trang công nhận điển hình"] a');
    await page.goto(`${app.baseUrl}/desk/plugins/recognition/reports?jurisdiction=hue&year=2026`, {
      waitUntil: 'networkidle0',
    });
    return { page, errors };
  }

  it('the commune files on a phone; the police compile, sign and send; the Ministry receives and sees Đồng Tháp overdue', async () => {
    // The commune, in the portal on a phone.
    const context = await browser.createBrowserContext();
    const phone = await context.newPage();
    await phone.setViewport({ width: 360, height: 640, isMobile: true, hasTouch: true });
    await phone.goto(`${app.baseUrl}/portal/`, { waitUntil: 'networkidle0' });
    await phone.waitForSelector('input[name=identifier]');
    await phone.type('input[name=identifier]', 'canbo.thanhthuy');
    await phone.type('input[name=password]', PASSWORD);
    await phone.keyboard.press('Enter');
    await waitText(phone, /Báo cáo gửi Công an tỉnh \/ thành phố/);
    await shot(phone, 'commune-home');
    await phone.evaluate(() =>
      Array.from(document.querySelectorAll('a'))
        .find((a) => a.textContent?.includes('Báo cáo kết quả 06 tháng cuối năm'))!
        .click(),
    );
    await phone.waitForSelector('#section-results');
    expect(await text(phone)).toContain('Số liệu tính đến hết ngày');
    await phone.type('#section-results', 'Đã hướng dẫn Dệt May Huế đăng ký xây dựng điển hình.');
    await phone.type('#section-proposals', 'Đề nghị tập huấn Bộ tiêu chí cho cán bộ phường.');
    const axe = await new AxePuppeteer(phone).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
      [],
    );
    expect(
      await phone.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await clickButton(phone, 'Gửi báo cáo');
    await waitText(phone, /Báo cáo đã gửi không sửa được/);
    // The confirmation, then the report is sent and read-only.
    await phone.evaluate(() => {
      const dialog = document.querySelector('dialog[open], [role="dialog"]')!;
      Array.from(dialog.querySelectorAll('button'))
        .find((b) => b.textContent?.trim() === 'Gửi báo cáo')!
        .click();
    });
    await waitText(phone, /Đã gửi báo cáo đến Công an tỉnh/);
    await shot(phone, 'commune-sent');
    expect(await phone.$eval('#section-results', (t) => (t as HTMLTextAreaElement).readOnly)).toBe(
      true,
    );
    await context.close();

    // The police, on the staff desk.
    const police = await desk('thuky@dienhinh.local');
    await waitText(police.page, /Đã báo cáo 1\//);
    await clickButton(police.page, 'Tổng hợp báo cáo của tỉnh');
    await police.page.waitForSelector('textarea[name=results]');
    expect(
      await police.page.$eval('textarea[name=results]', (t) => (t as HTMLTextAreaElement).value),
    ).toContain('Phường Thanh Thủy: Đã hướng dẫn Dệt May Huế');
    await clickButton(police.page, 'Ký, ban hành');
    await waitText(police.page, /không sửa được nữa/);
    await clickInDialog(police.page, 'Ký, ban hành');
    await waitText(police.page, /Đã ký, ban hành báo cáo/);
    await waitText(police.page, /số 01\/BC-CATP/);
    await clickButton(police.page, 'Gửi đi');
    await clickInDialog(police.page, 'Gửi đi');
    await waitText(police.page, /Đã gửi báo cáo\./);
    await shot(police.page, 'police-sent');
    expect(await text(police.page)).toMatch(/Bộ Công an .*: đã gửi lúc/);
    expect(police.errors).toEqual([]);

    // The Ministry, on the staff desk.
    const v05 = await desk('v05@dienhinh.local');
    await waitText(v05.page, /Đã gửi, chờ xác nhận/);
    const table = await text(v05.page);
    expect(table).toMatch(
      /Đồng Tháp\s+Báo cáo định kỳ 06 tháng\s+10\/06\/2026\s+Quá hạn, chưa báo cáo/,
    );
    await clickButton(v05.page, '01/BC-CATP');
    await clickButton(v05.page, 'Xác nhận đã nhận');
    await waitText(v05.page, /Đã xác nhận đã nhận/);
    await waitText(v05.page, /Huế\s+Báo cáo kết quả 06 tháng cuối năm\s+\S+\s+Đã nhận/);
    await shot(v05.page, 'ministry-received');
    expect(v05.errors).toEqual([]);
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

async function clickInDialog(page: Page, label: string) {
  await page.waitForSelector('[role="alertdialog"], [role="dialog"]');
  await page.evaluate((l) => {
    const dialog = document.querySelector('[role="alertdialog"], [role="dialog"]')!;
    const b = Array.from(dialog.querySelectorAll('button')).find(
      (x) => x.textContent?.trim() === l,
    );
    (b as HTMLButtonElement).click();
  }, label);
}
