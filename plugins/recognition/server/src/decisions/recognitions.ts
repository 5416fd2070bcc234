// Recognitions, and the only writer of a recognition's status: made when a unit is recognised
// (or maintained) on a decision, revoked through the machine; and read with their unit and
// jurisdiction, shaped for the certificate and the admin.
import type { Core } from '@strapi/strapi';
import type { RecognitionView } from '../../../shared/domain/certificate-data';
import {
  defaultMaintenance,
  maintains,
  type MaintenanceRule,
  type Title,
} from '../../../shared/domain/maintenance';
import { certifiedUnit } from '../../../shared/domain/units';
import {
  nextRecognitionStatus,
  type RecognitionStatus,
} from '../../../shared/domain/status-machines';
import type { Actor } from '../../../shared/domain/workflow';
import { unwrap } from '../errors';
import { allowedFor } from '../workflow';
import { pageWindow, type PageAsk } from '../pagination';
import { certificatesService } from './';
import { notificationsService } from '../people';
import { clockService } from '../config';
import { RECOGNITION } from '../constants/uids';

type Row = Omit<RecognitionView, 'unit' | 'jurisdiction'> & {
  documentId: string;
  unit?: {
    name: string;
    kind: string;
    code?: string;
    jurisdiction?: RecognitionView['jurisdiction'] & { name: string; slug: string };
  };
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The recognition of a registration on a draft decision: its number, date and signer are
   * written when the decision is issued, and its certificate (for a plan that issues them)
   * waits for that.
   */
  async create(
    reg: { id: number; year: number; unit: { id: number } },
    e: { state: string; serial: string; certificate: boolean },
    decision: { id: number },
  ) {
    const rec = await strapi.db.query(RECOGNITION).create({
      data: {
        unit: reg.unit.id,
        registration: reg.id,
        decision: decision.id,
        year: reg.year,
        status: (e.state === 'maintained'
          ? 'maintained'
          : 'recognised') satisfies RecognitionStatus,
        serial: e.serial,
      },
    });
    await certificatesService(strapi).queue(rec.id, e.certificate);
  },

  /**
   * Whether recognising the registration maintains the unit's title rather than granting it anew,
   * as its plan says maintaining reads (the year before, by default; a gap is a new title).
   */
  async heldBefore(reg: {
    year: number;
    unit: { documentId: string };
    rules?: { maintenance?: MaintenanceRule };
  }) {
    const titles = (await strapi.db.query(RECOGNITION).findMany({
      where: { unit: { documentId: reg.unit.documentId }, year: { $lt: reg.year } },
      select: ['year', 'status'],
    })) as Title[];
    return maintains(titles, reg.year, reg.rules?.maintenance ?? defaultMaintenance);
  },

  /** The recognitions an issued decision lists take its number, date and signer, their units are frozen and certificates released; returns how many certificates. */
  async grant(
    decisionId: number,
    fields: {
      number: string;
      date: string;
      signerAuthority: string | null;
      signerDelegation: string | null;
      signerPosition: string;
      signerName: string;
    },
  ) {
    const ids = (
      await strapi.db
        .query(RECOGNITION)
        .findMany({ where: { decision: { id: decisionId } }, select: ['id'] })
    ).map((r: { id: number }) => r.id);
    const { number, date, signerAuthority, signerDelegation, signerPosition, signerName } = fields;
    await strapi.db.query(RECOGNITION).updateMany({
      where: { id: { $in: ids } },
      data: {
        decisionNumber: number,
        decisionDate: date,
        signerAuthority,
        signerDelegation,
        signerPosition,
        signerName,
      },
    });
    // What the decision certified is frozen with it: a later rename shows only as "now called".
    await this.freezeUnits(ids);
    const count = await certificatesService(strapi).release(ids);
    await notificationsService(strapi).decisionIssued(ids, number, date, count > 0);
    return count;
  },

  /** Writes each recognition's unit name and kind as they are now (at the decision's issue), unless already frozen. */
  async freezeUnits(ids?: number[]) {
    const where = {
      unitName: { $null: true },
      decisionNumber: { $notNull: true },
      ...(ids ? { id: { $in: ids } } : {}),
    };
    const rows = await strapi.db
      .query(RECOGNITION)
      .findMany({ where, select: ['id'], populate: { unit: { select: ['name', 'kind'] } } });
    for (const r of rows as { id: number; unit?: { name: string; kind: string } }[]) {
      if (r.unit)
        await strapi.db
          .query(RECOGNITION)
          .update({ where: { id: r.id }, data: { unitName: r.unit.name, unitKind: r.unit.kind } });
    }
    return rows.length;
  },

  /** Revokes a registration's recognition on the revoking decision. */
  async revoke(registrationId: number, reason: string, decisionId: number) {
    const rec = await strapi.db
      .query(RECOGNITION)
      .findOne({ where: { registration: { id: registrationId } }, select: ['id', 'status'] });
    if (!rec) return;
    const status = unwrap(nextRecognitionStatus(rec.status, 'revoke'));
    await strapi.db.query(RECOGNITION).update({
      where: { id: rec.id },
      data: {
        status,
        revokedReason: reason,
        revokedAt: clockService(strapi).now(),
        revocationDecision: decisionId,
      },
    });
  },

  /** Recognitions of the caller's provinces; with an actor, each says what it may do with the registration (revoke). */
  /** A page of recognitions, newest year first, narrowed by status, provinces and year. */
  async list(
    filters: { status?: string[]; jurisdictions?: string[] | 'all'; year?: number } = {},
    page: PageAsk,
    actor?: Actor,
  ) {
    const where = {
      ...(filters.status ? { status: { $in: filters.status } } : {}),
      ...(filters.year ? { year: filters.year } : {}),
      ...(Array.isArray(filters.jurisdictions)
        ? { unit: { jurisdiction: { slug: { $in: filters.jurisdictions } } } }
        : {}),
    };
    const [found, total] = await Promise.all([
      strapi.documents(RECOGNITION).findMany({
        filters: where,
        populate: { unit: { populate: { jurisdiction: true } }, registration: true },
        sort: [{ year: 'desc' }, { id: 'asc' }],
        start: pageWindow(page).offset,
        limit: page.pageSize,
      }),
      strapi.documents(RECOGNITION).count({ filters: where }),
    ]);
    const rows = found as unknown as (Row & {
      registration?: {
        documentId: string;
        state: string;
        year: number;
        conflicts?: { email: string }[] | null;
      } | null;
    })[];
    const now = clockService(strapi).now();
    const items = rows.map((r) => ({
      documentId: r.documentId,
      year: r.year,
      status: r.status,
      serial: r.serial,
      decisionNumber: r.decisionNumber,
      decisionDate: r.decisionDate,
      unit: r.unit ? { name: r.unit.name, kind: r.unit.kind, code: r.unit.code } : null,
      jurisdiction: r.unit?.jurisdiction
        ? { name: r.unit.jurisdiction.name, slug: r.unit.jurisdiction.slug }
        : null,
      // Revoking needs an issued decision to revoke (a recognition on a draft has no effect yet).
      registration: r.registration
        ? {
            documentId: r.registration.documentId,
            allowedEvents:
              actor && r.decisionNumber
                ? allowedFor(actor, r.registration, now).filter((e) => e === 'revoke')
                : [],
          }
        : null,
    }));
    return { items, total };
  },

  async findViewBySerial(serial: string): Promise<RecognitionView | null> {
    const row = (await strapi.documents(RECOGNITION).findFirst({
      filters: { serial },
      populate: { unit: { populate: { jurisdiction: true } } },
    })) as unknown as Row | null;
    if (!row?.unit?.jurisdiction) return null;
    const { unit } = row;
    const certified = certifiedUnit(row as never);
    return {
      ...row,
      unit: { name: certified.name, kind: certified.kind },
      jurisdiction: unit.jurisdiction!,
    };
  },
});
