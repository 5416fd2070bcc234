// Template data for every kind of document, loaded from the database and handed to the pure
// mapper of its kind (documents/data/): the plan, the decision with its attached list, a
// certificate, the council's minutes, a unit's dossier report and the six-month / annual
// report. Nothing here renders, signs or stores.
import type { Core } from '@strapi/strapi';
import { certificateDataOf, type RecognitionView } from '../../../shared/domain/certificate-data';
import { qrTextOf, type ProofView } from '../../../shared/domain/offline-proof';
import { unitDisplayName } from '../../../shared/domain/units';
import { vietnamDay, vietnamIso } from '../../../shared/domain/vietnam-time';
import { issuerLines, type JurisdictionRow, type Signature } from './data/common';
import { decisionDataOf } from './data/decision';
import { revocationDataOf, type RevocationInput } from './data/revocation';
import { amendmentDataOf } from './data/amendment';
import { dossierReportDataOf } from './data/dossier-report';
import { registrationFormDataOf } from './data/registration-form';
import { minutesDataOf } from './data/minutes';
import { planDataOf } from './data/plan';
import { reportDataOf } from './data/report';
import type { ReportPeriod } from '../../../shared/domain/report-period';
import { DomainFailure } from '../errors';
import { pdfService } from './';
import { clockService } from '../config';
import { marksService, registrationRepository } from '../workflow';
import { attestationService, recognitionsService } from '../decisions';
import { reportSnapshotService } from '../reporting';
import {
  DECISION,
  JURISDICTION,
  MEETING,
  PLAN,
  RECOGNITION,
  REGISTRATION,
  UNIT_RESULT,
} from '../constants/uids';

