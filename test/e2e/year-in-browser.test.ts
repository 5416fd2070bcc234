// End to end in real Chromium against the running app with its built admin panel: an editor
// edits a plan item and previews the plan PDF; an approver clicks "Công nhận", confirms, and
// downloads the certificate; the certificate's QR code leads to a page that verifies it.
// Screenshots are kept in test-artifacts/e2e.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { type Browser, type Page } from 'puppeteer';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../pipeline/src/render/chromium';
import { clippedInDialog, downloadAsAdmin } from '../helpers/browser';
import { pdfSignatures, pdfText } from '../helpers/poppler';
import { bootApp, projectRoot, type TestApp } from '../helpers/strapi';

const artifacts = path.join(projectRoot, 'test-artifacts', 'e2e');
const PASSWORD = 'DienHinh@2026';

describe('a year in the browser (admin panel, real Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    fs.mkdirSync(artifacts, { recursive: true });
    app = await bootApp(
      { client: 'sqlite' },
      { DIENHINH_DEMO_WORKFLOW: 'true', DEMO_PASSWORD: PASSWORD, SERVE_ADMIN: 'true' },
    );
    // The demo year's deadlines are fixed dates; the app acts as on 1 December 2026.
    app.strapi.plugin('recognition').service('clock').now = () => new Date('2026-12-01T03:00:00Z');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });

  async function login(email: string, password = PASSWORD): Promise<Page> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1366, height: 768 });
    await page.goto(`${app.baseUrl}/admin/auth/login`, { waitUntil: 'networkidle0' });
    await page.type('input[name=email]', email);
    await page.type('input[name=password]', password);
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'networkidle0' }),
      page.keyboard.press('Enter'),
    ]);
    return page;
  }

  // A locator finds the element again if React re-renders it between finding and clicking.
  const clickText = (page: Page, text: string, selector = 'button') =>
    page
      .locator(
        `::-p-xpath(//${selector}[normalize-space(.)="${text}" or .//*[normalize-space(.)="${text}"]])`,
      )
      .setTimeout(15_000)
      .click();

  it('sends the admin panel precompressed (brotli), its scripts unchanged once unpacked', async () => {
    const html = await (await fetch(`${app.baseUrl}/admin/auth/login`)).text();
    const main = /src="\/admin\/([^"]+\.js)"/.exec(html)?.[1];
    expect(main).toBeTruthy();
    const packed = await fetch(`${app.baseUrl}/admin/${main}`, {
      headers: { 'accept-encoding': 'br' },
    });
    expect(packed.headers.get('content-encoding')).toBe('br');
    const plain = await fetch(`${app.baseUrl}/admin/${main}`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await packed.text()).toBe(await plain.text());
  });

  it(
    'an administrator opens a locked criteria set, sees why, and makes its next version from the screen',
    { timeout: 120_000 },
    async () => {
      const locked = await app.strapi.db
        .query('api::criteria-set.criteria-set')
        .findOne({ where: { lockedAt: { $notNull: true } } });
      expect(locked).toBeTruthy();
      // The demo's sets are national: versioned by an administrator of every province (a province's
      // editor versions the province's own sets).
      const page = await login('admin@test.local', 'Test@12345');
      await page.goto(
        `${app.baseUrl}/admin/content-manager/collection-types/api::criteria-set.criteria-set/${locked.documentId}`,
        { waitUntil: 'networkidle0' },
      );
      await page.waitForSelector(`::-p-text(Phiên bản ${locked.version} đã khóa)`, {
        timeout: 20_000,
      });
      // The lock is shown, not editable.
      expect(
        await page.$eval(
          'input[name=lockedReason]',
          (el) => (el as HTMLInputElement).disabled || (el as HTMLInputElement).readOnly,
        ),
      ).toBe(true);
      await shot(page, '00a-criteria-locked');
      const before = page.url();
      await clickText(page, 'Tạo phiên bản mới');
      await page.waitForFunction(
        (u) => location.href !== u && /criteria-set\/[a-z0-9]+$/.test(location.pathname),
        { timeout: 20_000 },
        before,
      );
      const made = await app.strapi.db
        .query('api::criteria-set.criteria-set')
        .findOne({ where: { documentId: page.url().split('/').pop() } });
      expect(made).toMatchObject({
        code: locked.code,
        version: locked.version + 1,
        lockedAt: null,
      });
      await shot(page, '00b-criteria-new-version');
      await page.browserContext().close();
    },
  );

  it(
    'the editor finds sections and blocks by their words, moves the registration deadline, sees the sentence follow in the PDF, and publishes after a confirmation',
    { timeout: 150_000 },
    async () => {
      const plan = await app.strapi.documents('api::plan.plan').findFirst({
        filters: { slug: 'hue-487-kh-ubnd' },
        populate: { sections: { populate: ['blocks'] }, calendar: true },
      });
      const page = await login('bientap@dienhinh.local');
      await page.goto(
        `${app.baseUrl}/admin/content-manager/collection-types/api::plan.plan/${plan.documentId}`,
        { waitUntil: 'networkidle0' },
      );
      await shot(page, '01-plan-edit');
      // Accordions are titled by the section's heading and the block's opening words, not "I" or "1".
      const clickStarting = (label: string) =>
        page.evaluate((l) => {
          const b = Array.from(document.querySelectorAll('button')).find((x) =>
            (x.textContent ?? '').trim().startsWith(l),
          ) as HTMLButtonElement | undefined;
          b?.click();
          return !!b;
        }, label);
      const third = plan.sections.find((s: { number: string }) => s.number === 'III');
      expect(await clickStarting(third.heading)).toBe(true);
      const opening = (t: string) => t.slice(0, 30);
      await page.waitForFunction(
        (l) =>
          Array.from(document.querySelectorAll('button')).some((x) =>
            (x.textContent ?? '').trim().startsWith(l),
          ),
        { timeout: 15_000 },
        opening(third.blocks[0].text),
      );
      const labelled = await page.evaluate(
        (openings) =>
          openings.filter((o: string) =>
            Array.from(document.querySelectorAll('button')).some((x) =>
              (x.textContent ?? '').trim().startsWith(o),
            ),
          ).length,
        third.blocks.map((b: { text: string }) => opening(b.text)),
      );
      expect(labelled).toBe(third.blocks.length);
      await page.evaluate(
        (l) =>
          Array.from(document.querySelectorAll('button'))
            .find((x) => (x.textContent ?? '').trim().startsWith(l))
            ?.scrollIntoView(),
        third.heading,
      );
      await page.screenshot({ path: path.join(artifacts, '01b-plan-section-iii-labelled.png') });
      // Section I, its first block: the edit the PDF must carry.
      expect(await clickStarting(plan.sections[0].heading)).toBe(true);
      await page.waitForFunction(
        (l) =>
          Array.from(document.querySelectorAll('button')).some((x) =>
            (x.textContent ?? '').trim().startsWith(l),
          ),
        { timeout: 15_000 },
        opening(plan.sections[0].blocks[0].text),
      );
      // On a loaded machine a click may land while the section is still opening and the block stays
      // shut: the block is opened until its field shows (each click waited on, never a double toggle).
      const blockText = 'textarea[name="sections.0.blocks.0.text"]';
      for (
        let attempt = 0;
        attempt < 4 && !(await page.$(blockText).then((h) => h?.isVisible() ?? false));
        attempt++
      ) {
        expect(await clickStarting(opening(plan.sections[0].blocks[0].text))).toBe(true);
        await page
          .waitForSelector(blockText, { visible: true, timeout: 8_000 })
          .catch(() => undefined);
      }
      // The form may also re-render the block while keys arrive: type until the field holds the edit.
      const holdsEdit = () =>
        page.$eval(blockText, (el) =>
          (el as HTMLTextAreaElement).value.includes('(đã sửa trong E2E)'),
        );
      for (
        let attempt = 0;
        attempt < 3 && !(await page.$(blockText).then((h) => h && holdsEdit()));
        attempt++
      ) {
        const textarea = await page.waitForSelector(blockText, { visible: true, timeout: 15_000 });
        await textarea!.click();
        await page.keyboard.press('End');
        await page.keyboard.type(' (đã sửa trong E2E)');
        await new Promise((r) => setTimeout(r, 300));
      }
      expect(await holdsEdit()).toBe(true);
      // The registration deadline, found by its label, moved to the 25th.
      const at = plan.calendar.findIndex((c: { kind: string }) => c.kind === 'registration');
      expect(await clickStarting(plan.calendar[at].label)).toBe(true);
      const dayInput = await page.waitForSelector(`input[name="calendar.${at}.day"]`, {
        visible: true,
        timeout: 15_000,
      });
      await dayInput!.focus();
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await page.keyboard.type('25');
      await page.waitForFunction(
        (sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value === '25',
        { timeout: 15_000 },
        `input[name="calendar.${at}.day"]`,
      );
      await shot(page, '02-plan-edited');
      // The demo accounts use the admin in Vietnamese: "Lưu" saves, "Xuất bản" publishes.
      // "Lưu" turns active once the form sees the change; on a busy machine that takes a moment.
      await page.waitForFunction(
        () =>
          Array.from(document.querySelectorAll('button')).some(
            (b) => b.textContent?.trim() === 'Lưu' && !b.disabled,
          ),
        { timeout: 30_000 },
      );
      const saved = page.waitForResponse(
        (r) =>
          r.request().method() === 'PUT' &&
          r.url().includes('/content-manager/collection-types/api::plan.plan/'),
        { timeout: 60_000 },
      );
      await clickText(page, 'Lưu');
      const saveResponse = await saved;
      expect(saveResponse.status(), await saveResponse.text()).toBe(200);
      const draft = await app.strapi
        .documents('api::plan.plan')
        .findOne({ documentId: plan.documentId, status: 'draft', populate: { calendar: true } });
      expect(draft.calendar[at].day).toBe(25);
      const savedDraft = await app.strapi.documents('api::plan.plan').findOne({
        documentId: plan.documentId,
        status: 'draft',
        populate: { sections: { populate: ['blocks'] } },
      });
      expect(savedDraft.sections[0].blocks[0].text).toContain('(đã sửa trong E2E)');
      await shot(page, '02b-plan-saved');
      const preview = page.waitForResponse(
        (r) => r.url().includes('/recognition/documents/plan/hue-487-kh-ubnd/pdf'),
        { timeout: 30_000 },
      );
      await clickText(page, 'Xem trước PDF (bản nháp đã lưu)');
      const res = await preview;
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
      // The same preview, fetched with the editor's token, carries the saved edit and the new date.
      const token = (
        await (
          await fetch(`${app.baseUrl}/admin/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'bientap@dienhinh.local', password: PASSWORD }),
          })
        ).json()
      ).data.token;
      const draftPdf = Buffer.from(
        await (
          await fetch(res.url(), { headers: { authorization: `Bearer ${token}` } })
        ).arrayBuffer(),
      );
      const text = pdfText(draftPdf).replace(/\s+/g, ' ');
      expect(text).toContain('(đã sửa trong E2E)');
      expect(text).toContain('trước ngày 25/01 hằng năm');
      expect(text).not.toContain('trước ngày 10/01 hằng năm');
      // The preview opened in a tab of its own; back to the editor's tab.
      for (const other of await page.browserContext().pages())
        if (other !== page) await other.close();
      await page.bringToFront();
      // "Xuất bản" turns active again once the saved draft is read back; on a busy machine (the
      // suite's databases running beside this file in CI) that can take longer than a click waits.
      await page.waitForFunction(
        () =>
          Array.from(document.querySelectorAll('button')).some(
            (b) => b.textContent?.trim() === 'Xuất bản' && !b.disabled,
          ),
        { timeout: 60_000 },
      );
      // Strapi's shortcut for publishing (Ctrl + Shift + Enter) asks too, and says what it touches.
      await page.keyboard.down('Control');
      await page.keyboard.down('Shift');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Control');
      await page.waitForSelector('::-p-text(Xác nhận xuất bản kế hoạch)', { timeout: 15_000 });
      await page.waitForSelector('::-p-text(đang xử lý theo kế hoạch này)', { timeout: 15_000 });
      await shot(page, '03a-plan-publish-confirm');
      const publishedDay = async () =>
        (
          await app.strapi.documents('api::plan.plan').findOne({
            documentId: plan.documentId,
            status: 'published',
            populate: { calendar: true },
          })
        ).calendar[at].day;
      expect(await publishedDay()).toBe(plan.calendar[at].day);
      // Coming back to the window has the content manager count draft relations again, which
      // once re-created the button and closed the confirmation under the editor's eyes.
      const recount = (r: { url(): string }) => r.url().includes('/actions/countDraftRelations');
      const counted = page.waitForResponse(recount, { timeout: 30_000 });
      const button = await page.waitForSelector('[data-plan-publish]');
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      await counted;
      await new Promise((r) => setTimeout(r, 500));
      expect(await button!.evaluate((b) => b.isConnected)).toBe(true);
      expect(await page.$('::-p-text(Xác nhận xuất bản kế hoạch)')).not.toBeNull();
      expect(await publishedDay()).toBe(plan.calendar[at].day);
      await page
        .locator(
          '::-p-xpath(//div[@role="alertdialog" or @role="dialog"]//button[normalize-space(.)="Xuất bản" or .//*[normalize-space(.)="Xuất bản"]])',
        )
        .setTimeout(60_000)
        .click();
      await page.waitForFunction(() => !document.querySelector('[role="alertdialog"]'), {
        timeout: 30_000,
      });
      await new Promise((r) => setTimeout(r, 1500));
      await shot(page, '03-plan-published');
      const published = await app.strapi.documents('api::plan.plan').findOne({
        documentId: plan.documentId,
        status: 'published',
        populate: { sections: { populate: ['blocks'] }, calendar: true },
      });
      expect(published.sections[0].blocks[0].text).toContain('(đã sửa trong E2E)');
      expect(published.calendar[at].day).toBe(25);

      // The side-by-side preview frames the PDF; the admin's own CSP lets it (it once showed a broken page).
      const refused: string[] = [];
      page.on(
        'console',
        (m) => m.text().includes('Content Security Policy') && refused.push(m.text()),
      );
      await page.goto(`${app.baseUrl}/admin/plugins/recognition/plans?plan=${plan.documentId}`, {
        waitUntil: 'networkidle0',
      });
      await page.waitForSelector('iframe[src^="blob:"]', { timeout: 30_000 });
      await new Promise((r) => setTimeout(r, 1500));
      await shot(page, '03b-plan-side-by-side');
      expect(refused).toEqual([]);
      // Its window closes: a PDF left open in a frame keeps the next test's window from the foreground.
      await page.browserContext().close();
    },
  );

  it(
    'the secretariat starts appraising a submitted dossier, records the council meeting, opens its minutes and proposes the unit',
    { timeout: 120_000 },
    async () => {
      // Arrange: a third Huế commune whose dossier was submitted for 2026.
      const { strapi } = app;
      const unit = await strapi.db.query('api::unit.unit').findOne({
        where: { jurisdiction: { slug: 'hue' }, kind: 'xa', code: { $notIn: ['20056'] } },
        orderBy: { code: 'asc' },
      });
      const model = await strapi.db
        .query('plugin::recognition.registration')
        .findOne({ where: { year: 2026 }, populate: ['plan', 'criteriaSet'] });
      const created = await strapi.db.query('plugin::recognition.registration').create({
        data: {
          unit: unit.id,
          year: 2026,
          plan: model.plan.id,
          criteriaSet: model.criteriaSet.id,
          state: 'submitted',
          uniqueKey: `${unit.documentId}:2026`,
          selfMarks: model.selfMarks,
          selfTotal: model.selfTotal,
          dossier: {},
          evidence: {},
          conflicts: [],
        },
      });
      const row = (text: string) =>
        `::-p-xpath(//tr[.//*[normalize-space(.)="${unit.name}"]]//button[normalize-space(.)="${text}" or .//*[normalize-space(.)="${text}"]])`;

      const page = await login('thuky@dienhinh.local');
      // Staff land on the programme's pages, not on Strapi's system home.
      await page.waitForFunction(() => window.location.pathname === '/admin/plugins/recognition', {
        timeout: 15_000,
      });
      await page.goto(
        `${app.baseUrl}/admin/plugins/recognition/appraisal?jurisdiction=hue&year=2026`,
        { waitUntil: 'networkidle0' },
      );
      await page.waitForSelector('::-p-text(Hội đồng thẩm định điển hình năm 2026 (demo))', {
        timeout: 15_000,
      });
      await shot(page, '04a-appraisal');
      await page.locator(row('Bắt đầu thẩm định')).setTimeout(15_000).click();
      // It asks first, saying what starting changes.
      await page.waitForSelector('::-p-text(đơn vị không sửa được điểm tự chấm)', {
        timeout: 15_000,
      });
      expect(
        await strapi.db
          .query('plugin::recognition.registration')
          .findOne({ where: { id: created.id } }),
      ).toMatchObject({ state: 'submitted' });
      await clickText(page, 'Xác nhận bắt đầu thẩm định');
      await page.waitForSelector(`::-p-text(Đã bắt đầu thẩm định ${unit.name})`, {
        timeout: 15_000,
      });
      // No "Đề nghị công nhận" before the council has scored and voted.
      expect(await page.$(row('Đề nghị công nhận'))).toBeNull();
      // The council votes only once every member has scored: the three demo members score (their portal comes later).
      const plugin = strapi.plugin('recognition');
      for (const email of [
        'hoidong1@dienhinh.local',
        'hoidong2@dienhinh.local',
        'hoidong3@dienhinh.local',
      ]) {
        const member = await plugin
          .service('actors')
          .councilMember(
            await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } }),
          );
        await plugin
          .service('council-scoring')
          .saveCouncilScores(member, created.documentId, model.selfMarks);
      }

      // The meeting: all three members present, three votes for, a place and a conclusion. The page,
      // opened again now that every member has scored, offers the dossier for the vote.
      await page.reload({ waitUntil: 'networkidle0' });
      await page.waitForSelector('input[name=place]', { visible: true });
      await page.type('input[name=place]', 'Hội trường Công an thành phố Huế');
      await page.type(
        'textarea[name=conclusion]',
        `Hội đồng thống nhất đề nghị công nhận ${unit.name}.`,
      );
      // Times in 24-hour Vietnamese form, in a browser set to English; votes start empty and the
      // meeting cannot be recorded until they account for every member present.
      expect(await page.$eval('input[name=start]', (el) => (el as HTMLInputElement).value)).toBe(
        '08:00',
      );
      const record =
        '::-p-xpath(//button[normalize-space(.)="Ghi cuộc họp" or .//*[normalize-space(.)="Ghi cuộc họp"]])';
      const recordDisabled = () =>
        page.$eval(
          record,
          (b) => (b as HTMLButtonElement).disabled || b.getAttribute('aria-disabled') === 'true',
        );
      expect(
        await page.$eval(
          `input[name="${created.documentId}-for"]`,
          (el) => (el as HTMLInputElement).value,
        ),
      ).toBe('');
      expect(await recordDisabled()).toBe(true);
      await page.type(`input[name="${created.documentId}-for"]`, '2');
      await page.type(`input[name="${created.documentId}-against"]`, '0');
      await page.type(`input[name="${created.documentId}-abstain"]`, '0');
      await page.waitForSelector('::-p-text(phải bằng số thành viên có mặt (3))', {
        timeout: 15_000,
      });
      expect(await recordDisabled()).toBe(true);
      await page.click(`input[name="${created.documentId}-for"]`, { count: 3 });
      await page.keyboard.type('3');
      await page.waitForFunction(
        (sel) =>
          !(
            document.evaluate(sel, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null)
              .singleNodeValue as Element | null
          )?.hasAttribute('disabled'),
        { timeout: 15_000 },
        record.replace('::-p-xpath(', '').slice(0, -1),
      );
      await shot(page, '04b-meeting-form');
      await clickText(page, 'Ghi cuộc họp');
      await clickText(page, 'Xác nhận ghi');
      await page.waitForSelector('::-p-text(Đã ghi cuộc họp: 3/3 thành viên có mặt)', {
        timeout: 15_000,
      });
      // The voted dossier leaves the meeting form: it cannot be recorded twice.
      await page.waitForFunction(
        (id) => !document.querySelector(`input[name="${id}-for"]`),
        { timeout: 15_000 },
        created.documentId,
      );
      const meetings = await strapi.db
        .query('plugin::recognition.meeting')
        .findMany({ orderBy: { id: 'desc' }, limit: 1 });
      expect(meetings[0].place).toBe('Hội trường Công an thành phố Huế');
      expect(meetings[0].startedAt).toBeTruthy();

      // Its minutes: the page's button opens the PDF rendered from the database.
      const opened = browser.waitForTarget((t) => t.url().startsWith('blob:'), { timeout: 30_000 });
      await clickText(page, 'Xem biên bản (PDF)');
      const tab = await opened;
      expect(tab.url()).toMatch(/^blob:/);
      await (await tab.page())?.close();
      await page.bringToFront();
      const token = (
        await (
          await fetch(`${app.baseUrl}/admin/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'thuky@dienhinh.local', password: PASSWORD }),
          })
        ).json()
      ).data.token;
      const minutes = await fetch(
        `${app.baseUrl}/recognition/documents/minutes/${meetings[0].documentId}/pdf`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      expect(minutes.status).toBe(200);
      const minutesText = pdfText(Buffer.from(await minutes.arrayBuffer()));
      expect(minutesText).toContain('Hội trường Công an thành phố Huế');
      expect(minutesText).toContain(unit.name);

      await shot(page, '04b2-voted');
      await page.locator(row('Đề nghị công nhận')).setTimeout(30_000).click();
      await clickText(page, 'Xác nhận đề nghị');
      await page.waitForSelector(`::-p-text(Đã đề nghị công nhận ${unit.name})`, {
        timeout: 15_000,
      });
      await shot(page, '04c-proposed');
      const reg = await strapi.db
        .query('plugin::recognition.registration')
        .findOne({ where: { unit: { id: unit.id }, year: 2026 } });
      expect(reg.state).toBe('proposed');
      const audit = await strapi
        .plugin('recognition')
        .service('audit')
        .history({ subjectId: reg.documentId });
      expect(audit.map((e: { action: string }) => e.action)).toEqual(
        expect.arrayContaining(['start_appraisal', 'propose']),
      );
    },
  );

  it(
    'the approver recognises a unit from the queue with a confirmation, downloads the certificate, and its QR code verifies',
    { timeout: 120_000 },
    async () => {
      const page = await login('pheduyet@dienhinh.local');
      await page.goto(
        `${app.baseUrl}/admin/plugins/recognition/approval?jurisdiction=hue&year=2026`,
        { waitUntil: 'networkidle0' },
      );
      await page.waitForSelector('::-p-text(A Lưới 1)', { timeout: 15_000 });
      await shot(page, '04-approval-queue');
      // The desk fits 1366 × 768 and shows what the decision rests on: the council's vote, each member's marks, the act in view.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      const desk = await page.$eval('article[aria-label="A Lưới 1"]', (card) => {
        const act = Array.from(card.querySelectorAll('button'))
          .find((b) => b.textContent?.trim() === 'Công nhận')!
          .getBoundingClientRect();
        return {
          text: card.textContent ?? '',
          actRight: act.right,
          members: card.querySelectorAll('thead th').length - 2,
        };
      });
      expect(desk.text).toMatch(/\d+ tán thành · \d+ không tán thành · \d+ không biểu quyết/);
      expect(desk.text).toContain(`Điểm của từng thành viên (${desk.members})`);
      expect(desk.members).toBeGreaterThan(0);
      expect(desk.actRight).toBeLessThanOrEqual(1366);
      // The row's own "Công nhận" button, then the confirmation dialog.
      await page.evaluate(() => {
        const row = Array.from(document.querySelectorAll('article')).find(
          (card) => card.getAttribute('aria-label') === 'A Lưới 1',
        )!;
        const button = Array.from(row.querySelectorAll('button')).find(
          (b) => b.textContent?.trim() === 'Công nhận',
        ) as HTMLButtonElement;
        button.click();
      });
      await page.waitForSelector('::-p-text(Xác nhận công nhận)', { visible: true });
      expect(await clippedInDialog(page)).toEqual([]);
      await shot(page, '05-confirm');
      await clickText(page, 'Xác nhận công nhận');
      await page.waitForSelector('::-p-text(Đã công nhận 1 đơn vị)', { timeout: 20_000 });
      await shot(page, '06-recognised');

      // The unit is on the year's draft decision: the approver issues it from the Quyết định page
      // with the number from the committee's register, after a confirmation, and downloads it signed.
      await page.goto(
        `${app.baseUrl}/admin/plugins/recognition/decisions?jurisdiction=hue&year=2026`,
        { waitUntil: 'networkidle0' },
      );
      await page.waitForSelector('::-p-text(Dự thảo quyết định)', { timeout: 15_000 });
      await shot(page, '06a-draft-decision');
      await clickText(page, 'Ban hành');
      await page.waitForSelector('::-p-text(Ký số và ban hành)', { visible: true });
      // The dialog that issues a legal act, whole on a 1366 × 768 screen: every label readable.
      expect(await clippedInDialog(page)).toEqual([]);
      await page.type('input[name=number]', '2791/QĐ-UBND');
      await shot(page, '06b-issue-form');
      await clickText(page, 'Ký số và ban hành');
      await page.waitForSelector('::-p-text(Đã ban hành Quyết định số 2791/QĐ-UBND)', {
        timeout: 60_000,
      });
      await shot(page, '06c-issued');
      const decisionAnswer = page.waitForResponse(
        (r) => /\/recognition\/decisions\/[a-z0-9]+\/pdf$/.test(r.url()),
        { timeout: 30_000 },
      );
      await clickText(page, 'Tải PDF đã ký');
      const served = await decisionAnswer;
      expect([served.status(), served.headers()['content-type']]).toEqual([200, 'application/pdf']);
      // The page saved the blob; the test reads the same route with the approver's own token.
      const decisionPdf = await downloadAsAdmin(
        app.baseUrl,
        served.url(),
        'pheduyet@dienhinh.local',
        PASSWORD,
      );
      expect(pdfSignatures(decisionPdf)).toEqual([expect.objectContaining({ valid: true })]);
      expect(pdfText(decisionPdf)).toContain('Số: 2791/QĐ-UBND');

      // Its certificate is issued in the background right after: the year's line reaches 1/1 by itself.
      await page.goto(`${app.baseUrl}/admin/plugins/recognition`, { waitUntil: 'networkidle0' });
      const href = await page
        .waitForSelector('::-p-xpath(//a[contains(., "Tải PDF")])')
        .then((a) => a!.evaluate((el) => (el as HTMLAnchorElement).getAttribute('href')));
      await shot(page, '07-recognised-list');
      await page.waitForSelector('::-p-text(Huế năm 2026)', { timeout: 15_000 });
      await page.waitForFunction(
        () =>
          Array.from(document.querySelectorAll('button')).some(
            (b) =>
              b.textContent?.trim() === 'Đã cấp đủ' &&
              b.disabled &&
              b.parentElement?.parentElement?.textContent?.includes('Huế năm 2026') &&
              b.parentElement.parentElement.textContent.includes('Đã cấp 1/1'),
          ),
        { timeout: 60_000 },
      );
      await shot(page, '07b-issued');
      expect(
        (
          await app.strapi.db
            .query('plugin::recognition.recognition')
            .findOne({ where: { serial: /certificates\/([A-Z0-9-]+)\/pdf/.exec(href!)![1] } })
        ).certificateStatus,
      ).toBe('issued');
      const serial = /certificates\/([A-Z0-9-]+)\/pdf/.exec(href!)![1];
      const pdf = Buffer.from(await (await fetch(`${app.baseUrl}${href}`)).arrayBuffer());
      const text = pdfText(pdf);
      expect(text).toContain('GIẤY CHỨNG NHẬN');
      expect(text).toContain(serial);

      // Read the QR code off the printed page, as a phone would.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-qr-'));
      fs.writeFileSync(path.join(dir, 'c.pdf'), pdf);
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '200',
        '-singlefile',
        path.join(dir, 'c.pdf'),
        path.join(dir, 'c'),
      ]);
      const png = PNG.sync.read(fs.readFileSync(path.join(dir, 'c.png')));
      const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      fs.rmSync(dir, { recursive: true, force: true });
      // The address, then after "#" the payload signed with Huế's key (checked in the page itself).
      expect(qr?.data.startsWith(`${app.baseUrl}/verify/${serial}#`)).toBe(true);

      const verify = await browser.newPage();
      await verify.goto(qr!.data, { waitUntil: 'load' });
      await verify.waitForSelector('[data-offline-status="valid"]', { timeout: 20_000 });
      await shot(verify, '08-verify');
      const body = await verify.evaluate(() => document.body.innerText);
      expect(body).toContain('CÒN HIỆU LỰC');
      expect(body).toContain('Xã A Lưới 1');
    },
  );
});
