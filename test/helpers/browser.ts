// Steps in the admin panel that end-to-end tests share.
import type { Browser } from 'puppeteer';

/** The approver's own step, in the admin: the unit's row in the queue, "Công nhận", the confirmation. */
export async function recogniseInAdmin(browser: Browser, baseUrl: string, o: { email: string; password: string; jurisdiction: string; unit: string; shot?: string }) {
  const context = await browser.createBrowserContext();
  const admin = await context.newPage();
  await admin.setViewport({ width: 1366, height: 900 });
  await admin.goto(`${baseUrl}/admin/auth/login`, { waitUntil: 'networkidle0' });
  await admin.type('input[name=email]', o.email);
  await admin.type('input[name=password]', o.password);
  await Promise.all([admin.waitForNavigation({ waitUntil: 'networkidle0' }), admin.keyboard.press('Enter')]);
  await admin.goto(`${baseUrl}/admin/plugins/recognition/approval?jurisdiction=${o.jurisdiction}&year=2026`, { waitUntil: 'networkidle0' });
  await admin.waitForSelector(`::-p-text(${o.unit})`, { timeout: 15_000 });
  await admin.evaluate((name) => {
    const row = Array.from(document.querySelectorAll('tr')).find((tr) => tr.textContent?.includes(name))!;
    (Array.from(row.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Công nhận') as HTMLButtonElement).click();
  }, o.unit);
  await admin.waitForSelector('::-p-text(Xác nhận công nhận)', { timeout: 15_000 });
  await admin.locator('::-p-xpath(//button[normalize-space(.)="Xác nhận công nhận" or .//*[normalize-space(.)="Xác nhận công nhận"]])').click();
  await admin.waitForSelector('::-p-text(Đã công nhận 1 đơn vị)', { timeout: 30_000 });
  if (o.shot) await admin.screenshot({ path: o.shot, fullPage: true });
  await context.close();
}
