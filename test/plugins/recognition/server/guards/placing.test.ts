// Where stored records sit, from the one declaration per type: the places a loaded record is
// checked at, what a loader populates to know them, and that no service checks a record by
// reading its province by hand (a new tier then reaches every check through placing.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  placeOf,
  placePopulate,
  placesOf,
  placings,
} from '../../../../../plugins/recognition/server/src/guards/placing';
import { checkScope, only } from '../../../../../plugins/recognition/shared/domain/scope';

const server = path.resolve(__dirname, '../../../../../plugins/recognition/server/src');

describe('placing', () => {
  it('reads a loaded record’s place along its paths', () => {
    const unit = { name: 'Phường 1', code: '20056', jurisdiction: { slug: 'hue' } };
    // A commune is in its own commune tier; an organisation in its managing commune's and
    // department's.
    const hue20056 = { province: 'hue', commune: '20056', department: '20056' };
    expect(placeOf('api::unit.unit', unit)).toEqual(hue20056);
    const reg = { unit };
    expect(placeOf('plugin::recognition.registration', reg)).toEqual(hue20056);
    const school = {
      code: 'HUE-GD-001',
      jurisdiction: { slug: 'hue' },
      managingCommune: { code: '19999' },
      managingDepartment: { code: 'HUE-CQ-001' },
    };
    expect(placeOf('api::unit.unit', school)).toEqual({
      province: 'hue',
      commune: '19999',
      department: 'HUE-CQ-001',
    });
    expect(placeOf('api::unit-result.unit-result', { unit: school }).commune).toBe('19999');
    expect(placeOf('api::jurisdiction.jurisdiction', { slug: 'dong-thap' })).toEqual({
      province: 'dong-thap',
    });
    // A person granted two provinces sits in both; a record with none sits nowhere.
    const person = { jurisdictions: [{ slug: 'hue' }, { slug: 'dong-thap' }] };
    expect(placesOf('plugin::recognition.person', person)).toEqual([
      { province: 'hue' },
      { province: 'dong-thap' },
    ]);
    expect(placesOf('api::criteria-set.criteria-set', { jurisdiction: null })).toEqual([
      { province: null },
    ]);
    // A membership is placed by its own province and by its unit's.
    const membership = { jurisdiction: null, unit: { jurisdiction: { slug: 'hue' } } };
    expect(placesOf('plugin::recognition.membership', membership)).toEqual([{ province: 'hue' }]);
    expect(checkScope(only(['dong-thap']), placeOf('api::unit.unit', unit)).ok).toBe(false);
  });

  it('populates what the place needs, nested along each path', () => {
    const unitTiers = { jurisdiction: true, managingDepartment: true, managingCommune: true };
    expect(placePopulate('api::unit.unit')).toEqual(unitTiers);
    expect(placePopulate('plugin::recognition.registration')).toEqual({
      unit: { populate: unitTiers },
    });
    expect(placePopulate('plugin::recognition.membership')).toEqual({
      jurisdiction: true,
      unit: { populate: { jurisdiction: true } },
    });
    expect(placePopulate('api::jurisdiction.jurisdiction')).toEqual({});
    expect(() => placePopulate('api::nothing.nothing')).toThrow(/no placing/);
  });

  it('declares every type it places once, and no service checks a record by its province by hand', () => {
    expect(Object.keys(placings).length).toBe(new Set(Object.keys(placings)).size);
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        return e.isDirectory() ? files(p) : e.name.endsWith('.ts') ? [p] : [];
      });
    const byHand = files(server)
      .filter((f) =>
        /check(Actor)?Scope\([^;]*?\.jurisdiction\??\.slug/s.test(fs.readFileSync(f, 'utf8')),
      )
      .map((f) => path.relative(server, f));
    expect(byHand).toEqual([]);
  });
});
