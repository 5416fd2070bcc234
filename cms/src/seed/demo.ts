// Demo data: the seed jurisdictions, their commune-level units and demonstration recognitions.
// Idempotent: every record is keyed (slug, code, serial) and only missing ones are created.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

const jurisdictionSeed = z.object({
  name: z.string(),
  slug: z.string(),
  issuerLine1: z.string(),
  issuerLine2: z.string().nullable(),
  issuerName: z.string(),
  placeName: z.string(),
  policeBodyName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  unitsFile: z.string(),
});

const unitRow = z.object({
  kind: z.enum(['xa', 'phuong', 'dac_khu']),
  name: z.string().min(1),
  formed_from: z.string().default(''),
  code: z.string().regex(/^\d{5}$/),
});

const recognitionSeed = z.object({
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

export type DemoSeedResult = { jurisdictions: number; units: number; recognitions: number; created: number; serials: string[] };

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

export async function seedDemo(strapi: Core.Strapi, dataDir: string): Promise<DemoSeedResult> {
  const jurisdictions = z.array(jurisdictionSeed).parse(readJson(path.join(dataDir, 'demo', 'jurisdictions.json')));
  const recognitions = z.array(recognitionSeed).parse(readJson(path.join(dataDir, 'demo', 'recognitions.json')));
  let created = 0;
  let unitCount = 0;

  await strapi.db.transaction(async () => {
    for (const { unitsFile, ...j } of jurisdictions) {
      const existing = await strapi.documents('api::jurisdiction.jurisdiction').findFirst({ filters: { slug: j.slug } });
      const jurisdiction = existing ?? (created++, await strapi.documents('api::jurisdiction.jurisdiction').create({ data: j }));
      const rows = z.array(unitRow).parse(
        parse(fs.readFileSync(path.join(dataDir, unitsFile), 'utf8'), { columns: true, skip_empty_lines: true, trim: true }),
      );
      const codes = rows.map((r) => r.code);
      const have = new Set(
        (await strapi.documents('api::unit.unit').findMany({ filters: { code: { $in: codes } }, fields: ['code'], limit: codes.length })).map(
          (u) => String(u.code),
        ),
      );
      for (const row of rows) {
        unitCount++;
        if (have.has(row.code)) continue;
        await strapi.documents('api::unit.unit').create({
          data: { kind: row.kind, name: row.name.normalize('NFC'), code: row.code, formedFrom: row.formed_from, active: true, jurisdiction: jurisdiction.documentId },
        });
        created++;
      }
    }
    for (const { unitCode, ...r } of recognitions) {
      const existing = await strapi.documents('plugin::recognition.recognition').findFirst({ filters: { serial: r.serial } });
      if (existing) continue;
      const unit = await strapi.documents('api::unit.unit').findFirst({ filters: { code: unitCode } });
      if (!unit) throw new Error(`demo recognition ${r.serial}: no unit with code ${unitCode}`);
      await strapi.documents('plugin::recognition.recognition').create({ data: { ...r, unit: unit.documentId } });
      created++;
    }
  });

  return { jurisdictions: jurisdictions.length, units: unitCount, recognitions: recognitions.length, created, serials: recognitions.map((r) => r.serial) };
}

export type AdminAccount = { email: string; password: string; firstname: string; lastname: string };

/** Makes sure a super-admin with this e-mail exists and logs in with this password. */
export async function ensureAdmin(strapi: Core.Strapi, account: AdminAccount): Promise<'created' | 'updated'> {
  const users = strapi.service('admin::user');
  const existing = await strapi.db.query('admin::user').findOne({ where: { email: account.email.toLowerCase() } });
  if (existing) {
    await users.updateById(existing.id, { password: account.password, isActive: true, blocked: false });
    return 'updated';
  }
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    email: account.email,
    firstname: account.firstname,
    lastname: account.lastname,
    password: account.password,
    registrationToken: null,
    isActive: true,
    preferedLanguage: 'vi',
    roles: [superAdmin.id],
  });
  return 'created';
}
