// Rows as the database hands them to the document mappers: one jurisdiction, units, a set.
import type { CriteriaSetDef } from '../../../../../../../plugins/recognition/shared/domain/scoring';
import type { JurisdictionRow } from '../../../../../../../plugins/recognition/server/src/documents/data/common';

export const hue: JurisdictionRow = {
  documentId: 'j-hue',
  slug: 'hue',
  name: 'Huế',
  issuerLine1: 'ỦY BAN NHÂN DÂN',
  issuerLine2: 'THÀNH PHỐ HUẾ',
  issuerName: 'Ủy ban nhân dân thành phố Huế',
  placeName: 'Huế',
  policeBodyName: 'Công an thành phố Huế',
};

export const set: CriteriaSetDef & { code: string; title: string; version: number } = {
  code: 'MAU-XA-PHUONG',
  title: 'Bộ tiêu chí xã, phường, đặc khu điển hình',
  version: 2,
  groups: [
    {
      code: 'I',
      title: 'Lãnh đạo, chỉ đạo',
      criteria: [
        {
          code: '1.1',
          title: 'Có nghị quyết của cấp ủy',
          scoring: 'points',
          maxPoints: 10,
          mandatory: true,
          knockOut: false,
        },
        {
          code: '1.2',
          title: 'Các nội dung con',
          scoring: 'points',
          mandatory: false,
          knockOut: false,
          subItems: [
            { code: 'a', title: 'a', maxPoints: 2.5 },
            { code: 'b', title: 'b', maxPoints: 2.5 },
          ],
        },
        {
          code: '3.1',
          title: 'Không để xảy ra vụ việc phức tạp',
          scoring: 'pass_fail',
          mandatory: true,
          knockOut: true,
        },
      ],
    },
  ],
  threshold: { minTotal: 12, requireAllKnockOutsPassed: true, requireAllMandatoryMet: true },
};