export const documentKindsForCli = [
  'plan',
  'decision',
  'certificate',
  'minutes',
  'dossier-report',
  'registration-form',
  'report',
] as const;
export type DocKind = (typeof documentKindsForCli)[number];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const pdf = () => pdfService(strapi);
  const clock = () => clockService(strapi).now();

  async function jurisdictionOf(
    where: Record<string, unknown>,
  ): Promise<JurisdictionRow & { id: number }> {
    const j = await strapi.db.query(JURISDICTION).findOne({ where });
    if (!j) throw new DomainFailure('not-found', 'Không tìm thấy tỉnh / thành phố.');
    return j;
  }

  /** The seal and signature marks at the signing time, or none for an unsigned document. */
  async function signatureAt(
    signingTime: Date | null,
    jurisdiction: string | undefined,
    body: string,
    signer: string,
  ): Promise<Signature> {
    return signingTime
      ? {
          time: vietnamIso(signingTime),
          ...(await marksService(strapi).for(jurisdiction, body, signer)),
        }
      : null;
  }

  async function planData(slug: string, status: 'published' | 'draft' = 'published') {
    const plan: any = await strapi.documents(PLAN).findFirst({
      filters: { slug },
      status,
      populate: {
        sections: { populate: ['blocks'] },
        signer: true,
        recipients: true,
        jurisdiction: true,
        calendar: true,
        targets: true,
        dossierParts: true,
      },
    });
    if (!plan) throw new DomainFailure('not-found', `Không có kế hoạch "${slug}".`);
    return planDataOf(plan);
  }

  /** A decision's data; `override` carries what issuing adds (number, date, signer, recipients) before it is stored. */
  async function decisionData(
    documentId: string,
    signingTime: Date | null,
    override: Record<string, unknown> = {},
  ) {
    const d: any = await strapi.db
      .query(DECISION)
      .findOne({ where: { documentId }, populate: ['jurisdiction'] });
    if (!d) throw new DomainFailure('not-found', 'Không tìm thấy quyết định.');
    const recognitions = await strapi.db
      .query(RECOGNITION)
      .findMany({ where: { decision: { id: d.id } }, populate: ['unit'], orderBy: { id: 'asc' } });
    const plan = await registrationRepository(strapi).planFor(d.jurisdiction.documentId, d.year, {
      legalBases: true,
    });
    const decision = { ...d, ...override };
    const signature = await signatureAt(
      signingTime,
      d.jurisdiction.documentId,
      issuerLines(d.jurisdiction).join(' '),
      decision.signerName || ' ',
    );
    return decisionDataOf(
      {
        decision,
        jurisdiction: d.jurisdiction,
        recognitions,
        plan: plan ?? null,
        today: vietnamDay(clock()),
      },
      signature,
    );
  }

  /** A revocation decision's data, from the recognition it revokes and what the approver entered. */
  async function revocationData(
    serial: string,
    decision: RevocationInput['decision'],
    reason: string,
    signingTime: Date,
  ) {
    const r: any = await strapi.db
      .query(RECOGNITION)
      .findOne({ where: { serial }, populate: { unit: { populate: ['jurisdiction'] } } });
    if (!r) throw new DomainFailure('not-found', 'Không tìm thấy giấy chứng nhận.');
    const j = r.unit.jurisdiction;
    const plan = await registrationRepository(strapi).planFor(j.documentId, r.year, {
      legalBases: true,
    });
    const signature = await signatureAt(
      signingTime,
      j.documentId,
      issuerLines(j).join(' '),
      decision.signerName,
    );
    return revocationDataOf(
      { decision, jurisdiction: j, recognition: r, plan: plan ?? null, reason },
      signature,
    );
  }

  /** A decision amending an issued one: its data from the decision amended and what the approver entered. */
  async function amendmentData(
    amendedDocumentId: string,
    decision: RevocationInput['decision'],
    changes: string[],
    signingTime: Date,
  ) {
    const a: any = await strapi.db
      .query(DECISION)
      .findOne({ where: { documentId: amendedDocumentId }, populate: ['jurisdiction'] });
    if (!a) throw new DomainFailure('not-found', 'Không tìm thấy quyết định.');
    const plan = await registrationRepository(strapi).planFor(a.jurisdiction.documentId, a.year, {
      legalBases: true,
    });
    const signature = await signatureAt(
      signingTime,
      a.jurisdiction.documentId,
      issuerLines(a.jurisdiction).join(' '),
      decision.signerName,
    );
    return amendmentDataOf(
      { decision, jurisdiction: a.jurisdiction, amended: a, plan: plan ?? null, changes },
      signature,
    );
  }

  async function certificateData(serial: string, signingTime: Date | null) {
    const view = (await recognitionsService(strapi).findViewBySerial(
      serial,
    )) as RecognitionView | null;
    if (!view) throw new DomainFailure('not-found', 'Không tìm thấy giấy chứng nhận.');
    const data = certificateDataOf(view, pdf().config().publicUrl);
    // A certificate on an issued decision carries its signed payload in the QR code (offline checking).
    const jws = view.decisionNumber
      ? attestationService(strapi).qrJws(view as unknown as ProofView)
      : null;
    return {
      ...data,
      ...(jws ? { qrText: qrTextOf(data.verifyUrl, jws) } : {}),
      signature: await signatureAt(
        signingTime,
        (view.jurisdiction as { documentId?: string }).documentId,
        data.issuer.lines.join(' '),
        data.signer.name,
      ),
    };
  }

  async function minutesData(documentId: string) {
    const m: any = await strapi.db
      .query(MEETING)
      .findOne({ where: { documentId }, populate: { council: { populate: ['jurisdiction'] } } });
    if (!m) throw new DomainFailure('not-found', 'Không tìm thấy cuộc họp.');
    const sequence = await strapi.db
      .query(MEETING)
      .count({ where: { council: { id: m.council.id }, id: { $lte: m.id } } });
    const votes = [];
    for (const v of m.votes as {
      registration: string;
      for: number;
      against: number;
      abstain: number;
    }[]) {
      const reg: any = await strapi.db
        .query(REGISTRATION)
        .findOne({ where: { documentId: v.registration }, populate: ['unit'] });
      const n = (x: unknown) => (x == null ? null : Number(x));
      votes.push({
        unit: reg ? unitDisplayName(reg.unit) : v.registration,
        selfTotal: n(reg?.selfTotal),
        councilTotal: n(reg?.councilTotal),
        for: v.for,
        against: v.against,
        abstain: v.abstain,
      });
    }
    return minutesDataOf({
      meeting: m,
      council: m.council,
      jurisdiction: m.council.jurisdiction,
      sequence,
      votes,
    });
  }

  async function dossierReportData(documentId: string) {
    const reg = await registrationRepository(strapi).load(documentId);
    const jurisdiction = await jurisdictionOf({ documentId: reg.unit.jurisdiction.documentId });
    return dossierReportDataOf({
      ...reg,
      jurisdiction,
      date: vietnamDay(reg.submittedAt ? new Date(reg.submittedAt) : clock()),
    });
  }

  async function registrationFormData(documentId: string) {
    const reg = await registrationRepository(strapi).load(documentId);
    const row = await strapi.db
      .query(REGISTRATION)
      .findOne({ where: { documentId }, select: ['registeredAt'] });
    const jurisdiction = await jurisdictionOf({ documentId: reg.unit.jurisdiction.documentId });
    const previous = await strapi.db
      .query(UNIT_RESULT)
      .findOne({ where: { unit: { documentId: reg.unit.documentId }, year: reg.year - 1 } });
    return registrationFormDataOf({
      ...reg,
      planNumber: reg.rules.planNumber,
      previous,
      jurisdiction,
      date: vietnamDay(row?.registeredAt ? new Date(row.registeredAt) : clock()),
    });
  }

  async function reportData(ref: string) {
    const m =
      /^([a-z0-9-]+):(\d{4}):(six-month|annual|implementation)(?::(\d{4}-\d{2}-\d{2}))?$/.exec(ref);
    if (!m)
      throw new DomainFailure(
        'not-found',
        'Báo cáo ghi dạng <tỉnh>:<năm>:<six-month|annual|implementation>[:<ngày tính số liệu>], ví dụ hue:2026:annual.',
      );
    const [, slug, yearText, period, cutOff] = m;
    const snapshot = await reportSnapshotService(strapi).of(
      slug,
      Number(yearText),
      period as ReportPeriod,
      cutOff,
    );
    return reportDataOf({
      ...snapshot,
      jurisdiction: snapshot.jurisdiction.row,
      date: vietnamDay(clock()),
    });
  }

  async function dataFor(
    kind: DocKind,
    ref: string,
    opts: { signingTime?: Date | null; draft?: boolean } = {},
  ) {
    const signingTime = opts.signingTime ?? null;
    switch (kind) {
      case 'plan':
        return planData(ref, opts.draft ? 'draft' : 'published');
      case 'decision':
        return decisionData(ref, signingTime);
      case 'certificate':
        return certificateData(ref, signingTime);
      case 'minutes':
        return minutesData(ref);
      case 'dossier-report':
        return dossierReportData(ref);
      case 'registration-form':
        return registrationFormData(ref);
      case 'report':
        return reportData(ref);
    }
  }

  /** The province a document belongs to, so that staff may open only their own provinces' documents. */
  async function jurisdictionSlugOf(kind: DocKind, ref: string): Promise<string | null> {
    const slugOf = (row: any, ...path: string[]) =>
      path.reduce((r, k) => r?.[k], row)?.slug ?? null;
    switch (kind) {
      case 'plan': {
        const [p] = await strapi.db
          .query(PLAN)
          .findMany({ where: { slug: ref }, populate: ['jurisdiction'], limit: 1 });
        return slugOf(p, 'jurisdiction');
      }
      case 'decision':
        return slugOf(
          await strapi.db
            .query(DECISION)
            .findOne({ where: { documentId: ref }, populate: ['jurisdiction'] }),
          'jurisdiction',
        );
      case 'certificate':
        return slugOf(
          await strapi.db.query(RECOGNITION).findOne({
            where: { serial: ref },
            populate: { unit: { populate: ['jurisdiction'] } },
          }),
          'unit',
          'jurisdiction',
        );
      case 'minutes':
        return slugOf(
          await strapi.db.query(MEETING).findOne({
            where: { documentId: ref },
            populate: { council: { populate: ['jurisdiction'] } },
          }),
          'council',
          'jurisdiction',
        );
      case 'dossier-report':
      case 'registration-form':
        return slugOf(
          await strapi.db.query(REGISTRATION).findOne({
            where: { documentId: ref },
            populate: { unit: { populate: ['jurisdiction'] } },
          }),
          'unit',
          'jurisdiction',
        );
      case 'report':
        return /^([a-z0-9-]+):/.exec(ref)?.[1] ?? null;
    }
  }

  return {
    dataFor,
    certificateData,
    decisionData,
    revocationData,
    amendmentData,
    jurisdictionSlugOf,
  };
};
