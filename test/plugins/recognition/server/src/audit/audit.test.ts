// A log written before provinces had their own chains (events numbered 1, 2, 3... in one line,
// anchored in the anchor file) keeps verifying after the upgrade, with the chains that follow
// it; a break in that older line is still found. The app runs on a fresh SQLite file of its own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GENESIS,
  hashEvent,
  signAnchor,
  type AuditContent,
} from '../../../../../../plugins/recognition/shared/domain/audit-chain';
import { appSecrets } from '../../../../../helpers/app-env';
import { createStrapiForTest } from '../../../../../helpers/cli-strapi';

const root = path.resolve(__dirname, '..', '..', '..', '..', '..', '..');
const UID = 'plugin::recognition.audit-event';

describe(
  'the audit log upgraded from one line to a chain per province',
  { timeout: 300_000 },
  () => {
    let dir: string;
    let env: Record<string, string>;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-audit-'));
      env = {
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: path.relative(path.join(root, 'cms'), path.join(dir, 'data.db')),
        ...appSecrets(dir),
      };
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('verifies the older numbered line first, then the chains; finds an edit in it and a tail cut from it', async () => {
      await createStrapiForTest(env, async (strapi) => {
        const audit = strapi.plugin('recognition').service('audit');
        // As a log of before the upgrade: only the older line's events and its anchor (start-up's own events and chain anchors removed).
        await strapi.db.connection('recognition_audit_events').del();
        fs.rmSync(path.join(dir, 'audit-anchor.chains'), { recursive: true, force: true });
        // Three events as the log wrote them before chains: no chain, numbered from 1, anchored in the anchor file.
        let prev = GENESIS;
        const line: (AuditContent & { hash: string })[] = [];
        for (let seq = 1; seq <= 3; seq++) {
          const e: AuditContent = {
            seq,
            at: `2025-0${seq}-01T00:00:00.000Z`,
            actor: 'pheduyet@hue.gov.vn',
            actorRole: 'approver',
            action: 'recognise',
            subjectType: 'registration',
            subjectId: `r${seq}`,
            unitCode: null,
            jurisdiction: 'hue',
            personId: null,
            before: null,
            after: { state: 'recognised' },
            prevHash: prev,
          };
          prev = hashEvent(e, env.DIENHINH_AUDIT_KEY);
          line.push({ ...e, hash: prev });
        }
        await strapi.db.query(UID).createMany({ data: line });
        fs.writeFileSync(
          env.DIENHINH_AUDIT_ANCHOR,
          JSON.stringify(
            signAnchor(
              { seq: 3, hash: prev, at: new Date().toISOString() },
              env.DIENHINH_AUDIT_KEY,
            ),
          ),
        );

        // The first event after the upgrade starts Huế's chain, numbered after the line.
        const next = await strapi.db.transaction(() =>
          audit.append(
            {
              actor: 'thuky@hue.gov.vn',
              actorRole: 'secretariat',
              action: 'score',
              subjectType: 'registration',
              subjectId: 'r4',
              jurisdiction: 'hue',
            },
            new Date(),
          ),
        );
        expect(next.seq).toBe(4);
        const row = await strapi.db.query(UID).findOne({ where: { seq: 4 } });
        expect(row).toMatchObject({ chain: 'hue', prevHash: GENESIS });
        expect(await audit.verify(), 'the log verifies').toMatchObject({
          ok: true,
          done: true,
          count: 4,
          keyed: 4,
          legacy: 0,
          anchoredSeq: 4,
          total: 4,
        });

        const second = await strapi.db.query(UID).findOne({ where: { seq: 2 } });
        await strapi.db.query(UID).update({ where: { id: second.id }, data: { actor: 'ai đó' } });
        expect(await audit.verify()).toMatchObject({ ok: false, problem: { seq: 2 } });
        await strapi.db
          .query(UID)
          .update({ where: { id: second.id }, data: { actor: second.actor } });

        // The line's tail removed: the chains after it still link, the line's anchor tells.
        await strapi.db.connection('recognition_audit_events').where({ seq: 3 }).del();
        const cut = await audit.verify();
        expect(cut).toMatchObject({ ok: false, problem: { seq: 3 } });
        expect(cut.problem.problem).toContain('nhật ký bị cắt');
      });
    });
  },
);
