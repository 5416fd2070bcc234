// Demo data: the seed jurisdictions with their commune-level units and a few organisations,
// both seed plans (text and rules), the sample criteria sets, and demonstration recognitions.
// Idempotent: every record is keyed (slug, code, serial) and only missing ones are created.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { planSeedNames, readPlanSeed } from './plans';
import {
  criteriaSeed,
  jurisdictionSeed,
  organisationSeed,
  recognitionSeed,
  unitResultSeed,
  unitRow,
} from './schemas';

export type DemoSeedResult = {
  jurisdictions: number;
  units: number;
  plans: number;
  criteriaSets: number;
  recognitions: number;
  created: number;
  serials: string[];
  /** Draft decisions the seed made, to be issued as recorded (see issueSeededDecisions). */
  toIssue: { documentId: string; number: string; date: string; signerName: string }[];
};

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

export async function seedDemo(strapi: Core.Strapi, dataDir: string): Promise<DemoSeedResult> {
  const jurisdictions = z
    .array(jurisdictionSeed)
    .parse(readJson(path.join(dataDir, 'demo', 'jurisdictions.json')));
  const organisations = z
    .array(organisationSeed)
    .parse(readJson(path.join(dataDir, 'demo', 'organisations.json')));
  const recognitions = z
    .array(recognitionSeed)
    .parse(readJson(path.join(dataDir, 'demo', 'recognitions.json')));
  const criteriaFiles = fs
    .readdirSync(path.join(dataDir, 'criteria'))
    // The sets themselves; the import's published schema lives beside them.
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort();
  let created = 0;
  let unitCount = 0;
  const toIssue: DemoSeedResult['toIssue'] = [];
  const jurisdictionIds = new Map<string, string>();
  const units = strapi.documents('api::unit.unit');

  await strapi.db.transaction(async () => {
    for (const { unitsFile, ...j } of jurisdictions) {
      const existing = await strapi
        .documents('api::jurisdiction.jurisdiction')
        .findFirst({ filters: { slug: j.slug } });
      const jurisdiction =
        existing ??
        (created++, await strapi.documents('api::jurisdiction.jurisdiction').create({ data: j }));
      jurisdictionIds.set(j.slug, jurisdiction.documentId);
      const rows = z.array(unitRow).parse(
        parse(fs.readFileSync(path.join(dataDir, unitsFile), 'utf8'), {
          columns: true,
          skip_empty_lines: true,
          trim: true,
        }),
      );
      const codes = rows.map((r) => r.code);
      const have = new Set(
        (
          await units.findMany({
            filters: { code: { $in: codes } },
            fields: ['code'],
            limit: codes.length,
          })
        ).map((u) => String(u.code)),
      );
      for (const row of rows) {
        unitCount++;
        if (have.has(row.code)) continue;
        await units.create({
          data: {
            kind: row.kind,
            name: row.name.normalize('NFC'),
            code: row.code,
            formedFrom: row.formed_from,
            active: true,
            jurisdiction: jurisdiction.documentId,
          },
        });
        created++;
      }
    }

    const byCode = async (code?: string) =>
      code ? (await units.findFirst({ filters: { code } }))?.documentId : undefined;
    // Departments before the units they direct, so that each is made whole, with its managers.
    const directed = (o: { managingDepartment?: string }) => (o.managingDepartment ? 1 : 0);
    for (const { managingCommune, managingDepartment, ...o } of [...organisations].sort(
      (a, b) => directed(a) - directed(b),
    )) {
      unitCount++;
      if (await units.findFirst({ filters: { code: o.code } })) continue;
      await units.create({
        data: {
          ...o,
          active: true,
          jurisdiction: jurisdictionIds.get(o.jurisdiction),
          managingCommune: await byCode(managingCommune),
          managingDepartment: await byCode(managingDepartment),
        } as never,
      });
      created++;
    }

    for (const name of planSeedNames(dataDir)) {
      const { jurisdiction, ...plan } = readPlanSeed(dataDir, name);
      if (
        await strapi
          .documents('api::plan.plan')
          .findFirst({ filters: { slug: plan.slug }, status: 'draft' })
      )
        continue;
      await strapi.documents('api::plan.plan').create({
        data: { ...plan, jurisdiction: jurisdictionIds.get(jurisdiction) } as never,
        status: 'published',
      });
      created++;
    }

    for (const file of criteriaFiles) {
      const { kinds, ...set } = criteriaSeed.parse(readJson(path.join(dataDir, 'criteria', file)));
      if (
        await strapi
          .documents('api::criteria-set.criteria-set')
          .findFirst({ filters: { code: set.code, version: set.version } })
      )
        continue;
      await strapi.documents('api::criteria-set.criteria-set').create({
        data: { ...set, ...Object.fromEntries(kinds.map((k) => [k, true])) } as never,
      });
      created++;
    }

    const results = z
      .array(unitResultSeed)
      .parse(readJson(path.join(dataDir, 'demo', 'unit-results.json')));
    for (const { unitCode, ...r } of results) {
      const unit = await units.findFirst({ filters: { code: unitCode } });
      if (!unit) throw new Error(`demo unit result: no unit with code ${unitCode}`);
      if (
        await strapi
          .documents('api::unit-result.unit-result')
          .findFirst({ filters: { unit: { documentId: unit.documentId }, year: r.year } })
      )
        continue;
      await strapi
        .documents('api::unit-result.unit-result')
        .create({ data: { ...r, unit: unit.documentId } as never });
      created++;
    }

    for (const {
      unitCode,
      decisionNumber,
      decisionDate,
      signerName,
      signerAuthority: _a,
      signerDelegation: _d,
      signerPosition: _p,
      ...r
    } of recognitions) {
      const existing = await strapi
        .documents('plugin::recognition.recognition')
        .findFirst({ filters: { serial: r.serial } });
      if (existing) continue;
      const unit: any = await units.findFirst({
        filters: { code: unitCode },
        populate: ['jurisdiction'],
      });
      if (!unit) throw new Error(`demo recognition ${r.serial}: no unit with code ${unitCode}`);
      // Workflow records are written through the query layer (the document service refuses them).
      // The recognition joins a draft decision that is issued after the seed, as the approver
      // would issue it: number, date and signer as recorded, signed, certificates then issued.
      const decision = await strapi
        .plugin('recognition')
        .service('decisions')
        .draftFor(unit.jurisdiction, r.year, { fresh: true });
      const made = await strapi.db
        .query('plugin::recognition.recognition')
        .create({ data: { ...r, unit: unit.id, decision: decision.id } });
      await strapi.plugin('recognition').service('certificates').queue(made.id, true);
      toIssue.push({
        documentId: decision.documentId,
        number: decisionNumber,
        date: decisionDate,
        signerName,
      });
      created++;
    }
  });

  return {
    jurisdictions: jurisdictions.length,
    units: unitCount,
    plans: planSeedNames(dataDir).length,
    criteriaSets: criteriaFiles.length,
    recognitions: recognitions.length,
    created,
    serials: recognitions.map((r) => r.serial),
    toIssue,
  };
}

/** Issues the decisions the seed drafted, as an approver would: rendered, signed, stored; certificates follow. */
export async function issueSeededDecisions(
  strapi: Core.Strapi,
  drafts: DemoSeedResult['toIssue'],
): Promise<void> {
  const decisions = strapi.plugin('recognition').service('decisions');
  const seeder = { id: 'seed@dienhinh.local', role: 'approver', scope: { all: true } };
  for (const d of drafts) {
    const draft = await strapi.db
      .query('plugin::recognition.decision')
      .findOne({ where: { documentId: d.documentId }, populate: ['jurisdiction'] });
    const { signers, recipients } = await decisions.issueContext(
      draft.jurisdiction.documentId,
      draft.year,
    );
    const signer = Math.max(
      0,
      signers.findIndex((s: { name: string }) => s.name === d.signerName),
    );
    await decisions.issue(seeder, d.documentId, {
      number: d.number,
      date: d.date,
      signer,
      recipients,
    });
  }
}
