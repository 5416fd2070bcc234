// The admin's build, made lighter on the first screen (issue 32, item 9). Strapi's admin loads
// one entry script of 5.6 MB (1.5 MB brotli) before any page shows, and half of it is editors
// this content model never opens: the Markdown editor (CodeMirror 5, markdown-it, highlight.js
// with every language), the Blocks editor (Slate, Prism) and the video player of the Media
// Library (Mux, hls.js; uploads take no video, see plugins' media-guard). They are loaded when a
// form first shows such a field, not before; nothing of Strapi's behaviour changes. And the home
// page carried a 300 KB picture for Enterprise Edition's free-trial welcome, which this Community
// Edition never shows: a blank pixel stands in for it.
import { mergeConfig, type Plugin, type UserConfig } from 'vite';

/** Modules whose one exported component is loaded on first render instead of with the entry. */
const lazyInputs: { file: RegExp; exportName: string }[] = [
  {
    file: /@strapi\/content-manager\/dist\/admin\/pages\/EditView\/components\/FormInputs\/Wysiwyg\/Field\.mjs$/,
    exportName: 'Wysiwyg',
  },
  {
    file: /@strapi\/content-manager\/dist\/admin\/pages\/EditView\/components\/FormInputs\/BlocksInput\/BlocksInput\.mjs$/,
    exportName: 'BlocksInput',
  },
];
const VIRTUAL = '\0dienhinh-lazy:';
const BLANK = '\0dienhinh-blank-image';
const BLANK_GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function lazyInputsPlugin(): Plugin {
  return {
    name: 'dienhinh-lazy-inputs',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // The wrapper's own import of the real module resolves as usual.
      if (!importer || importer.startsWith(VIRTUAL)) return null;
      if (/assets\/images\/free-trial\.png\.mjs$/.test(source)) return BLANK;
      if (!/(Wysiwyg\/Field|BlocksInput\/BlocksInput)\.mjs$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const target = lazyInputs.find((t) => t.file.test(resolved.id.replace(/\\/g, '/')));
      return target ? `${VIRTUAL}${target.exportName}:${resolved.id}` : null;
    },
    load(id) {
      if (id === BLANK) return `export default ${JSON.stringify(BLANK_GIF)};`;
      if (!id.startsWith(VIRTUAL)) return null;
      const [exportName, ...rest] = id.slice(VIRTUAL.length).split(':');
      const real = rest.join(':');
      return [
        `import { createElement, forwardRef, lazy, memo, Suspense } from 'react';`,
        `const Real = lazy(() => import(${JSON.stringify(real)}).then((m) => ({ default: m.${exportName} })));`,
        `export const ${exportName} = memo(forwardRef(function Lazy${exportName}(props, ref) {`,
        `  return createElement(Suspense, { fallback: null }, createElement(Real, { ...props, ref }));`,
        `}));`,
      ].join('\n');
    },
  };
}

export default (config: UserConfig) =>
  mergeConfig(config, {
    plugins: [lazyInputsPlugin()],
    resolve: {
      // Mux's own lazy entry: the same component, its player (and hls.js) fetched when a video shows.
      alias: [{ find: /^@mux\/mux-player-react$/, replacement: '@mux/mux-player-react/lazy' }],
    },
    build: { sourcemap: process.env.DIENHINH_ADMIN_SOURCEMAP === 'true' },
  });
