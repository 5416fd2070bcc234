// Accounts in bulk: a province's officers and council members from a CSV, all or nothing with a
// row report, each new person invited by e-mail (loopback SMTP) with a link whose code sets their
// password through users-permissions; a second run changes nothing; another province is refused.
import { expect, it } from 'vitest';
import type { Mailbox } from '../helpers/smtp';
import { adminToken, ensureStaff, type TestApp } from '../helpers/strapi';

export function accountImportTests(getApp: () => TestApp, getMailbox: () => Mailbox) {
  it('imports officers and council members, invites each by e-mail to set a password, and imports nothing from a file with a bad row', async () => {
    const { strapi, baseUrl } = getApp();
    const secretariat = await adminToken(getApp(), 'thuky@dienhinh.local', 'Test@12345');
    const send = (csv: string, jurisdiction = 'hue', dryRun = 'false', token = secretariat) => {
      const form = new FormData();
      form.append('jurisdiction', jurisdiction);
      form.append('dryRun', dryRun);
      form.append('file', new Blob([csv], { type: 'text/csv' }), 'tai-khoan.csv');
      return fetch(`${baseUrl}/recognition/accounts/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    };
    const users = () => strapi.db.query('plugin::users-permissions.user').count({});
    const before = await users();
    const bad = await send(
      'full_name,email,role,unit_code\nNguyễn Văn A,a@moi.test,cán bộ đơn vị,20014\nB,khong-phai-email,thành viên hội đồng,\nTrần Thị C,c@moi.test,cán bộ đơn vị,KHONG-CO\n',
    );
    expect(bad.body.data).toMatchObject({ ok: false, created: 0 });
    expect(
      bad.body.data.errors.map((e: { line: number; column: string }) => `${e.line}:${e.column}`),
    ).toEqual(['3:full_name', '3:email']);
    expect(await users()).toBe(before);
    const unknownUnit = await send(
      'full_name,email,role,unit_code\nTrần Thị C,c@moi.test,cán bộ đơn vị,KHONG-CO\n',
    );
    expect(unknownUnit.body.data.errors).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'unit_code',
        reason: expect.stringContaining('không có đơn vị mã này'),
      }),
    ]);
    // A commune's officer sits on a commune, a department's on an agency (sở, ban, ngành).
    const misplaced = await send(
      'full_name,email,role,unit_code\nLê Văn Xã,xa@moi.test,cán bộ xã,HUE-CQ-001\nPhan Thị Sở,so@moi.test,cán bộ sở,19969\n',
    );
    expect(misplaced.body.data.errors.map((e: { reason: string }) => e.reason)).toEqual([
      expect.stringContaining('không phải xã, phường, đặc khu'),
      expect.stringContaining('không phải cơ quan (sở, ban, ngành)'),
    ]);
    expect(await users()).toBe(before);

    const csv =
      'full_name,email,role,unit_code\nNguyễn Văn Hóa,hoa.canbo@moi.test,cán bộ đơn vị,20014\nLê Thị Hội,hoi.hoidong@moi.test,thành viên hội đồng,\n';
    expect((await send(csv, 'hue', 'true')).body.data).toMatchObject({
      ok: true,
      dryRun: true,
      created: 2,
      invited: 0,
    });
    expect(await users()).toBe(before);
    const mails = getMailbox().messages.length;
    const done = await send(csv);
    expect(done.body.data).toMatchObject({
      ok: true,
      total: 2,
      created: 2,
      unchanged: 0,
      invited: 2,
    });
    expect(await users()).toBe(before + 2);
    // One invitation to each imported account (other suites' mails may still be arriving).
    const invitedTo = () =>
      getMailbox()
        .messages.slice(mails)
        .map((m) => JSON.stringify(m.to))
        .filter((to) => /hoa\.canbo@moi\.test|hoi\.hoidong@moi\.test/.test(to));
    await expect.poll(() => invitedTo().length).toBe(2);
    const invite = getMailbox()
      .messages.slice(mails)
      .find((m) => m.to && JSON.stringify(m.to).includes('hoa.canbo@moi.test'))!;
    expect(invite.subject).toContain('Mời tham gia');
    const code = /dat-mat-khau\?code=([a-f0-9]{64})/.exec(invite.text ?? '')?.[1];
    expect(code).toBeTruthy();
    // The invited officer sets a password with the code, logs in, and is the unit's officer.
    const reset = await fetch(`${baseUrl}/api/auth/reset-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        code,
        password: 'MatKhau@Moi1',
        passwordConfirmation: 'MatKhau@Moi1',
      }),
    });
    expect(reset.status).toBe(200);
    const login = await (
      await fetch(`${baseUrl}/api/auth/local`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier: 'hoa.canbo@moi.test', password: 'MatKhau@Moi1' }),
      })
    ).json();
    const list = await fetch(`${baseUrl}/api/recognition/registrations`, {
      headers: { authorization: `Bearer ${login.jwt}` },
    });
    expect(list.status).toBe(200);
    expect(
      (
        await strapi.db
          .query('plugin::recognition.person')
          .findOne({ where: { user: { email: 'hoi.hoidong@moi.test' } } })
      ).fullName,
    ).toBe('Lê Thị Hội');
    // Again: nothing new, no new invitation.
    expect((await send(csv)).body.data).toMatchObject({
      ok: true,
      created: 0,
      unchanged: 2,
      invited: 0,
    });
    // Another province's secretariat cannot make Huế's accounts.
    await ensureStaff(strapi, {
      email: 'thuky.dt@test.local',
      roleCode: 'dienhinh-secretariat',
      jurisdictions: ['dong-thap'],
    });
    const other = await send(
      csv,
      'hue',
      'false',
      await adminToken(getApp(), 'thuky.dt@test.local', 'Test@12345'),
    );
    expect(other.status).toBe(403);
  });
}
