// The API docs page served from the document this process generated, not from the file the
// documentation plugin shares on disk. The plugin reads full_documentation.json and writes
// public/index.html on every request, in one folder every server started from the same build
// shares: two servers side by side (or a test server beside the demo) overwrote each other's
// document between writing and serving it, and a page could name another server's address.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

type Doc = Record<string, unknown>;
type Ctx = { type: string; body: unknown; params: Record<string, string | undefined> };

/** The Swagger layout the plugin ships, read from its own package so the page stays its page. */
function pluginLayout(): string {
  const require = createRequire(__filename);
  const root = path.dirname(require.resolve('@strapi/plugin-documentation/package.json'));
  return require(path.join(root, 'dist/server/public/index.html.js')) as string;
}

export function serveOpenApiFromMemory(strapi: Core.Strapi): void {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  const generated = new Map<string, Doc>();
  const config = strapi.config.get('plugin::documentation') as {
    info: { version: string };
    'x-strapi-config': { mutateDocumentation?: (draft: Doc) => void };
  };
  const settings = config['x-strapi-config'];
  const mutate = settings.mutateDocumentation;
  // The plugin's last step before writing its file: the finished document, kept per version.
  settings.mutateDocumentation = (draft) => {
    mutate?.(draft);
    // A copy read through the draft: the plugin's immer draft is revoked once it is produced.
    const doc = JSON.parse(JSON.stringify(draft)) as Doc & { info?: { version?: string } };
    generated.set(doc.info?.version ?? config.info.version, doc);
  };
  const controller = documentation.controller('documentation') as Record<string, unknown>;
  const pluginIndex = controller.index as (ctx: Ctx, next: () => Promise<void>) => unknown;
  let layout: string | undefined;
  controller.index = async (ctx: Ctx, next: () => Promise<void>) => {
    const { major, minor, patch } = ctx.params;
    const version = major && minor && patch ? `${major}.${minor}.${patch}` : config.info.version;
    const doc = generated.get(version);
    if (!doc) return pluginIndex(ctx, next);
    layout ??= pluginLayout();
    ctx.type = 'html';
    // The layout's only two placeholders, filled as the plugin fills them.
    ctx.body = layout
      .replaceAll('<%=backendUrl%>', () => String(strapi.config.get('server.url') ?? ''))
      // '<' escaped so that no text in the document can close the script it sits in.
      .replaceAll('<%=spec%>', () => JSON.stringify(doc).replaceAll('<', '\\u003c'));
  };
}
