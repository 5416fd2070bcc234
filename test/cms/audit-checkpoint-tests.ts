// Audit anchors no node can erase: deleting a chain's last event together with its anchor (a file
// on SQLite, a row every node shares on PostgreSQL) is reported (a missing anchor is a failure,
// not a shorter chain); an insider who also holds the audit key and re-signs the anchor passes
// the anchors, but not the checkpoints published at /verify/audit-checkpoints that someone
// outside kept.
import { expect, it } from 'vitest';
import { signAnchor } from '../../plugins/recognition/shared/domain/audit-chain';
import { insiderAnchor } from '../helpers/anchors';
import type { TestApp } from '../helpers/strapi';

export function auditCheckpointTests(getApp: () => TestApp) {
  it('finds a deleted tail with its anchor, and a re-signed anchor against the published checkpoints', async () => {
    const { strapi, baseUrl } = getApp();
    const audit = strapi.plugin('recognition').service('audit');
    expect(
      await strapi.plugin('recognition').service('audit-checkpoints').publish(),
    ).toBeGreaterThan(0);
    // Someone outside keeps the feed.
    const res = await fetch(`${baseUrl}/verify/audit-checkpoints`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeTruthy();
    const kept = await res.json();
    const hue = kept.checkpoints.filter((c: { chain: string }) => c.chain === 'hue').at(-1);
    expect(hue).toBeTruthy();
    expect(kept.keys.map((k: { iss: string }) => k.iss)).toContain('hue');
    const tokens = kept.checkpoints.map((c: { jws: string }) => c.jws);
    expect(await audit.verify({ checkpoints: tokens })).toMatchObject({ ok: true, done: true });

    // The insider deletes hue's last event (the one checkpointed) and hue's anchor.
    const knex = strapi.db.connection;
    const row = await knex('recognition_audit_events')
      .where({ chain: 'hue' })
      .orderBy('seq', 'desc')
      .first();
    expect(Number(row.seq)).toBe(hue.seq);
    const hueAnchor = insiderAnchor(strapi, 'hue');
    const anchor = await hueAnchor.read();
    await knex('recognition_audit_events').where({ id: row.id }).delete();
    await hueAnchor.remove();
    try {
      expect(await audit.verify()).toMatchObject({
        ok: false,
        problem: { problem: expect.stringContaining('thiếu mốc neo của chuỗi "hue"') },
      });
      // ...and, holding the audit key, re-signs the anchor at the new head: the anchors agree again.
      const head = await knex('recognition_audit_events')
        .where({ chain: 'hue' })
        .orderBy('seq', 'desc')
        .first();
      await hueAnchor.write(
        JSON.stringify(
          signAnchor(
            { seq: Number(head.seq), hash: head.hash, at: new Date().toISOString(), chain: 'hue' },
            process.env.DIENHINH_AUDIT_KEY!,
          ),
        ),
      );
      expect(await audit.verify()).toMatchObject({ ok: true });
      // The checkpoint kept outside does not.
      const verdict = await audit.verify({ checkpoints: tokens });
      expect(verdict).toMatchObject({
        ok: false,
        problem: { seq: hue.seq, problem: expect.stringContaining('điểm kiểm tra đã công bố') },
      });
      // A forged checkpoint (not signed by the province's key) is no proof of anything either.
      const [h, p] = tokens[0].split('.');
      expect((await audit.verify({ checkpoints: [`${h}.${p}.AAAA`] })).ok).toBe(false);
    } finally {
      await knex('recognition_audit_events').insert(row);
      await hueAnchor.write(anchor);
    }
    expect(await audit.verify({ checkpoints: tokens })).toMatchObject({ ok: true });
  });
}
