// The staff side in Vietnamese, walked in real Chromium on the demo year as each staff role uses
// it: the login page of a browser that never chose a language, every page of the plugin, the
// content-manager lists and edit screens the role can open, the media library, the profile and
// (for the administrator) the settings. The walk fails on any MISSING_TRANSLATION message in the
// console, on any English UI string from the list below, and on any colour-contrast failure of
// the plugin's own pages (axe-core, WCAG AA); what it found is kept in
// test-artifacts/e2e/vietnamese-walk.json with a screenshot of every page.
import fs from 'node:fs';
import path from 'node:path';
import { AxePuppeteer } from '@axe-core/puppeteer';
import { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../pipeline/src/render/chromium';
import { bootApp, projectRoot, type TestApp } from '../helpers/strapi';
import { englishLeftovers } from '../helpers/english-ui';

const artifacts = path.join(projectRoot, 'test-artifacts', 'e2e', 'vietnamese');
const PASSWORD = 'DienHinh@2026';
const pluginPages = [
  '',
  'dashboard',
  'national',
  'appraisal',
  'paper',
  'approval',
  'decisions',
  'acts',
  'maintenance',
  'commendations',
  'extensions',
  'history',
  'import',
  'criteria-import',
  'plans',
];

type Finding = {
  account: string;
  page: string;
  missing: string[];
  english: string[];
  contrast?: string[];
};

describe('the staff admin in Vietnamese (real Chromium, every page a role opens)', () => {
  let app: TestApp;
  let browser: Browser;
  const findings: Finding[] = [];
  beforeAll(async () => {
    // Each run's screenshots only (their numbers follow the walk's order).
    fs.rmSync(artifacts, { recursive: true, force: true });
    fs.mkdirSync(artifacts, { recursive: true });
    app = await bootApp(
      { client: 'sqlite' },
      { DIENHINH_DEMO_WORKFLOW: 'true', DEMO_PASSWORD: PASSWORD, SERVE_ADMIN: 'true' },
    );
    app.strapi.plugin('recognition').service('clock').now = () => new Date('2026-12-01T03:00:00Z');
    browser = await launchChromium({ args: ['--lang=en-US'] });
  });
  afterAll(async () => {
    const missing = findings.flatMap((f) => f.missing);
    const summary = {
      pages: findings.length,
      missingTranslationMessages: missing.length,
      missingKeys: [...new Set(missing)].sort(),
      english: findings
        .filter((f) => f.english.length)
        .map((f) => ({ account: f.account, page: f.page, english: f.english })),
      contrast: findings
        .filter((f) => f.contrast?.length)
        .map((f) => ({ account: f.account, page: f.page, contrast: f.contrast })),
    };
    fs.writeFileSync(
      path.join(artifacts, '..', 'vietnamese-walk.json'),
      JSON.stringify(summary, null, 2),
    );
    await browser?.close();
    await app?.stop();
  });

  /** A page that records the MISSING_TRANSLATION messages react-intl logs while it is open. */
  async function freshPage(): Promise<{ page: Page; missing: string[] }> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1366, height: 900 });
    const missing: string[] = [];
    page.on('console', (m) => {
      const text = m.text();
      if (text.includes('MISSING_TRANSLATION'))
        missing.push(/Missing message: "([^"]+)"/.exec(text)?.[1] ?? text.slice(0, 200));
    });
    return { page, missing };
  }

  let shots = 0;
  /** Opens a path, lets it settle, and notes what it showed in English. */
  async function visit(
    page: Page,
    missing: string[],
    account: string,
    where: string,
  ): Promise<void> {
    const before = missing.length;
    await page.goto(`${app.baseUrl}${where}`, { waitUntil: 'networkidle0', timeout: 60_000 });
    await new Promise((r) => setTimeout(r, 400));
    const text = await page.evaluate(
      () =>
        document.body.innerText +
        '\n' +
        Array.from(document.querySelectorAll('[placeholder],[aria-label],[title]'))
          .map((e) =>
            [e.getAttribute('placeholder'), e.getAttribute('aria-label'), e.getAttribute('title')]
              .filter(Boolean)
              .join('\n'),
          )
          .join('\n'),
    );
    // The plugin's own pages are also held to WCAG AA colour contrast (axe-core, the page's main content).
    const contrast = where.startsWith('/admin/plugins/recognition')
      ? (
          await new AxePuppeteer(page).include('main').withRules(['color-contrast']).analyze()
        ).violations.flatMap((v) =>
          v.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message ?? v.help}`),
        )
      : [];
    findings.push({
      account,
      page: where,
      missing: missing.slice(before),
      english: englishLeftovers(text),
      contrast,
    });
    await page.screenshot({
      path: path.join(
        artifacts,
        `${String(++shots).padStart(2, '0')}-${account.split('@')[0]}-${where.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`,
      ),
      fullPage: true,
    });
  }

  async function signIn(email: string, password = PASSWORD) {
    const { page, missing } = await freshPage();
    await page.goto(`${app.baseUrl}/admin/auth/login`, { waitUntil: 'networkidle0' });
    await page.type('input[name=email]', email);
    await page.type('input[name=password]', password);
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'networkidle0' }),
      page.keyboard.press('Enter'),
    ]);
    return { page, missing };
  }

  /** The content-manager types this account sees, each list and its first entry. */
  async function walkContentManager(page: Page, missing: string[], account: string) {
    await visit(page, missing, account, '/admin/content-manager');
    const types = await page.evaluate(() => [
      ...new Set(
        Array.from(
          document.querySelectorAll(
            'a[href*="/content-manager/collection-types/"], a[href*="/content-manager/single-types/"]',
          ),
        ).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      ),
    ]);
    for (const list of types) {
      await visit(page, missing, account, list);
      const first = await page.evaluate(() => {
        const row = document.querySelector('tbody tr');
        return row
          ? (((row as HTMLElement).querySelector('a[href]') as HTMLAnchorElement | null)
              ?.pathname ?? null)
          : null;
      });
      if (first) await visit(page, missing, account, first);
    }
  }

  it('shows the login page in Vietnamese to a browser that never chose a language, with English still offered', async () => {
    const { page, missing } = await freshPage();
    await visit(page, missing, 'anonymous', '/admin/auth/login');
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('Chào mừng');
    expect(text).not.toContain('Welcome to Strapi');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.browserContext().close();
  });

  it(
    'shows the approver a year of Huế’s history in words, filtered by unit name and a page at a time',
    { timeout: 120_000 },
    async () => {
      const { page, missing } = await signIn('pheduyet@dienhinh.local');
      await visit(
        page,
        missing,
        'pheduyet@dienhinh.local',
        '/admin/plugins/recognition/history?jurisdiction=hue&year=2026',
      );
      await page.waitForSelector('::-p-text(sự kiện, trang 1/)', { timeout: 20_000 });
      const text = await page.evaluate(() => document.querySelector('main')?.innerText ?? '');
      // Actions and roles in words, never their codes.
      expect(text).toMatch(/đề nghị công nhận|bắt đầu thẩm định|chấm điểm thẩm định/);
      expect(text).not.toMatch(/\b(dienhinh-[a-z]+|start_appraisal|council_score|self_assess)\b/);
      // Every change field by field in Vietnamese: each field's name has Vietnamese letters, and no value is raw JSON.
      const changes = await page.$$eval('tbody tr td b', (bs) =>
        bs.map((b) => b.textContent ?? ''),
      );
      expect(changes.length).toBeGreaterThan(0);
      expect(
        changes.filter((label) => !/[^\p{ASCII}]/u.test(label) || label.startsWith('Trường ')),
      ).toEqual([]);
      expect(text).not.toMatch(/[{[]"/);
      await page.type('input[name=unit]', 'A Lưới');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () =>
          Array.from(document.querySelectorAll('tbody tr')).every((tr) =>
            tr.textContent?.includes('A Lưới'),
          ),
        { timeout: 20_000 },
      );
      await page.screenshot({ path: path.join(artifacts, `history-a-luoi.png`), fullPage: true });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      expect(overflow).toBe(false);
      expect(missing).toEqual([]);
      await page.browserContext().close();
    },
  );

  it(
    'shows each staff role only the menu items and tabs it may open: none of them answers 403',
    { timeout: 600_000 },
    async () => {
      const refused: string[] = [];
      const tabsOf: Record<string, string[]> = {};
      const menusOf: Record<string, boolean> = {};
      for (const account of [
        'bientap@dienhinh.local',
        'thuky@dienhinh.local',
        'pheduyet@dienhinh.local',
        'noivu@dienhinh.local',
      ]) {
        const { page } = await signIn(account);
        const forbidden: string[] = [];
        page.on('response', (r) => {
          if (r.status() === 403) forbidden.push(new URL(r.url()).pathname);
        });
        await page.goto(`${app.baseUrl}/admin/plugins/recognition?jurisdiction=hue&year=2026`, {
          waitUntil: 'networkidle0',
        });
        tabsOf[account] = await page.$$eval(
          'nav[aria-label="Các trang công nhận điển hình"] a',
          (as) => as.map((a) => a.textContent ?? ''),
        );
        menusOf[account] = await page.$$eval(
          'nav a[href^="/admin/content-manager"]',
          (as) => as.length > 0,
        );
        // Every link of Strapi's side menu and of the plugin's tabs.
        const links = await page.$$eval('nav a[href]', (as) =>
          [...new Set(as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))].filter((p) =>
            p.startsWith('/admin'),
          ),
        );
        for (const link of links) {
          forbidden.length = 0;
          await page.goto(`${app.baseUrl}${link}`, { waitUntil: 'networkidle0', timeout: 60_000 });
          await new Promise((r) => setTimeout(r, 300));
          const text = await page.evaluate(() => document.body.innerText);
          if (forbidden.length || /không có quyền/i.test(text))
            refused.push(`${account} ${link}: ${forbidden.join(', ') || 'không có quyền'}`);
        }
        await page.browserContext().close();
      }
      expect(refused).toEqual([]);
      // The editor keeps the Content Manager in the menu; the others, who may read no content type, do not see it.
      expect(menusOf).toEqual({
        'bientap@dienhinh.local': true,
        'thuky@dienhinh.local': false,
        'pheduyet@dienhinh.local': false,
        'noivu@dienhinh.local': false,
      });
      // Sở Nội vụ opens the commendations and nothing else.
      expect(tabsOf['noivu@dienhinh.local']).toEqual(['Khen thưởng']);
      expect(tabsOf['bientap@dienhinh.local']).toEqual([
        'Đã công nhận',
        'Bảng theo dõi',
        'Toàn quốc',
        'Dự kiến kết quả',
        'Quyết định',
        'Văn bản',
        'Duy trì',
        'Kế hoạch',
        'Nhập bộ tiêu chí',
        'Nhập danh sách',
      ]);
      expect(tabsOf['thuky@dienhinh.local']).toContain('Thẩm định');
      expect(tabsOf['thuky@dienhinh.local']).toContain('Lựa chọn đơn vị');
      expect(tabsOf['pheduyet@dienhinh.local']).toContain('Lựa chọn đơn vị');
      expect(tabsOf['thuky@dienhinh.local']).not.toContain('Hàng chờ phê duyệt');
      expect(tabsOf['pheduyet@dienhinh.local']).toContain('Hàng chờ phê duyệt');
      expect(tabsOf['pheduyet@dienhinh.local']).not.toContain('Thẩm định');
    },
  );

  for (const account of [
    'bientap@dienhinh.local',
    'thuky@dienhinh.local',
    'pheduyet@dienhinh.local',
    'admin@test.local',
  ]) {
    it(`walks the pages of ${account} in Vietnamese`, { timeout: 600_000 }, async () => {
      const { page, missing } = await signIn(
        account,
        account === 'admin@test.local' ? 'Test@12345' : PASSWORD,
      );
      await visit(page, missing, account, '/admin');
      for (const p of pluginPages)
        await visit(
          page,
          missing,
          account,
          `/admin/plugins/recognition${p ? '/' + p : ''}?jurisdiction=hue&year=2026`,
        );
      await walkContentManager(page, missing, account);
      await visit(page, missing, account, '/admin/plugins/upload');
      await visit(page, missing, account, '/admin/me');
      if (account === 'admin@test.local') {
        // Not walked: Internationalization (no staff role opens it; its table header is hard-coded English in Strapi).
        for (const s of [
          '/admin/settings/application-infos',
          '/admin/settings/users',
          '/admin/settings/roles',
          '/admin/settings/users-permissions/roles',
          '/admin/settings/api-tokens',
          '/admin/settings/email',
        ])
          await visit(page, missing, account, s);
      }
      await page.browserContext().close();
      const mine = findings.filter((f) => f.account === account);
      expect(mine.flatMap((f) => f.missing.map((k) => `${f.page}: ${k}`))).toEqual([]);
      expect(
        mine.filter((f) => f.english.length).map((f) => `${f.page}: ${f.english.join(' | ')}`),
      ).toEqual([]);
      expect(mine.flatMap((f) => (f.contrast ?? []).map((c) => `${f.page}: ${c}`))).toEqual([]);
    });
  }
});
