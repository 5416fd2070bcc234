// The one scope mechanism: grants of a declared kind, checks by a record's place, and the
// provinces a list or an audit chain may cover; and no other file of the plugin reading or
// building grants, so that a new tier (department, commune) is one declaration in scope.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chainScope,
  checkActorScope,
  checkScope,
  everywhere,
  inScope,
  listScope,
  national,
  nationalScope,
  only,
  scopeKinds,
  tierScope,
  unassigned,
} from '../../../../../plugins/recognition/shared/domain/scope';

const plugin = path.resolve(__dirname, '../../../../../plugins/recognition');

describe('scope', () => {
  it('covers what its grants cover, by slug or by place', () => {
    const hue = only(['hue', 'hue']);
    expect(hue).toEqual({ all: false, grants: [{ kind: 'province', province: 'hue' }] });
    expect(inScope(hue, 'hue')).toBe(true);
    expect(inScope(hue, { province: 'hue' })).toBe(true);
    expect(inScope(hue, 'dong-thap')).toBe(false);
    expect(inScope(hue, null)).toBe(false);
    expect(inScope(everywhere, 'dong-thap')).toBe(true);
    expect(Object.keys(scopeKinds)).toEqual(['nation', 'province', 'department', 'commune']);
  });

  it('gives the Ministry every province to read, as one national grant', () => {
    expect(inScope(nationalScope, 'dong-thap')).toBe(true);
    expect(inScope(nationalScope, { province: 'hue', commune: '20056' })).toBe(true);
    expect(inScope(nationalScope, null)).toBe(false);
    expect(listScope(nationalScope)).toEqual({ ok: true, value: 'all' });
    expect(listScope(nationalScope, 'hue')).toEqual({ ok: true, value: ['hue'] });
    expect([national(nationalScope), national(everywhere), national(only(['hue']))]).toEqual([
      true,
      true,
      false,
    ]);
    // Not a super admin: the whole audit log is not its to check.
    expect(chainScope(nationalScope).ok).toBe(false);
  });

  it('gives a commune its own unit and the organisations it manages, a department the units it directs, and neither the province', () => {
    const commune = tierScope('commune', 'hue', '20056');
    const department = tierScope('department', 'hue', 'HUE-CQ-001');
    const org = { province: 'hue', commune: '20056', department: null };
    const school = { province: 'hue', commune: '19999', department: 'HUE-CQ-001' };
    expect(inScope(commune, org)).toBe(true);
    expect(inScope(commune, { province: 'hue', commune: '20057' })).toBe(false);
    expect(inScope(commune, school)).toBe(false);
    expect(inScope(department, school)).toBe(true);
    expect(inScope(department, org)).toBe(false);
    // The same code in another province is another commune.
    expect(inScope(commune, { ...org, province: 'dong-thap' })).toBe(false);
    // A province asked by name is not a commune's: lists asked per province show it nothing.
    expect(inScope(commune, 'hue')).toBe(false);
    expect(listScope(commune)).toEqual({ ok: true, value: [] });
    expect(listScope(commune, 'hue').ok).toBe(false);
    const r = checkScope(department, org, 'Đơn vị Xã A Lưới 1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('sở, ban, ngành HUE-CQ-001 (hue)');
  });

  it('refuses a record outside the scope naming what the account may see, and an account given nothing', () => {
    const r = checkScope(only(['hue']), 'dong-thap', 'Hồ sơ');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('out-of-jurisdiction');
    expect(r.error.message).toBe(
      'Hồ sơ thuộc tỉnh / thành phố "dong-thap", ngoài phạm vi được giao (hue).',
    );
    expect(r.error.details).toEqual({ jurisdiction: 'dong-thap', allowed: 'hue' });
    const none = only([]);
    expect(unassigned(none)).toBe(true);
    const n = checkScope(none, 'hue');
    expect(!n.ok && n.error.message).toContain('chưa được giao tỉnh / thành phố nào');
    // Officers and council members carry no staff scope: their own unit and council decide.
    expect(checkActorScope({ role: 'unit_officer' }, 'dong-thap').ok).toBe(true);
    expect(checkActorScope({ scope: only(['hue']) }, 'dong-thap').ok).toBe(false);
  });

  it('gives the provinces a list and an audit chain may cover', () => {
    expect(listScope(everywhere)).toEqual({ ok: true, value: 'all' });
    expect(listScope(only(['hue', 'dong-thap']))).toEqual({
      ok: true,
      value: ['dong-thap', 'hue'],
    });
    expect(listScope(only(['hue']), 'hue')).toEqual({ ok: true, value: ['hue'] });
    expect(listScope(only(['hue']), 'dong-thap').ok).toBe(false);
    expect(chainScope(everywhere)).toEqual({ ok: true, value: {} });
    expect(chainScope(only(['hue']))).toEqual({ ok: true, value: { chain: 'hue' } });
    expect(chainScope(only(['hue', 'dong-thap']))).toEqual({
      ok: true,
      value: { choose: ['dong-thap', 'hue'] },
    });
    expect(chainScope(only([])).ok).toBe(false);
  });

  it('is the only file of the plugin that builds or reads grants', () => {
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : files(p);
        return /\.tsx?$/.test(e.name) ? [p] : [];
      });
    const offending = ['server/src', 'shared', 'admin/src', 'portal/src', 'desk/src']
      .flatMap((d) => files(path.join(plugin, d)))
      .filter((f) => !f.endsWith(path.join('shared', 'domain', 'scope.ts')))
      .filter((f) =>
        /\.grants\b|kind: '(nation|province|department|commune)'/.test(fs.readFileSync(f, 'utf8')),
      )
      .map((f) => path.relative(plugin, f));
    expect(offending).toEqual([]);
  });
});
