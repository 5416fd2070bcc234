// Notices to the people in the portal: written in the caller's transaction (so a rolled-back step
// tells nobody), e-mailed once it has committed, listed with an unread count, marked read.
// Who is told what is decided here and nowhere else:
// - a unit's officers, when someone else moves their registration, and when the secretariat asks for something;
// - a unit's officers, on each deadline reminder (the e-mail itself is the reminders service's);
// - the council's members, when a unit of their province is put under appraisal.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { requestsOpen, stateLabel, type State } from '../../../shared/domain/states';
import { DomainFailure } from '../errors';
import { unitDisplayName } from '../../../shared/domain/units';
import type { Actor } from '../../../shared/domain/workflow';
import { clockService } from '../config';
import { pdfService } from '../documents';
import { readModelsService } from '../reporting';
import { auditService } from '../audit';
import { NOTIFICATION, RECOGNITION } from '../constants/uids';
import { STAFF_PAGES } from '../constants/links';
import { recipientsOf, type Recipient } from './recipients';
import { noticeReads } from './notice-reads';
import { parseRows } from '../rows';

const recognised = z.object({
  year: z.number(),
  unitName: z.string().nullish(),
  registration: z.object({ documentId: z.string() }).nullish(),
  unit: z.object({ documentId: z.string(), name: z.string(), kind: z.string() }).nullish(),
});

export type Notice = {
  kind:
    | 'state'
    | 'request'
    | 'deadline'
    | 'appraisal'
    | 'dossier'
    | 'proposed'
    | 'selection'
    | 'overdue';
  title: string;
  body: string;
  link: string;
  registration?: string;
};
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

  const { officersOf, councilMembersOf, staffOf } = recipientsOf(strapi);

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
      // The police's advice is theirs to the People's Committee: the unit hears the decision.
      if (to !== from && actor.role !== 'unit_officer' && to !== 'selection_proposed') {
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
      if (to === 'selection_proposed') {
        await send(await staffOf(reg.unit.jurisdiction.slug, 'dienhinh-approver'), {
          kind: 'selection',
          title: `Công an tham mưu lựa chọn ${unit} (năm ${reg.year})`,
          body: `Công an đã tham mưu về việc lựa chọn ${unit} (${reg.unit.code}) xây dựng điển hình năm ${reg.year}. Đơn vị chờ quyết định lựa chọn.`,
          link: `${STAFF_PAGES}/selection?${year}`,
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
      for (const r of parseRows(recognised, recs)) {
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
    ...noticeReads(strapi),
  };
};
