// The staff desk is built into desk/dist and served by the plugin at /desk (controllers/app-static).
// It renders the plugin's own admin pages (admin/src/pages) without Strapi's admin application:
// '@strapi/strapi/admin' resolves to the desk's small stand-in for the five things the pages use
// (useAuth, useFetchClient, Page, Layouts), so the pages load with React, the design system and
// nothing else of the admin's 0.94 MB (brotli) entry script.
import path from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/desk/',
  logLevel: 'warn',
  esbuild: { jsx: 'automatic' },
  resolve: {
    alias: { '@strapi/strapi/admin': path.join(import.meta.dirname, 'src/strapi-admin.tsx') },
    dedupe: ['react', 'react-dom', 'react-router-dom', 'styled-components'],
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // The icon set's and lodash's modules are pure but not declared so; without this every
      // icon ships (measured: 305 → 280 KB brotli). The design system is one module, kept whole.
      treeshake: {
        moduleSideEffects: (id) =>
          !/node_modules\/(@strapi\/(design-system|icons)|lodash)\//.test(id),
      },
    },
  },
});
