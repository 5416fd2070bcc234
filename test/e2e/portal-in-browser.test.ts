// The portal end to end in real Chromium against the built portal: two Đồng Tháp officers each
// go through their year, one on a 360 × 640 phone and one on a desktop (log in, register, read
// the criteria, self-score, attach evidence and the dossier parts, see what is missing, submit);
// a council member declares a conflict on one unit and scores the other with a justified
// difference; the approver recognises in the admin; the officer downloads the certificate in the
// portal. axe-core checks every portal page on the way. Screenshots are kept in test-artifacts/portal.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxePuppeteer } from '@axe-core/puppeteer';
import { PDFDocument } from 'pdf-lib';
import { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../pipeline/src/render/chromium';
import { issueInAdmin, recogniseInAdmin } from '../helpers/browser';
import { pdfSignatures, pdfText } from '../helpers/poppler';
import { clippedInDialog } from '../helpers/browser';
import {
  bootApp,
  ensureCouncilMember,
  ensureOfficer,
  portalToken,
  projectRoot,
  selectRegistrant,
  type TestApp,
} from '../helpers/strapi';

const artifacts = path.join(projectRoot, 'test-artifacts', 'portal');
const PASSWORD = 'Test@12345';
const phone = { width: 360, height: 640, isMobile: true, hasTouch: true };
const desktop = { width: 1366, height: 900 };
const members = ['hd1@dongthap.test', 'hd2@dongthap.test', 'hd3@dongthap.test'];
const units = { phone: '29954', desktop: '28315' };

describe('the portal in the browser (officers and a council member, real Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let evidencePdf: string;
  const axeFindings: string[] = [];
  const consoleErrors: string[] = [];
  const regs: Record<string, string> = {};

  beforeAll(async () => {
    fs.mkdirSync(artifacts, { recursive: true });
    app = await bootApp(
      { client: 'sqlite' },
      { DIENHINH_DEMO_WORKFLOW: 'true', DEMO_PASSWORD: PASSWORD, SERVE_ADMIN: 'true' },
    );
    const { strapi } = app;
    // Mid-January 2026: registration is open in Đồng Tháp until 20/01.
    strapi.plugin('recognition').service('clock').now = () => new Date('2026-01-12T03:00:00Z');
    for (const [i, code] of Object.values(units).entries()) {
      const unit = await strapi.db.query('api::unit.unit').findOne({ where: { code } });
      await strapi.db.query('api::unit-result.unit-result').create({
        data: {
          unit: unit.id,
          year: 2025,
          anttSafe: true,
          classification: i ? 'kha' : 'xuat_sac',
        },
      });
      await ensureOfficer(strapi, `canbo.${code}@dongthap.test`, code);
    }
    for (const email of members) await ensureCouncilMember(strapi, email, 'dong-thap');
    const doc = await PDFDocument.create();
    doc.addPage().drawText('Bien ban minh chung');
    evidencePdf = path.join(os.tmpdir(), `minh-chung-${process.pid}.pdf`);
    fs.writeFileSync(evidencePdf, await doc.save());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (evidencePdf) fs.rmSync(evidencePdf, { force: true });
  });

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  /** axe-core on the page as it stands: serious and critical violations are collected, with where. */
  async function axe(page: Page, where: string) {
    const result = await new AxePuppeteer(page)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    for (const v of result.violations)
      if (v.impact === 'serious' || v.impact === 'critical')
        axeFindings.push(
          `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
  }
  const text = (page: Page, t: string, timeout = 15_000) =>
    page.waitForSelector(`::-p-text(${t})`, { timeout });
  const button = (page: Page, label: string) =>
    page.locator(`::-p-xpath(//button[normalize-space(.)="${label}"])`).setTimeout(15_000);

  async function portal(
    email: string,
    viewport: typeof phone | typeof desktop,
    name: string,
  ): Promise<Page> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport(viewport);
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${name}: ${m.text()}`));
    page.on('pageerror', (e) => consoleErrors.push(`${name}: ${(e as Error).message}`));
    await page.goto(`${app.baseUrl}/portal/`, { waitUntil: 'networkidle0' });
    await axe(page, 'đăng nhập');
    await shot(page, `${name}-01-login`);
    // Keyboard alone: the identifier field has focus, Tab to the password, Enter to sign in.
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForSelector('main h1');
    await page.waitForSelector('.cards, .notice', { timeout: 15_000 });
    return page;
  }

  const field = (page: Page, id: string) =>
    page.$eval(`[id="${id}"]`, (e) => ({
      value: (e as HTMLInputElement).value,
      invalid: e.getAttribute('aria-invalid') === 'true',
      error: e.closest('.row')?.querySelector('.field-error')?.textContent ?? '',
    }));
  const selfMarks = async (documentId: string) =>
    (
      await app.strapi.db
        .query('plugin::recognition.registration')
        .findOne({ where: { documentId } })
    ).selfMarks;

  /** "7,5" typed as a Vietnamese writes it, one mark over its maximum, a pass/fail answer: a reload keeps every one. */
  async function marksKeptThroughAReload(page: Page, documentId: string, name: string) {
    await page.type('[id="self-1.3"]', '7,5');
    await page.type('[id="self-2.2"]', '25');
    await page.click('[name="self-1.2"]');
    expect(await field(page, 'self-2.2')).toMatchObject({
      value: '25',
      invalid: true,
      error: '25 vượt điểm tối đa: nhập từ 0 đến 20.',
    });
    await text(page, 'Chưa lưu 1 tiêu chí (2.2)');
    await expect
      .poll(() => selfMarks(documentId), { timeout: 15_000 })
      .toEqual({ '1.3': { points: 7.5 }, '1.2': { passed: true } });
    await page.waitForFunction(
      () => document.querySelector('.save')?.textContent?.startsWith('Máy chủ đã lưu'),
      { timeout: 15_000 },
    );
    await shot(page, `${name}-05a-mark-refused-on-its-field`);
    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForSelector('.criterion');
    expect(await field(page, 'self-1.3')).toMatchObject({ value: '7,5', invalid: false });
    expect(await field(page, 'self-2.2')).toMatchObject({
      value: '25',
      invalid: true,
      error: '25 vượt điểm tối đa: nhập từ 0 đến 20.',
    });
    expect(await page.$eval('[name="self-1.2"]', (e) => (e as HTMLInputElement).checked)).toBe(
      true,
    );
    await shot(page, `${name}-05b-after-reload`);
    // Corrected, it is saved like the others.
    await page.click('[id="self-2.2"]', { count: 3 });
    await page.keyboard.press('Backspace');
    await page.type('[id="self-2.2"]', '19,25');
    await expect
      .poll(async () => (await selfMarks(documentId))['2.2'], { timeout: 15_000 })
      .toEqual({ points: 19.25 });
  }

  async function officerYear(code: string, viewport: typeof phone | typeof desktop, name: string) {
    const page = await portal(`canbo.${code}@dongthap.test`, viewport, name);
    await text(page, 'Đăng ký năm 2026');
    await text(page, 'Kết quả năm 2025 của đơn vị: đạt "An toàn về an ninh, trật tự"');
    await axe(page, 'trang chính cán bộ');
    await shot(page, `${name}-02-home`);
    await button(page, 'Đăng ký năm 2026').click();
    await page.waitForSelector('dialog[open]');
    // No label, field or button of a dialog is cut off, on the phone or the desktop.
    expect(await clippedInDialog(page)).toEqual([]);
    await shot(page, `${name}-03-register-confirm`);
    await button(page, 'Đăng ký').click();
    await page.waitForSelector('.tabs');
    regs[code] = page.url().split('/ho-so/')[1].split('/')[0];
    await axe(page, 'tổng quan hồ sơ');
    await shot(page, `${name}-04-overview`);
    // The plan has the province choose its registrants: until the committee selects the unit, its
    // page says what it waits for; selected, the self-score form opens.
    await text(page, 'Ủy ban nhân dân lựa chọn');
    await selectRegistrant(app.strapi, regs[code]!);
    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForSelector('.tabs');
    // Selected, the unit sends its expected-results report from the overview, after a confirmation.
    await page.click('input[name=forecast][value=achieve]');
    await button(page, 'Gửi báo cáo dự kiến').click();
    await page.waitForSelector('dialog[open]');
    expect(await clippedInDialog(page)).toEqual([]);
    await button(page, 'Gửi báo cáo').click();
    await text(page, 'Đã gửi ngày 12/01/2026: Dự kiến đạt điển hình');
    await shot(page, `${name}-04b-forecast-sent`);
    // Every part of the dossier is in reach, on a phone too: the five tabs wrap, none off-screen.
    const tabs = await page.$$eval('.tabs a', (as) =>
      as
        .map((a) => a.getBoundingClientRect())
        .map((r) => r.left >= 0 && r.right <= window.innerWidth),
    );
    expect(tabs).toEqual([true, true, true, true, true]);

    // The criteria and the self-score form: every criterion at its maximum, saved as a draft.
    await page
      .locator(
        '::-p-xpath(//nav[@aria-label="Các phần của hồ sơ"]//a[normalize-space(.)="Tiêu chí và tự chấm"])',
      )
      .click();
    await page.waitForSelector('.criterion');
    await axe(page, 'tiêu chí và tự chấm');
    if (viewport === phone) await marksKeptThroughAReload(page, regs[code]!, name);
    for (const input of await page.$$('.criterion input[inputmode=decimal]'))
      if (!(await input.evaluate((e) => (e as HTMLInputElement).value)))
        await input.type(await input.evaluate((e) => (e as HTMLInputElement).dataset.max!));
    for (const set of await page.$$('.criterion fieldset.passfail'))
      await (await set.$('input[type=radio]'))!.click();
    await page.waitForFunction(
      () => document.querySelector('.save')?.textContent?.startsWith('Máy chủ đã lưu'),
      { timeout: 15_000 },
    );
    await text(page, 'đạt ngưỡng công nhận');
    await expect
      .poll(
        async () =>
          Object.keys(
            (
              await app.strapi.db
                .query('plugin::recognition.registration')
                .findOne({ where: { documentId: regs[code] } })
            ).selfMarks,
          ),
        { timeout: 15_000 },
      )
      .toHaveLength(7);
    await page.click('.criterion details summary');
    await (await page.$('.criterion details input[type=file]'))!.uploadFile(evidencePdf);
    await page.waitForFunction(
      () =>
        document
          .querySelector('.criterion details .files .name')
          ?.textContent?.startsWith('minh-chung'),
      { timeout: 15_000 },
    );
    await shot(page, `${name}-05-self-scored`);

    // Đồng Tháp's four dossier parts: the council provides the third (its minutes), so the unit
    // uploads the other three. Two of them; the checklist names the last; then it too, and submit.
    await page
      .locator(
        '::-p-xpath(//nav[@aria-label="Các phần của hồ sơ"]//a[normalize-space(.)="Thành phần hồ sơ"])',
      )
      .click();
    await page.waitForSelector('section.card input[type=file]');
    await axe(page, 'thành phần hồ sơ');
    expect(await page.$$eval('section.card', (cards) => cards.length)).toBe(4);
    expect(await page.$$('section.card input[type=file]')).toHaveLength(3);
    await text(page, 'Hội đồng thẩm định cung cấp');
    /** The n-th upload input (of the unit's parts), in the card of the `card`-th part. */
    const uploadPart = async (n: number, card: number) => {
      const inputs = await page.$$('section.card input[type=file]');
      await inputs[n].uploadFile(evidencePdf);
      await page.waitForFunction(
        (i) => document.querySelectorAll('section.card')[i]?.querySelector('.files .name'),
        { timeout: 15_000 },
        card,
      );
    };
    await uploadPart(0, 0);
    await uploadPart(1, 1);
    await page
      .locator(
        '::-p-xpath(//nav[@aria-label="Các phần của hồ sơ"]//a[normalize-space(.)="Nộp hồ sơ"])',
      )
      .click();
    await text(page, 'Còn thiếu: Bản đăng ký xây dựng');
    await text(page, 'Chưa có minh chứng cho 6 tiêu chí đã chấm');
    expect(await page.$eval('main > button', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await axe(page, 'nộp hồ sơ');
    await shot(page, `${name}-06-missing`);
    await page
      .locator(
        '::-p-xpath(//nav[@aria-label="Các phần của hồ sơ"]//a[normalize-space(.)="Thành phần hồ sơ"])',
      )
      .click();
    await page.waitForSelector('section.card input[type=file]');
    await uploadPart(2, 3);
    await page
      .locator(
        '::-p-xpath(//nav[@aria-label="Các phần của hồ sơ"]//a[normalize-space(.)="Nộp hồ sơ"])',
      )
      .click();
    await text(page, 'Đủ các thành phần hồ sơ bắt buộc');
    await button(page, 'Nộp hồ sơ').click();
    await page.waitForSelector('dialog[open]');
    expect(await clippedInDialog(page)).toEqual([]);
    await axe(page, 'xác nhận nộp');
    await page.click('dialog[open] .actions button:not(.secondary)');
    await page.waitForFunction(
      () => document.querySelector('.badge')?.textContent === 'Đã nộp hồ sơ',
      { timeout: 15_000 },
    );
    // A receipt, as public-service portals give: the dossier's code and when the result is due.
    await text(page, `Mã hồ sơ: HS-${code}-2026`);
    // Đồng Tháp's plan sets no day for the decision, and the receipt says so.
    await text(page, 'Kế hoạch không ấn định ngày công nhận');
    await page
      .locator(
        '::-p-xpath(//nav[@aria-label="Các phần của hồ sơ"]//a[normalize-space(.)="Lịch sử"])',
      )
      .click();
    await text(page, 'Nộp hồ sơ → Đã nộp hồ sơ');
    // Saves of one session read as one line with how many.
    if (viewport === phone) await text(page, 'lần lưu');
    await axe(page, 'lịch sử');
    await shot(page, `${name}-07-submitted`);
    const reg = await app.strapi.db
      .query('plugin::recognition.registration')
      .findOne({ where: { documentId: regs[code] } });
    expect(reg.state).toBe('submitted');
    expect(Object.keys(reg.dossier).sort()).toEqual(['registration_form', 'report', 'request']);
    return page;
  }

  it(
    'tells someone who forgot their password, where no mail server is configured, what to do instead',
    { timeout: 60_000 },
    async () => {
      const page = await (await browser.createBrowserContext()).newPage();
      await page.setViewport(phone);
      await page.goto(`${app.baseUrl}/portal/quen-mat-khau`, { waitUntil: 'networkidle0' });
      await page.type('input[name=email]', `canbo.${units.phone}@dongthap.test`);
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/forgot-password'));
      await button(page, 'Gửi đường dẫn đặt lại mật khẩu').click();
      expect((await answer).status()).toBe(503);
      await text(
        page,
        'Xin liên hệ cán bộ phụ trách phong trào ở Công an tỉnh để được đặt lại mật khẩu.',
      );
      await axe(page, 'quên mật khẩu');
      await shot(page, 'forgot-no-mail');
      await page.browserContext().close();
    },
  );

  it(
    'an officer on a 360 × 640 phone goes through the year to submission',
    { timeout: 180_000 },
    async () => {
      const page = await officerYear(units.phone, phone, 'phone');
      // Nothing on the phone is wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      await page.browserContext().close();
    },
  );

  it(
    'an officer on a desktop goes through the year to submission',
    { timeout: 180_000 },
    async () => {
      await (await officerYear(units.desktop, desktop, 'desktop')).browserContext().close();
    },
  );

  it(
    'a council member declares a conflict on one unit and scores the other with a justified difference',
    { timeout: 180_000 },
    async () => {
      const { strapi } = app;
      const plugin = strapi.plugin('recognition');
      // The secretariat's part (its admin pages have their own test): the council, and appraisal started.
      const secretariat = plugin
        .service('actors')
        .provinceStaff('thuky.dongthap@dienhinh.local', 'secretariat', ['dong-thap']);
      await plugin.service('councils').setUp(secretariat, {
        jurisdiction: 'dong-thap',
        year: 2026,
        name: 'Hội đồng thẩm định năm 2026',
        members: members.map((email, i) => ({ email, name: `Thành viên ${i + 1}` })),
        chairEmail: members[0],
        secretaryEmail: members[1],
      });
      for (const id of Object.values(regs))
        await plugin.service('workflow').startAppraisal(secretariat, id);

      const page = await portal(members[0], desktop, 'council');
      await axe(page, 'danh sách thẩm định');
      await shot(page, 'council-01-list');
      const open = async (name: string) => {
        await page.locator(`::-p-xpath(//a[contains(., "${name}")])`).setTimeout(15_000).click();
        await page.waitForSelector('.criterion');
      };
      await open('An Bình');
      await axe(page, 'hồ sơ thẩm định');
      // The dossier opens inside the page.
      await page
        .locator('::-p-xpath(//button[starts-with(normalize-space(.), "Xem")])')
        .setTimeout(15_000)
        .click();
      await page.waitForSelector('.viewer iframe');
      await shot(page, 'council-02-dossier');
      await page.click('details.card summary');
      await page.type(
        'details.card textarea',
        'Tôi là người thân của Chủ tịch Ủy ban nhân dân phường.',
      );
      await page.click('details.card button[type=submit]');
      await page.waitForSelector('dialog[open]');
      await page.click('dialog[open] .actions button:not(.secondary)');
      await text(page, 'đã khai báo xung đột lợi ích');
      await shot(page, 'council-03-conflict');

      await page.goto(`${app.baseUrl}/portal/`, { waitUntil: 'networkidle0' });
      await open('Bình Xuân');
      // The unit's evidence sits beside each criterion being scored; a criterion without any says so.
      expect(await page.$eval('.criterion .evidence', (e) => e.textContent)).toContain(
        'minh-chung',
      );
      await text(page, 'Đơn vị không đính kèm minh chứng cho tiêu chí này.');
      const inputs = await page.$$('.criterion input[inputmode=decimal]');
      const maxes = await Promise.all(
        inputs.map((i) => i.evaluate((e) => Number((e as HTMLInputElement).dataset.max))),
      );
      const low = maxes.indexOf(Math.max(...maxes));
      for (const [n, input] of inputs.entries()) await input.type(String(n === low ? 0 : maxes[n]));
      for (const set of await page.$$('.criterion fieldset.passfail'))
        await (await set.$('input[type=radio]'))!.click();
      // A member's marks in progress are the server's draft: they survive a reload on another
      // device (nothing left in this tab), and count for nothing until sent.
      await text(page, 'Máy chủ đã lưu');
      // Every entry confirmed: nothing of it waits in the tab any more.
      await page.waitForFunction(
        () => !Object.keys(sessionStorage).some((k) => k.includes('nhap')),
      );
      const draft = await strapi.db
        .query('plugin::recognition.council-score')
        .findOne({ where: { memberEmail: members[0] } });
      expect(draft?.draft).toBe(true);
      // Another device: nothing of the draft in this tab (the sign-in stays).
      await page.evaluate(() => {
        for (const k of Object.keys(sessionStorage))
          if (k.includes('nhap')) sessionStorage.removeItem(k);
      });
      await page.reload({ waitUntil: 'networkidle0' });
      await page.waitForSelector('.criterion');
      expect(
        await Promise.all(
          (await page.$$('.criterion input[inputmode=decimal]')).map((i) =>
            i.evaluate((e) => (e as HTMLInputElement).value),
          ),
        ),
      ).toEqual(maxes.map((m, n) => String(n === low ? 0 : m)));
      await text(page, 'Cần ghi lý do chênh lệch');
      expect(
        await page.$eval(
          'section[aria-labelledby=scoring] > button',
          (b) => (b as HTMLButtonElement).disabled,
        ),
      ).toBe(true);
      await axe(page, 'chấm điểm thẩm định');
      await shot(page, 'council-04-needs-justification');
      await page.type(
        '.criterion.differs textarea',
        'Kiểm tra thực tế: kết quả kéo giảm chưa đạt như báo cáo.',
      );
      await button(page, 'Gửi điểm thẩm định').click();
      await page.waitForSelector('dialog[open]');
      await page.click('dialog[open] .actions button:not(.secondary)');
      await text(page, 'Điểm thẩm định của tôi (đã gửi)');
      await shot(page, 'council-05-sent');
      const scores = await strapi.db
        .query('plugin::recognition.council-score')
        .findMany({ where: { memberEmail: members[0] } });
      expect(scores).toHaveLength(1);
      expect(scores[0].draft).toBe(false);
      expect(
        Object.values(scores[0].marks as Record<string, { note?: string }>).some((m) =>
          m.note?.includes('Kiểm tra thực tế'),
        ),
      ).toBe(true);
      await page.browserContext().close();
    },
  );

  it(
    'the approver recognises in the admin; the officer sees the decision, or downloads the certificate where the plan issues one',
    { timeout: 180_000 },
    async () => {
      const { strapi } = app;
      const plugin = strapi.plugin('recognition');
      const id = regs[units.desktop];
      // The other members score and the council meets (pages tested elsewhere); the secretariat proposes.
      const dossier = await plugin.service('repository').load(id);
      for (const email of members.slice(1)) {
        const member = await plugin
          .service('actors')
          .councilMember(
            await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } }),
          );
        await plugin.service('council-scoring').saveCouncilScores(member, id, dossier.selfMarks);
      }
      const secretariat = plugin
        .service('actors')
        .provinceStaff('thuky.dongthap@dienhinh.local', 'secretariat', ['dong-thap']);
      const council = await strapi.db
        .query('plugin::recognition.council')
        .findOne({ where: { year: 2026, jurisdiction: { slug: 'dong-thap' } } });
      await plugin.service('councils').recordMeeting(secretariat, {
        council: council.documentId,
        startedAt: '2026-01-12T08:00:00+07:00',
        endedAt: '2026-01-12T09:00:00+07:00',
        place: 'Công an tỉnh Đồng Tháp',
        attendance: members.map((email) => ({ email, present: true })),
        votes: [{ registration: id, for: 3, against: 0, abstain: members.length - 3 }],
        conclusion: 'Hội đồng thống nhất đề nghị công nhận.',
      });
      await plugin.service('workflow').propose(secretariat, id, true);

      await recogniseInAdmin(browser, app.baseUrl, {
        email: 'pheduyet.dongthap@dienhinh.local',
        password: PASSWORD,
        jurisdiction: 'dong-thap',
        unit: 'Bình Xuân',
        shot: path.join(artifacts, 'approver-dong-thap.png'),
      });
      // The approver issues the year's decision from its page (Đồng Tháp numbers automatically) and downloads it signed.
      const dtDecision = await issueInAdmin(browser, app.baseUrl, {
        email: 'pheduyet.dongthap@dienhinh.local',
        password: PASSWORD,
        jurisdiction: 'dong-thap',
        shot: path.join(artifacts, 'decision-dong-thap.png'),
      });
      expect(pdfSignatures(dtDecision)).toEqual([expect.objectContaining({ valid: true })]);
      expect(pdfText(dtDecision)).toContain('Bình Xuân');
      // Đồng Tháp's plan recognises by decision and issues no certificate: the officer sees the decision.
      const dt = await portal(`canbo.${units.desktop}@dongthap.test`, desktop, 'recognised');
      await dt.locator('::-p-xpath(//a[normalize-space(.)="Năm 2026"])').click();
      await text(dt, 'Đơn vị đã được công nhận');
      await text(dt, 'không cấp giấy chứng nhận riêng');
      await shot(dt, 'recognised-01-decision');
      await dt.browserContext().close();

      // Huế's does: the demo's A Lưới 1, proposed by the seeded year, is recognised, and its officer
      // downloads the certificate on a phone.
      await recogniseInAdmin(browser, app.baseUrl, {
        email: 'pheduyet@dienhinh.local',
        password: PASSWORD,
        jurisdiction: 'hue',
        unit: 'A Lưới 1',
        shot: path.join(artifacts, 'approver-hue.png'),
      });
      // Huế numbers from the committee's register: the approver types the number.
      const hueDecision = await issueInAdmin(browser, app.baseUrl, {
        email: 'pheduyet@dienhinh.local',
        password: PASSWORD,
        jurisdiction: 'hue',
        number: '2790/QĐ-UBND',
        shot: path.join(artifacts, 'decision-hue.png'),
      });
      expect(pdfSignatures(hueDecision)).toEqual([expect.objectContaining({ valid: true })]);
      expect(pdfText(hueDecision)).toContain('2790/QĐ-UBND');
      // The unit's officer is told the act exists, with its number, and that the certificate follows.
      const notices = await strapi.db.query('plugin::recognition.notification').findMany({
        where: { title: { $contains: '2790/QĐ-UBND' } },
        populate: { user: { select: ['email'] } },
      });
      expect(notices.map((n: any) => n.user?.email)).toContain('canbo.aluoi1@dienhinh.local');
      expect(notices[0].body).toContain('Giấy chứng nhận được cấp ngay sau đó');
      const page = await portal('canbo.aluoi1@dienhinh.local', phone, 'certificate');
      // The home card says the unit was recognised and offers the certificate there.
      await text(page, 'Tiếp theo: Đơn vị đã được công nhận');
      await text(page, 'Tải giấy chứng nhận năm 2026 (PDF)');
      await text(page, 'Quyết định số 2790/QĐ-UBND');
      await shot(page, 'certificate-00-home');
      await page.locator('::-p-xpath(//a[normalize-space(.)="Năm 2026"])').click();
      await text(page, 'Tải giấy chứng nhận (PDF)');
      await text(page, '/verify/');
      await axe(page, 'giấy chứng nhận');
      await shot(page, 'certificate-01-overview');
      // The button fetches the certificate with the officer's token and saves it: the answer is the PDF.
      const answer = page.waitForResponse(
        (r) => r.url().endsWith(`/certificate`) && r.request().method() === 'GET',
        { timeout: 60_000 },
      );
      await button(page, 'Tải giấy chứng nhận (PDF)').click();
      const res = await answer;
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
      // The same route with the officer's token gives the certificate of A Lưới 1.
      const jwt = await portalToken(app.strapi, 'canbo.aluoi1@dienhinh.local');
      const pdf = await fetch(res.url(), { headers: { authorization: `Bearer ${jwt}` } });
      const certText = pdfText(Buffer.from(await pdf.arrayBuffer()));
      expect(certText).toContain('A Lưới 1');
      expect(certText).toContain('2790/QĐ-UBND');
      await page.browserContext().close();
    },
  );

  it('meets axe-core with no serious or critical violation, and logs no error in the browser console', () => {
    expect(axeFindings).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
