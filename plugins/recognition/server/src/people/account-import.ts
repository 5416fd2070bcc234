// Accounts in bulk: unit officers and council members of one province from CSV or XLSX, all or
// nothing, each new account with its membership and person record and a random password nobody
// knows; after the commit each new person gets an invitation e-mail with a link to set their own
// password (users-permissions' reset code). Existing accounts with the same role are left as they are.
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import {
  checkAccountHeader,
  portalRoleTypes as roleTypes,
  validateAccountRows,
  type AccountRow,
} from '../../../shared/domain/account-import';
import type { RowError } from '../../../shared/domain/unit-import';
import { tierUnitMismatch } from '../../../shared/domain/units';
import { actorsService } from './';
import { pdfService } from '../documents';
import { importedJurisdiction, readTable } from './import-table';
import { MEMBERSHIP, PERSON, UNIT, USER } from '../constants/uids';

export type AccountImportReport = {
  ok: boolean;
  dryRun: boolean;
  total: number;
  created: number;
  unchanged: number;
  invited: number;
  errors: RowError[];
};

type StaffPerson = {
  id: number;
  user?: { id: number } | null;
  jurisdictions?: { slug: string }[];
  lentTo?: { slug: string }[];
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The person records of the staff (admin) accounts that hold these e-mails, by e-mail. */
  async function staffPeopleOf(emails: string[]): Promise<Map<string, StaffPerson>> {
    const out = new Map<string, StaffPerson>();
    if (!emails.length) return out;
    const admins = await strapi.db.query('admin::user').findMany({
      where: { email: { $in: emails } },
      select: ['id', 'email', 'firstname', 'lastname'],
    });
    for (const a of admins as {
      id: number;
      email: string;
      firstname?: string;
      lastname?: string;
    }[]) {
      const found = await actorsService(strapi).personOf(
        { adminUser: a.id },
        [a.firstname, a.lastname].filter(Boolean).join(' ') || a.email,
      );
      const person = await strapi.db.query(PERSON).findOne({
        where: { documentId: found.documentId },
        populate: {
          user: { select: ['id'] },
          jurisdictions: { select: ['slug'] },
          lentTo: { select: ['slug'] },
        },
      });
      out.set(String(a.email).toLowerCase(), person);
    }
    return out;
  }

  return {
    async importAccounts(input: {
      buffer: Buffer;
      filename: string;
      jurisdiction: string;
      dryRun?: boolean;
    }): Promise<AccountImportReport> {
      const report = (
        errors: RowError[],
        total: number,
        counts = { created: 0, unchanged: 0, invited: 0 },
      ) => ({ ok: !errors.length, dryRun: !!input.dryRun, total, ...counts, errors });
      const jurisdiction = await importedJurisdiction(strapi, input.jurisdiction);
      const table = await readTable(
        input.buffer,
        input.filename,
        checkAccountHeader,
        validateAccountRows,
      );
      if ('errors' in table) return report(table.errors, table.total);
      const { rows } = table;

      // Against the database: units of this province, and what each e-mail already is.
      const units = new Map<string, { id: number; name: string; kind: string }>();
      for (const u of await strapi.db.query(UNIT).findMany({
        where: {
          code: { $in: rows.map((r) => r.unitCode).filter((c): c is string => !!c) },
          jurisdiction: { id: jurisdiction.id },
        },
        select: ['id', 'code', 'name', 'kind'],
      }))
        units.set(u.code, u);
      const existing = new Map<string, { role?: { type?: string } | null }>();
      for (const u of await strapi.db
        .query(USER)
        .findMany({ where: { email: { $in: rows.map((r) => r.email) } }, populate: ['role'] }))
        existing.set(String(u.email).toLowerCase(), u);
      const dbErrors: RowError[] = [];
      const fresh: AccountRow[] = [];
      let unchanged = 0;
      for (const r of rows) {
        if (r.unitCode && !units.has(r.unitCode))
          dbErrors.push({
            line: r.line,
            column: 'unit_code',
            value: r.unitCode,
            reason: `không có đơn vị mã này ở ${jurisdiction.name}`,
          });
        const unit = r.unitCode ? units.get(r.unitCode) : undefined;
        const mismatch =
          unit && r.role !== 'unit_officer' && r.role !== 'council_member'
            ? tierUnitMismatch(r.role, unit)
            : null;
        if (mismatch)
          dbErrors.push({
            line: r.line,
            column: 'unit_code',
            value: r.unitCode!,
            reason: mismatch,
          });
        const have = existing.get(r.email);
        if (!have) fresh.push(r);
        else if (have.role?.type === roleTypes[r.role]) unchanged++;
        else
          dbErrors.push({
            line: r.line,
            column: 'email',
            value: r.email,
            reason: 'e-mail đã có tài khoản với vai trò khác',
          });
      }
      // A person is one identity whatever accounts they hold: an e-mail that already belongs to a
      // staff member attaches the new portal account to that person, never to a new one.
      const staffPeople = await staffPeopleOf(fresh.map((r) => r.email));
      for (const r of fresh) {
        const person = staffPeople.get(r.email);
        if (!person) continue;
        const staffOf = (person.jurisdictions ?? []).map((j) => j.slug);
        const lent = (person.lentTo ?? []).map((j) => j.slug);
        if (person.user)
          dbErrors.push({
            line: r.line,
            column: 'email',
            value: r.email,
            reason: 'người này đã có tài khoản cổng thông tin khác',
          });
        else if (
          staffOf.length &&
          !staffOf.includes(jurisdiction.slug) &&
          !lent.includes(jurisdiction.slug)
        ) {
          dbErrors.push({
            line: r.line,
            column: 'email',
            value: r.email,
            reason: `là cán bộ của ${staffOf.join(', ')}: cần tỉnh / thành phố đó đồng ý (ghi ${jurisdiction.slug} vào mục "lentTo" của người dùng) trước khi mời`,
          });
        }
      }
      if (dbErrors.length) return report(dbErrors, rows.length);
      if (input.dryRun)
        return report([], rows.length, { created: fresh.length, unchanged, invited: 0 });

      const roles = Object.fromEntries(
        await Promise.all(
          Object.entries(roleTypes).map(async ([role, type]) => [
            role,
            (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } }))
              .id,
          ]),
        ),
      ) as Record<AccountRow['role'], number>;
      const invitations: { email: string; name: string; code: string }[] = [];
      await strapi.db.transaction(async () => {
        for (const r of fresh) {
          const code = randomBytes(32).toString('hex');
          const user = await strapi
            .plugin('users-permissions')
            .service('user')
            .add({
              username: r.email,
              email: r.email,
              provider: 'local',
              confirmed: true,
              blocked: false,
              role: roles[r.role],
              // Nobody knows this password: the person sets their own through the invitation.
              password: randomBytes(24).toString('base64url'),
              resetPasswordToken: code,
            });
          await strapi.db.query(MEMBERSHIP).create({
            data: {
              user: user.id,
              role: r.role,
              unit: r.unitCode ? units.get(r.unitCode)!.id : null,
              jurisdiction: jurisdiction.id,
            },
          });
          const staff = staffPeople.get(r.email);
          if (staff)
            await strapi.db
              .query(PERSON)
              .update({ where: { id: staff.id }, data: { user: user.id } });
          else
            await strapi.db.query(PERSON).create({ data: { fullName: r.fullName, user: user.id } });
          invitations.push({ email: r.email, name: r.fullName, code });
        }
      });
      let invited = 0;
      const base = pdfService(strapi).config().publicUrl.replace(/\/$/, '');
      for (const i of invitations) {
        const link = `${base}/portal/dat-mat-khau?code=${i.code}`;
        try {
          await strapi
            .plugin('email')
            .service('email')
            .send({
              to: i.email,
              subject: `Mời tham gia hệ thống xây dựng điển hình (${jurisdiction.name})`,
              text: `Kính gửi ${i.name},\n\nTài khoản của Anh/Chị trên hệ thống xây dựng, công nhận điển hình phong trào toàn dân bảo vệ an ninh Tổ quốc của ${jurisdiction.name} đã được tạo (tên đăng nhập: ${i.email}).\nĐặt mật khẩu tại: ${link}\n\nNếu không phải Anh/Chị, xin bỏ qua thư này.`,
            });
          invited++;
        } catch (err) {
          strapi.log.error(
            `recognition: không gửi được thư mời đến ${i.email}: ${(err as Error).message}`,
          );
        }
      }
      return report([], rows.length, { created: fresh.length, unchanged, invited });
    },
  };
};
