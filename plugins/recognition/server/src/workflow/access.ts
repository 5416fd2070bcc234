// Who may act on a registration at all, before the machine is asked: staff within their scope,
// an officer on their own unit, a council member on their own council's dossiers once they are
// under appraisal.
import type { Core } from '@strapi/strapi';
import { checkScope as scopeCheck } from '../../../shared/domain/scope';
import { appraisalStates } from '../../../shared/domain/states';
import type { Actor } from '../../../shared/domain/workflow';
import { DomainFailure, unwrap } from '../errors';
import type { CouncilActor, StaffActor } from '../people';
import type { Registration } from './registrations';
import { registrationRepository } from './';
import { placeOf } from '../guards';
import { REGISTRATION } from '../constants/uids';

export function accessCheck(strapi: Core.Strapi) {
  const repo = () => registrationRepository(strapi);
  /** An officer acts on their own unit only; a council member on their own council's dossiers only. */
  return async function checkScope(
    actor: Actor,
    reg: Pick<Registration, 'unit' | 'year' | 'state'>,
  ) {
    if ('scope' in actor)
      unwrap(
        scopeCheck(
          (actor as StaffActor).scope,
          placeOf(REGISTRATION, reg),
          `Hồ sơ của ${reg.unit.name}`,
        ),
      );
    if (actor.role === 'unit_officer' && reg.unit.documentId !== actor.unitId)
      throw new DomainFailure(
        'not-own-unit',
        'Cán bộ đơn vị chỉ xem và thao tác trên hồ sơ của đơn vị mình.',
      );
    if (actor.role === 'council_member') {
      const slugs = (actor as CouncilActor).jurisdictionSlugs ?? [];
      if (!slugs.includes(reg.unit.jurisdiction.slug))
        throw new DomainFailure(
          'not-member',
          'Thành viên hội đồng chỉ làm việc với hồ sơ của tỉnh / thành phố mình.',
        );
      const council = await repo().councilOf(reg.unit.jurisdiction.documentId, reg.year);
      if (!council?.memberEmails.includes(actor.id))
        throw new DomainFailure(
          'not-member',
          `Tài khoản không có trong hội đồng thẩm định năm ${reg.year}.`,
        );
      // A dossier reaches the council when the secretariat puts it under appraisal, not before.
      if (!appraisalStates.includes(reg.state))
        throw new DomainFailure('not-found', 'Hồ sơ chưa được đưa ra thẩm định.');
    }
  };
}
