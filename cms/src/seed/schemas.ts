// The shapes of the demo data files (data/*.json, the unit lists' CSV rows), checked as they are
// read so that a mistyped seed stops the demo with the field named instead of half-seeding it.
import { z } from 'zod';

export const jurisdictionSeed = z.object({
  name: z.string(),
  slug: z.string(),
  issuerLine1: z.string(),
  issuerLine2: z.string().nullable(),
  issuerName: z.string(),
  placeName: z.string(),
  policeBodyName: z.string().nullable(),
  reportSuffix: z.string().optional(),
  contactEmail: z.string().nullable(),
  decisionNumbering: z.enum(['manual', 'automatic']).optional(),
  signers: z
    .array(
      z.object({
        authority: z.string().nullable(),
        delegation: z.string().nullable(),
        position: z.string(),
        name: z.string(),
      }),
    )
    .optional(),
  unitsFile: z.string(),
});

export const unitRow = z.object({
  kind: z.enum(['xa', 'phuong', 'dac_khu']),
  name: z.string().min(1),
  formed_from: z.string().default(''),
  code: z.string().regex(/^\d{5}$/),
});

export const organisationSeed = z.object({
  jurisdiction: z.string(),
  kind: z.enum(['co_quan', 'doanh_nghiep', 'co_so_giao_duc']),
  name: z.string(),
  code: z.string(),
  /** The commune that manages it and the department that directs it, by code. */
  managingCommune: z.string().optional(),
  managingDepartment: z.string().optional(),
});

export const recognitionSeed = z.object({
  unitCode: z.string(),
  year: z.number().int(),
  status: z.enum(['recognised', 'maintained']),
  serial: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  signerAuthority: z.string().optional(),
  signerDelegation: z.string().optional(),
  signerPosition: z.string(),
  signerName: z.string(),
});

export const unitResultSeed = z.object({
  unitCode: z.string(),
  year: z.number().int(),
  anttSafe: z.boolean(),
  anttDecisionRef: z.string().optional(),
  classification: z.enum(['xuat_sac', 'kha', 'trung_binh', 'yeu']).nullable().optional(),
});

export const criteriaSeed = z
  .object({
    code: z.string(),
    version: z.number().int(),
    kinds: z.array(z.enum(['xa', 'phuong', 'dacKhu', 'coQuan', 'doanhNghiep', 'coSoGiaoDuc'])),
  })
  .passthrough();
