// Hostile and malformed input, generated (fast-check): 10,000 payloads against registration,
// self-scoring, submission and import. Never a 5xx; every rejection in Vietnamese; the database
// unchanged by every rejected request.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { TestApp } from '../helpers/strapi';

const vietnamese = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

export function fuzzTests(
  getApp: () => TestApp,
  runs: { register: number; scores: number; submit: number; imports: number } = {
    register: 2500,
    scores: 4000,
    submit: 1000,
    imports: 2500,
  },
) {
  it(`answers ${runs.register + runs.scores + runs.submit + runs.imports} generated payloads without a 5xx, in Vietnamese, changing nothing when it refuses`, async () => {
    const { strapi, baseUrl } = getApp();
    strapi.plugin('recognition').service('clock').now = () => new Date('2030-11-01T03:00:00Z');
    const unit = await strapi.db.query('api::unit.unit').findOne({ where: { code: '20044' } });
    const set = await strapi.db
      .query('api::criteria-set.criteria-set')
      .findOne({ where: { code: 'MAU-XA-PHUONG' } });
    const plan = await strapi.db
      .query('api::plan.plan')
      .findOne({ where: { slug: 'hue-487-kh-ubnd', publishedAt: { $null: true } } });
    const reg = await strapi.db.query('plugin::recognition.registration').create({
      data: {
        unit: unit.id,
        year: 2030,
        plan: plan.id,
        criteriaSet: set.id,
        // Arranged as chosen by the province, so that every mark reaches the self-score rules.
        state: 'selected',
        uniqueKey: `${unit.documentId}:2030`,
        selfMarks: {},
        dossier: {},
        evidence: {},
        conflicts: [],
      },
    });
    const post = async (path: string, body: unknown, identifier: string) => {
      const login = await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await login.json())[identifier === 'jwt' ? 'jwt' : 'data'];
    };
    const jwt = await post(
      '/api/auth/local',
      { identifier: 'canbo.aluoi2@test.local', password: 'Test@12345' },
      'jwt',
    );
    const admin = (
      await post(
        '/admin/login',
        { email: 'bientap@dienhinh.local', password: 'Test@12345' },
        'data',
      )
    ).token;

    const digest = async () =>
      JSON.stringify([
        await strapi.db.query('api::unit.unit').count({}),
        await strapi.db.query('plugin::recognition.registration').count({}),
        await strapi.db.query('plugin::recognition.audit-event').count({}),
        (
          await strapi.db
            .query('plugin::recognition.registration')
            .findOne({ where: { id: reg.id } })
        ).updatedAt,
      ]);

    const problems: string[] = [];
    let refused = 0;
    const send = async (
      label: string,
      init: {
        method: string;
        path: string;
        token: string;
        json?: unknown;
        raw?: string;
        form?: FormData;
      },
    ) => {
      const before = await digest();
      const headers: Record<string, string> = { authorization: `Bearer ${init.token}` };
      let body: BodyInit | undefined;
      if (init.form) body = init.form;
      else if (init.raw !== undefined) {
        headers['content-type'] = 'application/json';
        body = init.raw;
      } else if (init.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(init.json);
      }
      const res = await fetch(`${baseUrl}${init.path}`, { method: init.method, headers, body });
      const text = await res.text();
      if (res.status >= 500) problems.push(`${label}: ${res.status} ${text.slice(0, 200)}`);
      // The import answers 200 with a row report when it refuses a file: nothing may change then either.
      if (
        res.status === 200 &&
        label === 'import' &&
        JSON.parse(text).data?.ok === false &&
        (await digest()) !== before
      ) {
        problems.push(`${label}: refused rows but the database changed`);
      }
      if (res.status >= 400) {
        refused++;
        const after = await digest();
        if (after !== before)
          problems.push(`${label}: refused with ${res.status} but the database changed`);
        let message = '';
        try {
          message = JSON.parse(text).error?.message ?? '';
        } catch {
          message = text;
        }
        if (!vietnamese.test(message))
          problems.push(
            `${label}: ${res.status} without a Vietnamese message: ${message.slice(0, 120)}`,
          );
      }
    };

    const junk = fc.oneof(
      fc.anything(),
      fc.string(),
      fc.constant(null),
      fc.constant('<script>alert(1)</script>'),
      fc.constant('{{constructor.constructor}}'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          junk,
          fc.record(
            { year: fc.oneof(fc.integer(), fc.double(), fc.string(), junk) },
            { requiredKeys: [] },
          ),
        ),
        async (body) => {
          await send('register', {
            method: 'POST',
            path: '/api/recognition/registrations',
            token: jwt,
            json: body,
          });
        },
      ),
      { numRuns: runs.register },
    );

    const code = fc.oneof(
      fc.constantFrom('1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2', '9.9'),
      fc.string({ maxLength: 30 }),
    );
    const mark = fc.oneof(
      junk,
      fc.record(
        {
          points: fc.oneof(fc.integer({ min: -50, max: 200 }), fc.double(), junk),
          passed: fc.oneof(fc.boolean(), junk),
          subItems: fc.oneof(
            fc.dictionary(
              fc.constantFrom('a', 'b', 'z'),
              fc.oneof(fc.integer({ min: -5, max: 30 }), junk),
            ),
            junk,
          ),
          note: fc.oneof(fc.string(), fc.string({ minLength: 2001, maxLength: 2100 }), junk),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          junk,
          fc.record(
            { marks: fc.oneof(fc.dictionary(code, mark, { maxKeys: 6 }), junk) },
            { requiredKeys: [] },
          ),
        ),
        async (body) => {
          await send('self-scores', {
            method: 'PUT',
            path: `/api/recognition/registrations/${reg.documentId}/self-scores`,
            token: jwt,
            json: body,
          });
        },
      ),
      { numRuns: runs.scores },
    );

    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          junk,
          fc.string().map((s) => ({ raw: s })),
        ),
        async (body) => {
          const raw = (body as { raw?: string })?.raw;
          await send('submit', {
            method: 'POST',
            path: `/api/recognition/registrations/${reg.documentId}/submit`,
            token: jwt,
            ...(raw !== undefined ? { raw } : { json: body }),
          });
        },
      ),
      { numRuns: runs.submit },
    );

    const cell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('xa', 'phuong', 'Xã', 'thôn', '', '"', ',', '<b>x</b>', '=1+1'),
    );
    const csv = fc
      .array(fc.array(cell, { minLength: 0, maxLength: 6 }), { maxLength: 8 })
      .map((rows) => ['kind,name,code', ...rows.map((r) => r.join(','))].join('\n'));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(csv, fc.string()),
        fc.constantFrom('u.csv', 'u.xlsx', 'u.txt', 'u.pdf'),
        fc.constantFrom('hue', 'dong-thap', 'khong-co', 'HUẾ'),
        async (text, name, jurisdiction) => {
          const form = new FormData();
          form.append('file', new Blob([text]), name);
          form.append('jurisdiction', jurisdiction);
          form.append('dryRun', 'false');
          await send('import', {
            method: 'POST',
            path: '/recognition/units/import',
            token: admin,
            form,
          });
        },
      ),
      { numRuns: runs.imports },
    );

    expect(problems.slice(0, 20)).toEqual([]);
    expect(refused).toBeGreaterThan(1000);
  }, 600_000);
}
