// Reminders of report duties: on the plan's reminder days before a duty's due day, each commune
// and department that has not sent its report is told in the portal and by e-mail (its tier
// officers); the day after, the province's secretariat is told how many have not. Each at most
// once: claimed under a lock before it is sent, as the unit reminders are (people/reminders.ts).
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { daysUntil, reminderDaysOf } from '../../../shared/domain/reminders';
import { displayDate } from '../../../shared/domain/vietnam-time';
import { JURISDICTION, REMINDER, UNIT } from '../constants/uids';
import { STAFF_PAGES } from '../constants/links';
import { notificationsService } from '../people';
import { parseRows } from '../rows';
import { lockKey } from '../utils';
import { registrationRepository } from '../workflow';
import { reportDuties } from './duties';
import { provinceReports } from './province-reports';

export function reportReminders(strapi: Core.Strapi) {
  /** Claims a reminder's key once; false when another run (or node) already sent it. */
  const claim = (key: string, data: Record<string, unknown>) =>
    strapi.db.transaction(async () => {
      await lockKey(strapi, `recognition:reminder:${key}`);
      if (await strapi.db.query(REMINDER).findOne({ where: { key } })) return false;
      await strapi.db.query(REMINDER).create({ data: { key, ...data } });
      return true;
    });

  return async function run(
    today: string,
    year: number,
    jurisdictions: string[] | 'all',
    now: Date,
    daysBefore?: number[],
  ) {
    const notices = notificationsService(strapi);
    const places = parseRows(
      z.object({ documentId: z.string(), slug: z.string(), name: z.string() }),
      await strapi.db.query(JURISDICTION).findMany({
        where: Array.isArray(jurisdictions) ? { slug: { $in: jurisdictions } } : {},
        select: ['documentId', 'slug', 'name'],
      }),
    );
    let sent = 0;
    for (const j of places) {
      const plan = await registrationRepository(strapi).planFor(j.documentId, year, {});
      const days = daysBefore ?? reminderDaysOf(plan?.reminderDays);
      for (const duty of await reportDuties(strapi).ofYear(j.slug, year)) {
        const left = daysUntil(today, duty.due);
        if (!days.includes(left) && left !== -1) continue;
        const { rows } = await provinceReports(strapi).standing(j.slug, year, duty);
        const missing = rows.filter((r) => !r.submittedOn);
        const base = { year, kind: 'report', deadline: duty.due, sentAt: now };
        if (left === -1) {
          if (!missing.length) continue;
          const to = await notices.staffOf(j.slug, 'dienhinh-secretariat');
          const key = `report-overdue:${j.slug}:${year}:${duty.key}`;
          if (
            !(await claim(key, {
              ...base,
              unitCode: `(${j.slug})`,
              recipients: to.map((r) => r.email),
            }))
          )
            continue;
          await notices.send(to, {
            kind: 'overdue',
            title: `Quá hạn "${duty.label}": ${missing.length} nơi chưa báo cáo (${j.name}, ${year})`,
            body: `Hạn gửi "${duty.label}" là ngày ${displayDate(duty.due)}; còn ${missing.length}/${rows.length} sở, ban, ngành và xã, phường chưa gửi báo cáo.`,
            link: `${STAFF_PAGES}/reports?jurisdiction=${j.slug}&year=${year}`,
          });
          sent += 1;
          continue;
        }
        const when = left === 0 ? 'hôm nay' : `còn ${left} ngày`;
        for (const r of missing) {
          const unit = await strapi.db.query(UNIT).findOne({ where: { code: r.code } });
          const role = r.tier === 'commune' ? 'commune_officer' : 'department_officer';
          const to = await notices.officersOf(unit.documentId, role);
          if (!to.length) continue;
          const key = `report:${j.slug}:${year}:${duty.key}:${r.code}:${left}`;
          if (
            !(await claim(key, { ...base, unitCode: r.code, recipients: to.map((x) => x.email) }))
          )
            continue;
          await notices.send(to, {
            kind: 'deadline',
            title: `Nhắc hạn: ${duty.label} (${when}, ${displayDate(duty.due)})`,
            body: `${r.name} chưa gửi "${duty.label}" (${duty.clause}); hạn gửi là ngày ${displayDate(duty.due)} (${when}).`,
            link: `/portal/bao-cao/${encodeURIComponent(duty.key)}?year=${year}`,
          });
          sent += 1;
        }
      }
    }
    return sent;
  };
}
