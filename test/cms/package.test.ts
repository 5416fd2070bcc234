// cms/package.json mirrors the root's versions (strapi build reads the app's own file); the two
// must never disagree.
import { describe, expect, it } from 'vitest';
import cms from '../../cms/package.json';
import root from '../../package.json';

describe('cms/package.json', () => {
  it.each(Object.entries(cms.dependencies))('pins %s to the root version', (name, version) => {
    expect((root.dependencies as Record<string, string>)[name]).toBe(version);
  });

  it('pins every @strapi package to one exact version', () => {
    const strapi = Object.entries({ ...root.dependencies, ...root.devDependencies }).filter(
      ([n]) => n.startsWith('@strapi/') && !['@strapi/design-system', '@strapi/icons'].includes(n),
    );
    expect(new Set(strapi.map(([, v]) => v))).toEqual(new Set(['5.54.0']));
  });
});
