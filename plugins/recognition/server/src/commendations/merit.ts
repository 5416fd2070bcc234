// The certificates of merit (Bằng khen, Giấy khen) a commendation decision grants: rendered in a
// batch on one page set and split, as the certificates of recognition are, each signed with the
// province's key, numbered from its decision ("BK-HUE-2026-12-001") and stored once. A decision
// whose certificates did not all come out finishes them at their first download.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { awardFormRules, type AwardForm } from '../../../shared/domain/commendation';
import { unitDisplayName } from '../../../shared/domain/units';
import { vietnamIso } from '../../../shared/domain/vietnam-time';
import { clockService } from '../config';
import { ACT, COMMENDATION } from '../constants/uids';
import { signingService } from '../decisions';
import { finishing, pdfService, policeBody, upper } from '../documents';
import { DomainFailure } from '../errors';
import { isoDay, jurisdictionRow, parseRow, parseRows } from '../rows';
import { filesService, marksService } from '../workflow';
import { commendationRow } from './commendations';

const actOf = z.object({
  id: z.number(),
  number: z.string(),
  date: isoDay,
  paperData: z.looseObject({
    issuer: z.object({ lines: z.array(z.string()) }),
    signer: z.object({ position: z.string(), name: z.string() }).loose(),
  }),
  jurisdiction: jurisdictionRow,
});
const pending = commendationRow.extend({ pdf: z.unknown().nullish() });

/** The serial a certificate of merit bears: its form, province, year, decision and line. */
export const meritSerial = (form: AwardForm, slug: string, year: number, act: string, i: number) =>
  `${form === 'bang_khen' ? 'BK' : 'GK'}-${slug.toUpperCase()}-${year}-${parseInt(act, 10) || 0}-${String(i + 1).padStart(3, '0')}`;

export function meritCertificates(strapi: Core.Strapi) {
  const pdf = () => pdfService(strapi);
  const { metadata } = finishing(strapi);

  /** Every certificate the act grants that is not yet stored: rendered, signed, stored. */
  async function issueFor(actId: number): Promise<{ issued: number }> {
    const act = parseRow(
      actOf,
      await strapi.db
        .query(ACT)
        .findOne({ where: { id: actId }, populate: { jurisdiction: true } }),
    );
    if (!act) throw new DomainFailure('not-found', 'Không tìm thấy quyết định khen thưởng.');
    const all = parseRows(
      pending,
      await strapi.db.query(COMMENDATION).findMany({
        where: { act: { id: actId }, state: 'decided' },
        populate: { unit: true, individual: true, pdf: true },
        orderBy: { id: 'asc' },
      }),
    );
    const todo = all.flatMap((c, i) => (c.pdf ? [] : [{ c, serial: '', i }]));
    if (!todo.length) return { issued: 0 };
    const j = act.jurisdiction;
    const at = clockService(strapi).now();
    const signer = act.paperData.signer;
    const marks = await marksService(strapi).for(
      String(j.documentId),
      act.paperData.issuer.lines.join(' '),
      signer.name,
    );
    const docs = todo.map((t) => {
      t.serial = meritSerial(t.c.form, j.slug, t.c.year, act.number, t.i);
      const rule = awardFormRules[t.c.form];
      const grantor =
        rule.grantor === 'committee' ? `Chủ tịch ${j.issuerName}` : `Giám đốc ${policeBody(j)}`;
      const unit = unitDisplayName(t.c.unit);
      return {
        issuer: { lines: act.paperData.issuer.lines },
        form: upper(rule.label),
        grantor: upper(grantor),
        awardee: t.c.individual ? `Ông (bà) ${t.c.individual.fullName}` : unit,
        awardeeLine: t.c.individual ? `${t.c.individual.position}, ${unit}` : null,
        achievement: `Đã có thành tích: ${t.c.achievement.replace(/[.\s]+$/, '')}.`,
        decision: { number: act.number, date: act.date, issuerShort: grantor },
        place: j.placeName,
        issuedOn: act.date,
        signer,
        serial: t.serial,
        signature: { time: vietnamIso(at), ...marks },
      };
    });
    const batch = await pdf().renderBatch(
      'merit-certificate',
      docs,
      Math.max(pdf().config().timeoutMs, docs.length * 2000),
    );
    if (!batch.ok)
      throw new DomainFailure('render-failed', batch.error.message, {
        renderCode: batch.error.code,
      });
    const identity = signingService(strapi).identity(j.slug);
    let issued = 0;
    for (let k = 0; k < todo.length; k++) {
      const item = batch.value[k];
      const bytes = await pdf().finish(
        await item.doc(),
        metadata({ ...item.html, data: docs[k] }),
        { identity, signingTime: at, reason: item.html.subject, location: j.placeName },
      );
      const name = `${todo[k].serial.toLowerCase()}.pdf`;
      await strapi.db.transaction(async () => {
        // Stored once: a download that raced this batch may have stored it first.
        const now = await strapi.db
          .query(COMMENDATION)
          .findOne({ where: { id: todo[k].c.id }, populate: { pdf: true } });
        if (now?.pdf) return;
        const stored = await filesService(strapi).storePdf(bytes, name, docs[k].form);
        await strapi.db.query(COMMENDATION).update({
          where: { id: todo[k].c.id },
          data: { serial: todo[k].serial, pdf: stored.id, pdfSha256: pdf().sha256(bytes) },
        });
        issued++;
      });
    }
    return { issued };
  }

  return {
    issueFor,

    /** A decided commendation's signed certificate, finished now if its batch did not. */
    async pdfOf(row: { id: number; state: string }) {
      const load = () =>
        strapi.db
          .query(COMMENDATION)
          .findOne({ where: { id: row.id }, populate: { pdf: true, act: { select: ['id'] } } });
      let c = await load();
      if (c?.state !== 'decided' || !c.act)
        throw new DomainFailure(
          'not-found',
          'Bằng khen, giấy khen chỉ có khi quyết định khen thưởng đã ban hành.',
        );
      if (!c.pdf) {
        await issueFor(c.act.id);
        c = await load();
      }
      return { buffer: await filesService(strapi).read(c.pdf), filename: `${c.serial}.pdf` };
    },
  };
}
