import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bareValueLabels,
  fieldValueLabel,
  fieldValueLabels,
} from '../../../../../plugins/recognition/shared/domain/field-values';
import { states } from '../../../../../plugins/recognition/shared/domain/states';

describe('enumerated values in words', () => {
  it('names a field’s value by its content type and field, and leaves unknown values as they are', () => {
    expect(fieldValueLabel('plugin::recognition.registration', 'state', 'under_appraisal')).toBe(
      'Đang thẩm định',
    );
    expect(fieldValueLabel('plugin::recognition.recognition', 'certificateStatus', 'none')).toBe(
      'Không cấp',
    );
    expect(fieldValueLabel('plan.eligibility', 'minimumClassification', 'none')).toBe(
      'Không yêu cầu',
    );
    expect(fieldValueLabel('api::unit.unit', 'kind', 'dac_khu')).toBe('Đặc khu');
    expect(fieldValueLabel('api::unit.unit', 'kind', 'mystery')).toBe('mystery');
    expect(fieldValueLabel('api::unit.unit', 'kind', null)).toBe('');
  });

  it('covers every value of the schemas’ enumerations', async () => {
    const registration = (
      await import(
        '../../../../../plugins/recognition/server/src/content-types/registration/schema.json'
      )
    ).default as any;
    expect(
      registration.attributes.state.enum.filter(
        (v: string) => !fieldValueLabels['plugin::recognition.registration'].state[v],
      ),
    ).toEqual([]);
    expect(
      states
        .filter((s) => s !== 'none')
        .every((s) => fieldValueLabels['plugin::recognition.registration'].state[s]),
    ).toBe(true);
    const deadline = (await import('../../../../../cms/src/components/plan/deadline.json'))
      .default as any;
    expect(Object.keys(fieldValueLabels['plan.deadline'].kind).sort()).toEqual(
      [...deadline.attributes.kind.enum].sort(),
    );
  });

  it('names every value of every enumeration in the plugin’s and the app’s schemas', () => {
    const root = path.resolve(__dirname, '../../../../..');
    const schemas = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        return e.isDirectory() ? schemas(p) : e.name.endsWith('.json') ? [p] : [];
      });
    const missing: string[] = [];
    for (const [dir, uidOf] of [
      [
        'plugins/recognition/server/src/content-types',
        (f: string) => `plugin::recognition.${path.basename(path.dirname(f))}`,
      ],
      [
        'cms/src/api',
        (f: string) => `api::${path.basename(path.dirname(f))}.${path.basename(path.dirname(f))}`,
      ],
      [
        'cms/src/components',
        (f: string) => `${path.basename(path.dirname(f))}.${path.basename(f, '.json')}`,
      ],
    ] as const) {
      for (const f of schemas(path.join(root, dir))) {
        const attrs = JSON.parse(fs.readFileSync(f, 'utf8')).attributes ?? {};
        for (const [field, a] of Object.entries<{ type: string; enum?: string[] }>(attrs))
          if (a.type === 'enumeration')
            for (const v of a.enum ?? [])
              if (fieldValueLabel(uidOf(f), field, v) === v)
                missing.push(`${uidOf(f)}.${field}: ${v}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives bare values the word of the form staff fill in when two fields share a value', () => {
    const bare = bareValueLabels();
    expect(bare.none).toBe('Không yêu cầu');
    expect(bare.pass_fail).toBe('Đạt / không đạt');
    expect(bare.xa).toBe('Xã');
  });
});

describe('roles in the history, in words', () => {
  it('names workflow roles, the admin roles’ codes and the system', async () => {
    const { actorRoleLabel } = await import(
      '../../../../../plugins/recognition/shared/domain/states'
    );
    expect(
      ['approver', 'dienhinh-editor', 'strapi-super-admin', 'system', 'api', 'mystery'].map(
        actorRoleLabel,
      ),
    ).toEqual([
      'người phê duyệt',
      'biên tập viên',
      'quản trị hệ thống',
      'hệ thống',
      'người dùng cổng',
      'mystery',
    ]);
  });
});
