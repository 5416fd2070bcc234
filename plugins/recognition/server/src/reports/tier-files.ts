// The files a commune or a department sends with its report: checked by content and kept in the
// private store like a unit's evidence, attached while the report is a draft (removed from the
// store again if the step does not commit), and read back by the tier itself and by its
// province's staff, never by another tier.
import type { Core } from '@strapi/strapi';
import type { FileRef } from '../../../shared/domain/registration/record';
import { checkScope, type Scope } from '../../../shared/domain/scope';
import { clockService } from '../config';
import { TIER_REPORT } from '../constants/uids';
import { DomainFailure, unwrap } from '../errors';
import { placeOf, placePopulate } from '../guards';
import type { TierOfficerActor } from '../people';
import { privateFilesService } from '../workflow';
import { tierReports } from './tier-reports';

type Upload = { filepath: string; originalFilename?: string | null; size: number };

export function tierFiles(strapi: Core.Strapi) {
  const store = () => privateFilesService(strapi);
  const reports = tierReports(strapi);

  async function attach(actor: TierOfficerActor, year: number, key: string, file: Upload) {
    const ref = await store().keepUpload(file, clockService(strapi).now());
    try {
      return await reports.apply(actor, year, key, async () => ({
        type: 'attach',
        file: ref,
        limits: store().limits(),
      }));
    } catch (e) {
      // Nothing half-written: a file kept for a step that did not commit is removed.
      await store().remove(ref.id);
      throw e;
    }
  }

  async function detach(actor: TierOfficerActor, year: number, key: string, id: string) {
    const out = await reports.apply(actor, year, key, async () => ({ type: 'detach', id }));
    if (/^[a-f0-9]{32}$/.test(id)) await store().remove(id);
    return out;
  }

  /**
   * One file of a report, for whoever's scope holds the report's unit (its tier, its province).
   * The Ministry reads figures and the provinces' own reports, not what a commune attached (it
   * may name people): its national grant does not reach these files.
   */
  async function read(actor: { role: string; scope: Scope }, reportId: string, fileId: string) {
    if (actor.role === 'ministry')
      throw new DomainFailure(
        'forbidden-role',
        'Bộ Công an xem số liệu và báo cáo của tỉnh, không xem tệp xã, phường, sở, ngành gửi kèm.',
      );
    const { scope } = actor;
    const row = await strapi.db.query(TIER_REPORT).findOne({
      where: { documentId: reportId },
      populate: { unit: { populate: placePopulate('api::unit.unit') } },
    });
    if (!row?.unit) throw new DomainFailure('not-found', 'Không tìm thấy báo cáo.');
    unwrap(checkScope(scope, placeOf('api::unit.unit', row.unit), 'Báo cáo'));
    const ref = ((row.attachments ?? []) as FileRef[]).find((f) => String(f.id) === fileId);
    if (!ref) throw new DomainFailure('not-found', 'Báo cáo không có tệp này.');
    return { ref, stream: await store().read(String(ref.id)) };
  }

  return { attach, detach, read };
}
