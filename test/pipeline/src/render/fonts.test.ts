import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontconfigFile, fontsDirectory } from '../../../../pipeline/src/render/fonts';

describe('private fontconfig', () => {
  it('lists the bundled Tinos faces before the machine configuration, with its own cache', () => {
    const file = fontconfigFile();
    const xml = fs.readFileSync(file, 'utf8');
    const dirAt = xml.indexOf(`<dir>${fontsDirectory()}</dir>`);
    const systemAt = xml.indexOf('/etc/fonts/fonts.conf');
    expect(dirAt).toBeGreaterThan(0);
    expect(systemAt).toBeGreaterThan(dirAt);
    expect(xml).toContain(`<cachedir>${path.join(path.dirname(file), 'cache')}</cachedir>`);
    for (const face of [
      '400Regular/Tinos_400Regular.ttf',
      '400Regular_Italic/Tinos_400Regular_Italic.ttf',
      '700Bold/Tinos_700Bold.ttf',
      '700Bold_Italic/Tinos_700Bold_Italic.ttf',
    ]) {
      expect(fs.statSync(path.join(fontsDirectory(), face)).size).toBeGreaterThan(400_000);
    }
  });

  it('is written again when removed, and is the same file otherwise', () => {
    const file = fontconfigFile();
    expect(fontconfigFile()).toBe(file);
    fs.rmSync(file);
    expect(fontconfigFile()).toBe(file);
    expect(fs.existsSync(file)).toBe(true);
  });
});
