// Reminder e-mails to unit officers on the days before each deadline of theirs not yet met that
// their plan names (7 and 1 by default), sent through Strapi's email plugin; each one at most once, even when
// several nodes run the daily schedule at the same minute: a reminder is claimed (recorded
// under a lock) before it is sent, and the claim is withdrawn if sending fails.
import { displayDate, vietnamDay } from '../../../shared/domain/vietnam-time';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { deadlinesForYear, type CalendarEntry } from '../../../shared/domain/deadlines';
import {
  daysUntil,
  dueReminders,
  dutyMet,
  officerDuties,
  reminderDaysOf,
} from '../../../shared/domain/reminders';
import { closedStates, stateLabel, states, type State } from '../../../shared/domain/states';
import { familyOf } from '../../../shared/domain/units';
import { lockKey } from '../utils';
import { clockService } from '../config';
import { registrationRepository } from '../workflow';
import { reportReminders } from '../reports';
import { notificationsService } from './';
import { JURISDICTION, MEMBERSHIP, REGISTRATION, REMINDER } from '../constants/uids';
import { STAFF_PAGES } from '../constants/links';
import { jurisdictionRow, parseRows, unitRow } from '../rows';

const officerUnit = unitRow.extend({ jurisdiction: jurisdictionRow });
type OfficerUnit = z.infer<typeof officerUnit>;
const officerOf = z.object({
  user: z.object({ email: z.string(), blocked: z.boolean().nullish() }).nullish(),
  unit: officerUnit,
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Sends the reminders due today (on the days each unit's plan names, unless given); returns what was sent. */
  async run(daysBefore?: number[], jurisdictions: string[] | 'all' = 'all') {
    const now = clockService(strapi).now();
    const today = vietnamDay(now);
    const year = Number(today.slice(0, 4));
    const memberships = await strapi.db.query(MEMBERSHIP).findMany({
      where: {
        role: 'unit_officer',
        unit: Array.isArray(jurisdictions)
          ? { jurisdiction: { slug: { $in: jurisdictions } } }
          : { id: { $notNull: true } },
      },
      populate: { user: { select: ['email', 'blocked'] }, unit: { populate: ['jurisdiction'] } },
    });
    const officersByUnit = new Map<string, { unit: OfficerUnit; emails: string[] }>();
    for (const m of parseRows(officerOf, memberships)) {
      if (!m.user || m.user.blocked) continue;
      const entry = officersByUnit.get(m.unit.code) ?? { unit: m.unit, emails: [] };
      entry.emails.push(m.user.email);
      officersByUnit.set(m.unit.code, entry);
    }
    const sent: { unit: string; kind: string; deadline: string; to: string[] }[] = [];
    for (const { unit, emails } of officersByUnit.values()) {
      const plan = await registrationRepository(strapi).planFor(
        unit.jurisdiction.documentId,
        year,
        { calendar: true },
      );
      if (!plan) continue;
      const reg = await strapi.db
        .query(REGISTRATION)
        .findOne({ where: { uniqueKey: `${unit.documentId}:${year}` } });
      const state: State = reg?.state ?? 'none';
      if (closedStates.includes(state)) continue;
      const family = familyOf(unit.kind);
      const deadlines = deadlinesForYear((plan.calendar ?? []) as CalendarEntry[], year).filter(
        (d) => d.appliesTo === 'all' || d.appliesTo === family,
      );
      for (const { deadline, days } of dueReminders(
        deadlines,
        state,
        today,
        daysBefore ?? reminderDaysOf((plan as { reminderDays?: string }).reminderDays),
        !!reg?.forecast,
      )) {
        const key = `${unit.code}:${year}:${deadline.kind}:${days}`;
        const claimed = await strapi.db.transaction(async () => {
          await lockKey(strapi, `recognition:reminder:${key}`);
          if (await strapi.db.query(REMINDER).findOne({ where: { key } })) return null;
          return strapi.db.query(REMINDER).create({
            data: {
              key,
              unitCode: unit.code,
              year,
              kind: deadline.kind,
              deadline: deadline.date,
              recipients: emails,
              sentAt: now,
            },
          });
        });
        if (!claimed) continue;
        const when = days === 0 ? 'hôm nay' : `còn ${days} ngày`;
        try {
          await strapi
            .plugin('email')
            .service('email')
            .send({
              to: emails.join(', '),
              subject: `[Điển hình ${year}] Nhắc hạn: ${deadline.label} (${when}, ${displayDate(deadline.date)})`,
              text: [
                `Kính gửi cán bộ ${unit.name} (${unit.code}),`,
                '',
                `Theo mục ${deadline.clause} của Kế hoạch số ${plan.number}, thời hạn "${deadline.label}" là ngày ${displayDate(deadline.date)} (${when}).`,
                `Hồ sơ năm ${year} của đơn vị hiện ở trạng thái: ${stateLabel(state).toLocaleLowerCase('vi-VN')}.`,
                '',
                'Thư này được gửi tự động từ hệ thống dienhinh; xin không trả lời thư này.',
              ].join('\n'),
            });
        } catch (err) {
          // Not sent: withdraw the claim so that the next run tries again.
          await strapi.db.query(REMINDER).delete({ where: { id: claimed.id } });
          throw err;
        }
        // The same reminder in the portal (its e-mail has just gone).
        await notificationsService(strapi).send(
          await notificationsService(strapi).officersOf(unit.documentId),
          {
            kind: 'deadline',
            title: `Nhắc hạn: ${deadline.label} (${when}, ${displayDate(deadline.date)})`,
            body: `Theo mục ${deadline.clause} của Kế hoạch số ${plan.number}, thời hạn "${deadline.label}" là ngày ${displayDate(deadline.date)} (${when}).`,
            link: reg ? `/portal/ho-so/${reg.documentId}` : '/portal/',
            ...(reg ? { registration: reg.documentId } : {}),
          },
          false,
        );
        sent.push({ unit: unit.code, kind: deadline.kind, deadline: deadline.date, to: emails });
      }
    }
    await this.overdue(today, year, jurisdictions, now);
    // The reports the communes and departments owe the province, likewise.
    const reports = await reportReminders(strapi)(today, year, jurisdictions, now, daysBefore);
    strapi.log.info(`recognition: ${sent.length} reminder(s) sent, ${reports} about reports`);
    return sent;
  },

  /**
   * The day after a unit deadline of the plan, the province's secretariat is told how many
   * registered units have not met it (once per province, year and deadline).
   */
  async overdue(today: string, year: number, jurisdictions: string[] | 'all', now: Date) {
    const list = await strapi.db.query(JURISDICTION).findMany({
      where: Array.isArray(jurisdictions) ? { slug: { $in: jurisdictions } } : {},
      select: ['documentId', 'slug', 'name'],
    });
    const notices = notificationsService(strapi);
    for (const j of list) {
      const plan = await registrationRepository(strapi).planFor(j.documentId, year, {
        calendar: true,
      });
      if (!plan) continue;
      for (const d of deadlinesForYear((plan.calendar ?? []) as CalendarEntry[], year)) {
        const metIn = officerDuties[d.kind];
        // Registration has no list of who should have registered: only later duties are counted.
        if (!metIn || d.kind === 'registration' || daysUntil(today, d.date) !== -1) continue;
        const regs = parseRows(
          z.object({
            state: z.enum(states),
            forecast: z.unknown().nullish(),
            unit: z.object({ kind: z.string() }),
          }),
          await strapi.db.query(REGISTRATION).findMany({
            where: { year, unit: { jurisdiction: { slug: j.slug } } },
            select: ['state', 'forecast'],
            populate: { unit: { select: ['kind'] } },
          }),
        );
        const missing = regs.filter(
          (r) =>
            (d.appliesTo === 'all' || d.appliesTo === familyOf(r.unit.kind)) &&
            !dutyMet(d.kind, r.state, !!r.forecast) &&
            !closedStates.includes(r.state),
        ).length;
        if (!missing) continue;
        const key = `overdue:${j.slug}:${year}:${d.kind}:${d.appliesTo}`;
        const to = await notices.staffOf(j.slug, 'dienhinh-secretariat');
        const claimed = await strapi.db.transaction(async () => {
          await lockKey(strapi, `recognition:reminder:${key}`);
          if (await strapi.db.query(REMINDER).findOne({ where: { key } })) return false;
          await strapi.db.query(REMINDER).create({
            data: {
              key,
              unitCode: `(${j.slug})`,
              year,
              kind: d.kind,
              deadline: d.date,
              recipients: to.map((r) => r.email),
              sentAt: now,
            },
          });
          await notices.send(to, {
            kind: 'overdue',
            title: `Quá hạn "${d.label}": ${missing} đơn vị chưa hoàn thành (${j.name}, ${year})`,
            body: `Thời hạn "${d.label}" (mục ${d.clause} của Kế hoạch số ${plan.number}) là ngày ${displayDate(d.date)}; ${missing} đơn vị đã đăng ký năm ${year} chưa hoàn thành.`,
            link: `${STAFF_PAGES}/dashboard?jurisdiction=${j.slug}&year=${year}`,
          });
          return true;
        });
        if (claimed)
          strapi.log.info(
            `recognition: secretariat of ${j.slug} told of ${missing} unit(s) past "${d.kind}"`,
          );
      }
    }
  },
});
