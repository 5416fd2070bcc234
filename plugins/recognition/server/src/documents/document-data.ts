// Template data for every kind of document, loaded from the database and handed to the pure
// mapper of its kind (documents/data/): the plan, the decision with its attached list, a
// certificate, the council's minutes, a unit's dossier report and the six-month / annual
// report. Nothing here renders, signs or stores.
import type { Core } from '@strapi/strapi';
import { certificateDataOf, type RecognitionView } from '../../../shared/domain/certificate-data';
import { qrTextOf, type ProofView } from '../../../shared/domain/offline-proof';
import type { ReportPeriod } from '../../../shared/domain/report-period';
import { thresholdFailures } from '../../../shared/domain/scoring';
import { unitDisplayName } from '../../../shared/domain/units';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import { clockService } from '../config';
import { MEETING, PLAN, REGISTRATION, UNIT_RESULT } from '../constants/uids';
import { attestationService, recognitionsService } from '../decisions';
import { DomainFailure } from '../errors';
import {
  councilRow,
  jurisdictionRow,
  meetingRow,
  parseRow,
  planTextRow,
  scoredRegistrationRow,
} from '../rows';
import { reportSnapshotService } from '../reporting';
import { registrationRepository } from '../workflow';
import { pdfService } from './';
import { actData } from './act-data';
import { dataHelpers } from './data-helpers';
import { dossierReportDataOf } from './data/dossier-report';
import { minutesDataOf } from './data/minutes';
import { planDataOf } from './data/plan';
import { registrationFormDataOf } from './data/registration-form';
import { unitProposalDataOf } from './data/unit-proposal';
import { reportDataOf } from './data/report';
import { documentProvince } from './document-province';

export const documentKindsForCli = [
  'plan',
  'decision',
  'certificate',
  'minutes',
  'dossier-report',
  'registration-form',
  'unit-proposal',
  'report',
] as const;
export type DocKind = (typeof documentKindsForCli)[number];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const pdf = () => pdfService(strapi);
  const clock = () => clockService(strapi).now();

  const { jurisdictionOf, signatureAt } = dataHelpers(strapi);

  async function planData(slug: string, status: 'published' | 'draft' = 'published') {
    const found = await strapi.documents(PLAN).findFirst({
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
    const plan = parseRow(planTextRow, found);
    if (!plan) throw new DomainFailure('not-found', `Không có kế hoạch "${slug}".`);
    return planDataOf(plan);
  }

  /** A decision's data; `override` carries what issuing adds (number, date, signer, recipients) before it is stored. */
  const { decisionData, revocationData, amendmentData } = actData(strapi);

  async function certificateData(serial: string, signingTime: Date | null) {
    const view = (await recognitionsService(strapi).findViewBySerial(
      serial,
    )) as RecognitionView | null;
    if (!view) throw new DomainFailure('not-found', 'Không tìm thấy giấy chứng nhận.');
    const data = certificateDataOf(view, pdf().config().publicUrl);
    // A certificate on an issued decision carries its signed payload in the QR code (offline checking).
    const jws = view.decisionNumber
      ? await attestationService(strapi).qrJws(view as unknown as ProofView)
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
    const m = parseRow(
      meetingRow.extend({ council: councilRow.extend({ jurisdiction: jurisdictionRow }) }),
      await strapi.db
        .query(MEETING)
        .findOne({ where: { documentId }, populate: { council: { populate: ['jurisdiction'] } } }),
    );
    if (!m) throw new DomainFailure('not-found', 'Không tìm thấy cuộc họp.');
    const sequence = await strapi.db
      .query(MEETING)
      .count({ where: { council: { id: m.council.id }, id: { $lte: m.id } } });
    const votes = [];
    for (const v of m.votes) {
      const reg = parseRow(
        scoredRegistrationRow,
        await strapi.db
          .query(REGISTRATION)
          .findOne({ where: { documentId: v.registration }, populate: ['unit'] }),
      );
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
    const plan = await strapi.documents(PLAN).findOne({
      documentId: reg.rules.planDocumentId,
      status: 'published',
      fields: ['number', 'title', 'issueYear', 'issueMonth', 'issueDay'],
    });
    if (!plan) throw new DomainFailure('not-found', 'Không tìm thấy kế hoạch của hồ sơ đăng ký.');
    return registrationFormDataOf({
      ...reg,
      plan: plan as unknown as Parameters<typeof registrationFormDataOf>[0]['plan'],
      previous,
      jurisdiction,
      date: vietnamDay(row?.registeredAt ? new Date(row.registeredAt) : clock()),
    });
  }

  async function unitProposalData(documentId: string) {
    const reg = await registrationRepository(strapi).load(documentId);
    return unitProposalDataOf(await registrationFormData(documentId), {
      criteriaSet: `${reg.criteriaSet.title} (phiên bản ${reg.criteriaSet.version})`,
      selfTotal: reg.selfTotal == null ? null : Number(reg.selfTotal),
      meetsThreshold: thresholdFailures(reg.criteriaSet, reg.selfMarks ?? {}).length === 0,
      maintains: await recognitionsService(strapi).heldBefore(reg),
      enclosed: reg.rules.dossierParts
        .filter((p) => p.code !== 'request' && p.provider !== 'council')
        .map((p) => p.label),
      date: vietnamDay(clock()),
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
      case 'unit-proposal':
        return unitProposalData(ref);
      case 'report':
        return reportData(ref);
    }
  }

  return {
    dataFor,
    certificateData,
    decisionData,
    revocationData,
    amendmentData,
    jurisdictionSlugOf: (kind: DocKind, ref: string) => documentProvince(strapi, kind, ref),
  };
};
