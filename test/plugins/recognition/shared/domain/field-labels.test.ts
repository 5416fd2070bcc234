// Every field the content manager can show has a Vietnamese label: a field added to a schema
// without one makes react-intl log MISSING_TRANSLATION on every render (the browser walk in
// test/e2e/admin-vietnamese.test.ts finds it too, but minutes later).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldLabels } from '../../../../../plugins/recognition/shared/domain/field-labels';

const root = path.resolve(__dirname, '../../../../..');
const schemaDirs = [path.join(root, 'plugins/recognition/server/src/content-types')];

function pluginSchemas(): { uid: string; fields: string[] }[] {
  const out: { uid: string; fields: string[] }[] = [];
  for (const dir of schemaDirs) {
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name, 'schema.json');
      if (!fs.existsSync(file)) continue;
      const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
      out.push({
        uid: `plugin::recognition.${schema.info.singularName}`,
        fields: Object.keys(schema.attributes),
      });
    }
  }
  return out;
}

describe('admin field labels', () => {
  it('labels every field of every recognition content type in Vietnamese', () => {
    const schemas = pluginSchemas();
    expect(schemas.length).toBeGreaterThan(10);
    const missing = schemas.flatMap(({ uid, fields }) =>
      fields.filter((f) => !fieldLabels[uid]?.[f]).map((f) => `${uid}.${f}`),
    );
    expect(missing).toEqual([]);
  });
});
