import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pluginTypeNames } from '../../../../../plugins/recognition/shared/domain/type-names';

const typesDir = path.resolve(
  __dirname,
  '../../../../../plugins/recognition/server/src/content-types',
);

describe('pluginTypeNames', () => {
  it('names every content type of the plugin as its schema does', () => {
    const fromSchemas = Object.fromEntries(
      fs
        .readdirSync(typesDir)
        .filter((d) => fs.existsSync(path.join(typesDir, d, 'schema.json')))
        .map((d) => JSON.parse(fs.readFileSync(path.join(typesDir, d, 'schema.json'), 'utf8')).info)
        .map((info: { singularName: string; displayName: string }) => [
          `plugin::recognition.${info.singularName}`,
          info.displayName,
        ]),
    );
    expect(pluginTypeNames).toEqual(fromSchemas);
  });
});
