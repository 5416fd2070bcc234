// Notices to the people in the portal: written in the caller's transaction (so a rolled-back step
// tells nobody), e-mailed once it has committed, listed with an unread count, marked read.
// Who is told what is decided here and nowhere else:
// - a unit's officers, when someone else moves their registration, and when the secretariat asks for something;
// - a unit's officers, on each deadline reminder (the e-mail itself is the reminders service's);
// - the council's members, when a unit of their province is put under appraisal.
import type { Core } from '@strapi/strapi';
import { requestsOpen, stateLabel, type State } from '../../../shared/domain/states';
import { DomainFailure } from '../errors';
import { unitDisplayName } from '../../../shared/domain/units';
import type { Actor } from '../../../shared/domain/workflow';
import { clockService } from '../config';
import { pdfService } from '../documents';
import { registrationRepository } from '../workflow';
import { readModelsService } from '../reporting';
import { auditService } from '../audit';
import { MEMBERSHIP, NOTIFICATION, PERSON, RECOGNITION, USER } from '../constants/uids';
import { STAFF_PAGES } from '../constants/links';

export type Notice = {
  kind: 'state' | 'request' | 'deadline' | 'appraisal' | 'dossier' | 'proposed' | 'overdue';
  title: string;
  body: string;
  link: string;
  registration?: string;
};
/** A portal user, or (admin: true) a staff member's admin account. */
type Recipient = { id: number; email: string; admin?: boolean };
type RegLike = {
  documentId: string;
  year: number;
  unit: {
    documentId: string;
    code: string;
    name: string;
    kind: string;
    jurisdiction: { documentId: string; slug: string };
  };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const clock = () => clockService(strapi).now();
  const base = () => pdfService(strapi).config().publicUrl.replace(/\/$/, '');
  // Without a relay (SMTP_HOST), Strapi's fallback would try each recipient's own mail server:
  // notices then stay in the portal only, as the log says once.
  let told = false;
  const mailConfigured = () => {
    const relay = strapi.config.get('plugin::email.provider', 'sendmail') !== 'sendmail';
    if (!relay && !told)
      strapi.log.warn(
        'recognition: chưa cấu hình thư điện tử (SMTP_HOST): thông báo chỉ hiện trên cổng, không gửi thư.',
      );
    told = true;
    return relay;
  };

  async function officersOf(unitDocumentId: string): Promise<Recipient[]> {
    const rows = await strapi.db.query(MEMBERSHIP).findMany({
      where: { role: 'unit_officer', unit: { documentId: unitDocumentId } },
      populate: { user: { select: ['id', 'email', 'blocked'] } },
    });
    return rows.map((r: any) => r.user).filter((u: any) => u && !u.blocked);
  }

  async function councilMembersOf(
    jurisdictionDocumentId: string,
    year: number,
  ): Promise<Recipient[]> {
    const council = await registrationRepository(strapi).councilOf(jurisdictionDocumentId, year);
    if (!council?.memberEmails.length) return [];
    const users = await strapi.db.query(USER).findMany({
      where: { email: { $in: council.memberEmails }, blocked: false },
      select: ['id', 'email'],
    });
    const members = await strapi.db.query(MEMBERSHIP).findMany({
      where: {
        role: 'council_member',
        user: { id: { $in: users.map((u: any) => u.id) } },
        jurisdiction: { documentId: jurisdictionDocumentId },
      },
      populate: { user: { select: ['id'] } },
    });
    const allowed = new Set(members.map((m: any) => m.user?.id));
    return users.filter((u: any) => allowed.has(u.id));
  }

  /** The active admin accounts of a province's staff in one role ("dienhinh-secretariat", "dienhinh-approver"). */
  async function staffOf(jurisdictionSlug: string, roleCode: string): Promise<Recipient[]> {
    const people = await strapi.db.query(PERSON).findMany({
      where: { jurisdictions: { slug: jurisdictionSlug }, adminUser: { id: { $notNull: true } } },
      populate: {
        adminUser: {
          select: ['id', 'email', 'isActive'],
          populate: { roles: { select: ['code'] } },
        },
      },
    });
    return people
      .map((p: any) => p.adminUser)
      .filter(
        (u: any) =>
          u?.isActive && (u.roles ?? []).some((r: { code: string }) => r.code === roleCode),
      )
      .map((u: any) => ({ id: u.id, email: u.email, admin: true }));
  }

  /** Writes one notice per recipient now, and e-mails them after the transaction commits. */
  async function send(to: Recipient[], notice: Notice, email = true) {
    if (!to.length) return;
    const at = clock();
    // Inside the caller's transaction when there is one (Strapi joins it), so onCommit waits for its commit.
    await strapi.db.transaction(async ({ onCommit }) => {
      const rows: { id: number }[] = [];
      for (const r of to)
        rows.push(
          await strapi.db
            .query(NOTIFICATION)
            .create({ data: { ...(r.admin ? { adminUser: r.id } : { user: r.id }), ...notice } }),
        );
      if (email && mailConfigured()) onCommit(() => void deliver(rows));
    });
    async function deliver(rows: { id: number }[]) {
      for (const [i, r] of to.entries()) {
        try {
          await strapi
            .plugin('email')
            .service('email')
            .send({
              to: r.email,
              subject: `[Điển hình] ${notice.title}`,
              text: `${notice.body}\n\n${r.admin ? 'Xem trong trang quản trị' : 'Xem trên cổng'}: ${base()}${notice.link}\n\nThư này được gửi tự động từ hệ thống dienhinh; xin không trả lời thư này.`,
            });
          await strapi.db
            .query(NOTIFICATION)
            .update({ where: { id: rows[i].id }, data: { emailedAt: at } });
        } catch (err) {
          // The notice stays in the portal; only the e-mail is missing, and the log says so.
          strapi.log.error(
            `recognition: không gửi được thư thông báo đến ${r.email}: ${(err as Error).message}`,
          );
        }
      }
    }
  }

  return {
    officersOf,
    councilMembersOf,
    staffOf,
    send,

    /** After a step of the machine: who must hear of it. */
    async afterStep(reg: RegLike, actor: Actor, from: State, to: State, reason?: string | null) {
      const unit = unitDisplayName(reg.unit);
      if (to !== from && actor.role !== 'unit_officer') {
        await send(await officersOf(reg.unit.documentId), {
          kind: 'state',
          title: `Hồ sơ năm ${reg.year} của ${unit}: ${stateLabel(to)}`,
          body: `Hồ sơ điển hình năm ${reg.year} của ${unit} chuyển từ "${stateLabel(from)}" sang "${stateLabel(to)}".${reason ? ` Lý do: ${reason}` : ''}`,
          link: `/portal/ho-so/${reg.documentId}/lich-su`,
          registration: reg.documentId,
        });
      }
      // Work waiting for the staff: a dossier to appraise, a unit to approve.
      const year = `jurisdiction=${reg.unit.jurisdiction.slug}&year=${reg.year}`;
      if (to === 'submitted' && from !== to) {
        await send(await staffOf(reg.unit.jurisdiction.slug, 'dienhinh-secretariat'), {
          kind: 'dossier',
          title: `${unit} đã nộp hồ sơ năm ${reg.year}`,
          body: `${unit} (${reg.unit.code}) đã nộp hồ sơ điển hình năm ${reg.year}. Hồ sơ chờ đưa ra thẩm định.`,
          link: `${STAFF_PAGES}/appraisal?${year}`,
          registration: reg.documentId,
        });
      }
      if (to === 'proposed' && from !== to) {
        await send(await staffOf(reg.unit.jurisdiction.slug, 'dienhinh-approver'), {
          kind: 'proposed',
          title: `${unit} được đề nghị công nhận năm ${reg.year}`,
          body: `${unit} (${reg.unit.code}) được đề nghị công nhận điển hình năm ${reg.year}. Đơn vị chờ phê duyệt.`,
          link: `${STAFF_PAGES}/approval?${year}`,
          registration: reg.documentId,
        });
      }
      if (to === 'under_appraisal' && from !== to) {
        await send(await councilMembersOf(reg.unit.jurisdiction.documentId, reg.year), {
          kind: 'appraisal',
          title: `${unit} đưa ra thẩm định (năm ${reg.year})`,
          body: `Hồ sơ điển hình năm ${reg.year} của ${unit} (${reg.unit.code}) đã được đưa ra thẩm định. Mời Anh/Chị xem hồ sơ và chấm điểm, hoặc khai báo xung đột lợi ích.`,
          link: `/portal/tham-dinh/${reg.documentId}`,
          registration: reg.documentId,
        });
      }
    },

    /**
     * A recognition decision was issued: each recognised unit's officers hear that the act they
     * wait for exists, with its number and date, and whether a certificate follows.
     */
    async decisionIssued(
      recognitionIds: number[],
      number: string,
      date: string,
      withCertificates: boolean,
    ) {
      const recs = await strapi.db.query(RECOGNITION).findMany({
        where: { id: { $in: recognitionIds } },
        select: ['year', 'unitName'],
        populate: {
          registration: { select: ['documentId'] },
          unit: { select: ['documentId', 'name', 'kind'] },
        },
      });
      const day = date.split('-').reverse().join('/');
      for (const r of recs as any[]) {
        if (!r.unit || !r.registration) continue;
        const unit = r.unitName ?? unitDisplayName(r.unit);
        await send(await officersOf(r.unit.documentId), {
          kind: 'state',
          title: `Quyết định số ${number} công nhận ${unit} năm ${r.year}`,
          body: `Quyết định số ${number} ngày ${day} công nhận ${unit} đạt điển hình năm ${r.year} đã được ký số và ban hành.${withCertificates ? ' Giấy chứng nhận được cấp ngay sau đó và tải được trên cổng (trang chính hoặc trang hồ sơ).' : ''}`,
          link: `/portal/ho-so/${r.registration.documentId}`,
          registration: r.registration.documentId,
        });
      }
    },

    /** The secretariat's request to a unit: audited, then sent to the unit's officers (refused once the year is closed). */
    async ask(actor: Actor, documentId: string, message: string) {
      return strapi.db.transaction(async () => {
        const reg = await readModelsService(strapi).loadInScope(actor, documentId);
        if (!requestsOpen(reg.state))
          throw new DomainFailure(
            'invalid-transition',
            `Hồ sơ đã kết thúc (${stateLabel(reg.state).toLocaleLowerCase('vi-VN')}): không gửi yêu cầu được.`,
          );
        await auditService(strapi).appendBy(
          actor,
          {
            action: 'request.send',
            subjectType: 'registration',
            subjectId: reg.documentId,
            unitCode: reg.unit.code,
            jurisdiction: reg.unit.jurisdiction.slug,
            before: null,
            after: { message },
          },
          clock(),
        );
        const to = await officersOf(reg.unit.documentId);
        await send(to, {
          kind: 'request',
          title: `Yêu cầu của thư ký về hồ sơ năm ${reg.year}`,
          body: message,
          link: `/portal/ho-so/${reg.documentId}`,
          registration: reg.documentId,
        });
        return { sent: to.length };
      });
    },

    /** The newest notices of a portal user, or (admin) of a staff member. */
    async listFor(user: { id: number }, admin = false) {
      const where = admin ? { adminUser: { id: user.id } } : { user: { id: user.id } };
      const rows = await strapi.db.query(NOTIFICATION).findMany({
        where,
        orderBy: { id: 'desc' },
        limit: 50,
        select: [
          'documentId',
          'kind',
          'title',
          'body',
          'link',
          'registration',
          'readAt',
          'createdAt',
        ],
      });
      const unread = await strapi.db
        .query(NOTIFICATION)
        .count({ where: { ...where, readAt: { $null: true } } });
      return {
        unread,
        items: rows.map(({ id: _id, ...r }: any) => ({
          ...r,
          readAt: r.readAt ? new Date(r.readAt).toISOString() : null,
          createdAt: new Date(r.createdAt).toISOString(),
        })),
      };
    },

    /** Marks the caller's own notices read: the ones named, or all. */
    async markRead(user: { id: number }, ids?: string[], admin = false) {
      const where = {
        ...(admin ? { adminUser: { id: user.id } } : { user: { id: user.id } }),
        readAt: { $null: true },
        ...(ids ? { documentId: { $in: ids } } : {}),
      };
      // updateMany cannot filter through a relation: the caller's own unread rows are found first.
      const mine = await strapi.db.query(NOTIFICATION).findMany({ where, select: ['id'] });
      if (!mine.length) return { read: 0 };
      const { count } = await strapi.db.query(NOTIFICATION).updateMany({
        where: { id: { $in: mine.map((r: { id: number }) => r.id) } },
        data: { readAt: clock() },
      });
      return { read: count };
    },
  };
};
