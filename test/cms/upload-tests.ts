// Files that cannot attack: evidence is judged by its content (an HTML, script, SVG or polyglot
// file is refused whatever its name and declared type), kept outside /uploads, and served only
// through the authorised routes as a download that no browser sniffs or renders.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { adminToken, ensureStaff, selectRegistrant, type TestApp } from '../helpers/strapi';

const PASSWORD = 'Test@12345';

export function uploadTests(getApp: () => TestApp) {
  it('refuses HTML, JS, SVG and polyglot evidence by content, keeps accepted files privately, and serves them as downloads to the unit and its province’s staff only', async () => {
    const { strapi, baseUrl } = getApp();
    const clock = strapi.plugin('recognition').service('clock');
    const realNow = clock.now;
    clock.now = () => new Date('2026-01-05T02:00:00Z');
    try {
      const unit = await strapi.db.query('api::unit.unit').findOne({ where: { code: '19815' } });
      const email = 'canbo.19815@upload.test';
      const role = await strapi.db
        .query('plugin::users-permissions.role')
        .findOne({ where: { type: 'unit-officer' } });
      const user = await strapi.plugin('users-permissions').service('user').add({
        username: email,
        email,
        password: PASSWORD,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
      });
      await strapi.db.query('plugin::recognition.membership').create({
        data: { user: user.id, role: 'unit_officer', unit: unit.id },
      });
      await strapi.db.query('api::unit-result.unit-result').create({
        data: {
          unit: unit.id,
          year: 2025,
          anttSafe: true,
          classification: 'xuat_sac',
        },
      });
      // Tokens from the users-permissions JWT service: the suite's many logins would meet the login rate limit.
      const jwt = async (email: string) =>
        strapi
          .plugin('users-permissions')
          .service('jwt')
          .issue({
            id: (
              await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } })
            ).id,
          }) as string;
      const officer = await jwt(email);
      const reg = await (
        await fetch(`${baseUrl}/api/recognition/registrations`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${officer}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ year: 2026 }),
        })
      ).json();
      expect(reg.data, JSON.stringify(reg)).toBeTruthy();
      const id = reg.data.documentId as string;
      await selectRegistrant(strapi, id);
      const upload = (name: string, bytes: Buffer, type: string) => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
        return fetch(`${baseUrl}/api/recognition/registrations/${id}/evidence/1.1`, {
          method: 'POST',
          headers: { authorization: `Bearer ${officer}` },
          body: form,
        });
      };

      const png = await sharp({
        create: { width: 8, height: 8, channels: 3, background: '#c00' },
      })
        .png()
        .toBuffer();
      const refused: [string, Buffer, string][] = [
        [
          'x.html',
          Buffer.from('<!doctype html><script>alert(document.cookie)</script>'),
          'text/html',
        ],
        ['x.js', Buffer.from('fetch("/admin").then(r => r.text())'), 'application/javascript'],
        [
          'x.svg',
          Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
          'image/svg+xml',
        ],
        ['bien-ban.pdf', Buffer.from('<html><body>giả PDF</body></html>'), 'application/pdf'],
        [
          'anh.png',
          Buffer.concat([
            png.subarray(0, 33),
            Buffer.from('<html><script>alert(1)</script></html>'),
            png.subarray(33),
          ]),
          'image/png',
        ],
        [
          'tai-lieu.docx',
          Buffer.from('PK\u0003\u0004 not really a document'),
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ],
      ];
      for (const [name, bytes, type] of refused) {
        const res = await upload(name, bytes, type);
        const body = await res.json();
        expect(res.status, name).toBe(415);
        expect(body.error.details.code).toBe('file-type-refused');
        expect(body.error.message).toContain(`Tệp "${name}" không được nhận`);
      }
      expect(
        (
          await strapi.db
            .query('plugin::recognition.registration')
            .findOne({ where: { documentId: id } })
        ).evidence ?? {},
      ).toEqual({});

      // A real image is kept, privately, under a random name, with the type its content has.
      const ok = await upload('Ảnh hiện trường.png', png, 'text/html');
      expect(ok.status).toBe(200);
      const ref = (await ok.json()).data;
      expect(ref).toMatchObject({
        name: 'Ảnh hiện trường.png',
        mime: 'image/png',
        size: png.length,
      });
      expect(ref.id).toMatch(/^[a-f0-9]{32}$/);
      expect(ref.url).toBeUndefined();
      // On PostgreSQL in the database every node reads; on SQLite (one machine) in a directory.
      const store = strapi.plugin('recognition').service('private-files');
      const root = store.root() as string;
      const onDisk = path.join(root, ref.id.slice(0, 2), ref.id);
      expect(store.kind()).toBe(getApp().db === 'postgres' ? 'database' : 'disk');
      if (store.kind() === 'database') {
        const row = await strapi.db
          .connection('recognition_file_blobs')
          .where({ id: ref.id })
          .first();
        expect(Buffer.from(row.bytes).equals(png)).toBe(true);
        expect(fs.existsSync(onDisk)).toBe(false);
      } else expect(fs.readFileSync(onDisk).equals(png)).toBe(true);
      expect(path.relative(strapi.dirs.static.public, root).startsWith('..')).toBe(true);

      // Served as a download, never sniffed, to the unit's officer and to Huế's staff (audited).
      const download = (token: string, prefix: string) =>
        fetch(`${baseUrl}${prefix}/registrations/${id}/files/${ref.id}`, {
          headers: { authorization: `Bearer ${token}` },
        });
      const mine = await download(officer, '/api/recognition');
      expect(mine.status).toBe(200);
      expect(mine.headers.get('content-disposition')).toMatch(
        /^attachment; filename="Anh_hien_truong.png"; filename\*=UTF-8''/,
      );
      expect(mine.headers.get('x-content-type-options')).toBe('nosniff');
      expect(mine.headers.get('content-type')).toBe('image/png');
      expect(mine.headers.get('content-security-policy')).toContain('sandbox');
      expect(Buffer.from(await mine.arrayBuffer()).equals(png)).toBe(true);
      expect(
        (await download(await jwt('canbo.aluoi1@dienhinh.local'), '/api/recognition')).status,
      ).toBe(403);
      expect(
        (await fetch(`${baseUrl}/api/recognition/registrations/${id}/files/${ref.id}`)).status,
      ).toBe(401);
      const staff = await download(
        await adminToken(getApp(), 'thuky@dienhinh.local', PASSWORD),
        '/recognition',
      );
      expect(staff.status).toBe(200);
      expect(staff.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(
        await strapi.db
          .query('plugin::recognition.audit-event')
          .findOne({ where: { action: 'file.download', subjectId: id } }),
      ).toMatchObject({ actor: 'thuky@dienhinh.local' });
      await ensureStaff(strapi, {
        email: 'thuky.dt@test.local',
        roleCode: 'dienhinh-secretariat',
        jurisdictions: ['dong-thap'],
      });
      expect(
        (
          await download(
            await adminToken(getApp(), 'thuky.dt@test.local', PASSWORD),
            '/recognition',
          )
        ).status,
      ).toBe(403);
      // Nothing of it is reachable under /uploads.
      const uploads = fs.existsSync(path.join(strapi.dirs.static.public, 'uploads'))
        ? fs.readdirSync(path.join(strapi.dirs.static.public, 'uploads'))
        : [];
      expect(
        uploads.filter((f) => f.includes(ref.id) || f.toLowerCase().includes('hien_truong')),
      ).toEqual([]);
    } finally {
      clock.now = realNow;
    }
  });
}
