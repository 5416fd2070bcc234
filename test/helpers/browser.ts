// Steps in the admin panel that end-to-end tests share.
import type { Browser, Page } from 'puppeteer';

/** A fresh browser context signed in to the admin panel as this account. */
async function adminPage(browser: Browser, baseUrl: string, email: string, password: string) {
  const context = await browser.createBrowserContext();
  const admin = await context.newPage();
  await admin.setViewport({ width: 1366, height: 768 });
  await admin.goto(`${baseUrl}/admin/auth/login`, { waitUntil: 'networkidle0' });
  await admin.type('input[name=email]', email);
  await admin.type('input[name=password]', password);
  await Promise.all([
    admin.waitForNavigation({ waitUntil: 'networkidle0' }),
    admin.keyboard.press('Enter'),
  ]);
  return { context, admin };
}

/**
 * What of the open dialog is cut off or off-screen: the dialog outside the window, or a label,
 * field or button outside the dialog's own box (as a form centred wider than its dialog was).
 */
export async function clippedInDialog(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const dialog = document.querySelector('dialog[open], [role="alertdialog"], [role="dialog"]');
    if (!dialog) return ['no dialog is open'];
    const box = dialog.getBoundingClientRect();
    const out: string[] = [];
    if (
      box.left < 0 ||
      box.top < 0 ||
      box.right > window.innerWidth ||
      box.bottom > window.innerHeight
    )
      out.push(
        `the dialog (${Math.round(box.left)},${Math.round(box.top)})–(${Math.round(box.right)},${Math.round(box.bottom)}) leaves the ${window.innerWidth}×${window.innerHeight} window`,
      );
    for (const el of Array.from(
      dialog.querySelectorAll('label, input, textarea, select, button'),
    )) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || (el as HTMLInputElement).type === 'hidden') continue;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('name')}" spans ${Math.round(r.left)}–${Math.round(r.right)}, the dialog ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
    }
    return out;
  });
}

async function expectUnclipped(page: Page, what: string) {
  const clipped = await clippedInDialog(page);
  if (clipped.length) throw new Error(`${what}: ${clipped.join('; ')}`);
}

/** The approver's own step, in the admin: the unit's row in the queue, "Công nhận", the confirmation. */
export async function recogniseInAdmin(
  browser: Browser,
  baseUrl: string,
  o: { email: string; password: string; jurisdiction: string; unit: string; shot?: string },
) {
  const { context, admin } = await adminPage(browser, baseUrl, o.email, o.password);
  await admin.goto(
    `${baseUrl}/admin/plugins/recognition/approval?jurisdiction=${o.jurisdiction}&year=2026`,
    { waitUntil: 'networkidle0' },
  );
  await admin.waitForSelector(`::-p-text(${o.unit})`, { timeout: 15_000 });
  // The desk fits the screen: nothing scrolls sideways, and the unit's "Công nhận" is in view.
  const wide = await admin.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (wide > 0) throw new Error(`the approval desk scrolls sideways by ${wide} px at 1366 × 768`);
  await admin.evaluate((name) => {
    const row = Array.from(document.querySelectorAll('article')).find(
      (card) => card.getAttribute('aria-label') === name,
    )!;
    (
      Array.from(row.querySelectorAll('button')).find(
        (b) => b.textContent?.trim() === 'Công nhận',
      ) as HTMLButtonElement
    ).click();
  }, o.unit);
  await admin.waitForSelector('::-p-text(Xác nhận công nhận)', { timeout: 15_000 });
  await expectUnclipped(admin, 'the "Công nhận" dialog at 1366 × 768');
  await admin
    .locator(
      '::-p-xpath(//button[normalize-space(.)="Xác nhận công nhận" or .//*[normalize-space(.)="Xác nhận công nhận"]])',
    )
    .click();
  await admin.waitForSelector('::-p-text(Đã công nhận 1 đơn vị)', { timeout: 30_000 });
  if (o.shot) await admin.screenshot({ path: o.shot, fullPage: true });
  await context.close();
}

/**
 * Issues the year's draft decision from the Quyết định page as the approver does: "Ban hành",
 * the register's number (when the province numbers by hand), confirmation; then clicks the page's
 * download button and returns the bytes the server sent it (fetched again with the same
 * approver's token: the browser hands a blob's body to the page, not to the test).
 */
export async function issueInAdmin(
  browser: Browser,
  baseUrl: string,
  o: { email: string; password: string; jurisdiction: string; number?: string; shot?: string },
): Promise<Buffer> {
  const { context, admin } = await adminPage(browser, baseUrl, o.email, o.password);
  await admin.goto(
    `${baseUrl}/admin/plugins/recognition/decisions?jurisdiction=${o.jurisdiction}&year=2026`,
    { waitUntil: 'networkidle0' },
  );
  await admin.waitForSelector('::-p-text(Dự thảo quyết định)', { timeout: 15_000 });
  await admin
    .locator(
      '::-p-xpath(//button[normalize-space(.)="Ban hành" or .//*[normalize-space(.)="Ban hành"]])',
    )
    .click();
  await admin.waitForSelector('::-p-text(Ký số và ban hành)', { timeout: 15_000 });
  await expectUnclipped(admin, 'the "Ban hành quyết định" dialog at 1366 × 768');
  if (o.number) await admin.type('input[name=number]', o.number);
  await admin
    .locator(
      '::-p-xpath(//button[normalize-space(.)="Ký số và ban hành" or .//*[normalize-space(.)="Ký số và ban hành"]])',
    )
    .click();
  await admin.waitForSelector('::-p-text(Đã ban hành Quyết định số)', { timeout: 60_000 });
  if (o.shot) await admin.screenshot({ path: o.shot, fullPage: true });
  // The page's download button fetches the stored, signed PDF with the admin's token.
  const answer = admin.waitForResponse(
    (r) => /\/recognition\/decisions\/[a-z0-9]+\/pdf$/.test(r.url()),
    { timeout: 30_000 },
  );
  await admin
    .locator(
      '::-p-xpath(//button[normalize-space(.)="Tải PDF đã ký" or .//*[normalize-space(.)="Tải PDF đã ký"]])',
    )
    .click();
  const res = await answer;
  if (res.status() !== 200 || res.headers()['content-type'] !== 'application/pdf')
    throw new Error(`decision download answered ${res.status()} ${res.headers()['content-type']}`);
  await context.close();
  return downloadAsAdmin(baseUrl, res.url(), o.email, o.password);
}

/** A file from an admin route, fetched with the account's own token. */
export async function downloadAsAdmin(
  baseUrl: string,
  url: string,
  email: string,
  password: string,
): Promise<Buffer> {
  const login = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const token = (await login.json()).data.token as string;
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}
