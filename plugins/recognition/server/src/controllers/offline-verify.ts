// The public pieces of checking a certificate without the server: the provinces' public keys, a
// province's signed revocation list, a certificate as a signed Open Badges credential, and the
// offline page with its script and service worker (plugins/recognition/verify).
import type { Ctx } from './context';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { serialSchema } from '../../../shared/domain/certificate-serial';
import { DomainFailure, parseInput } from '../errors';
import { attestationService } from '../decisions';
import { auditCheckpointsService } from '../audit';
import { renderOfflineShell } from '../views';
import { sendPublic } from './send-file';

/** The page's script and service worker, beside the server bundle, or the source tree in tests. */
/** The plugin's folder, from the bundle (dist/server) or from source (server/src/controllers). */
const pluginDir = () =>
  [path.resolve(__dirname, '../..'), path.resolve(__dirname, '../../..')].find((d) =>
    fs.existsSync(path.join(d, 'verify', 'sw.js')),
  )!;
// The worker is served as written; the page's script as scripts/build.mjs bundled it.
const assetPath = (name: 'sw.js' | 'offline.js') =>
  name === 'sw.js'
    ? path.join(pluginDir(), 'verify', name)
    : path.join(pluginDir(), 'dist', 'verify', name);
const slugParams = z.object({
  jurisdiction: z
    .string()
    .regex(/^[a-z0-9-]{2,60}$/, 'chỉ gồm chữ thường không dấu, số và dấu gạch'),
});
const serialParams = z.object({ serial: serialSchema });

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async keys(ctx: Ctx) {
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.type = 'application/jwk-set+json';
    ctx.body = JSON.stringify(await attestationService(strapi).jwks());
  },

  /** The audit log's signed checkpoints, for anyone to keep (audit/audit-checkpoints.ts); `?after=<id>` pages on. */
  async auditCheckpoints(ctx: Ctx) {
    const { after } = parseInput(
      z.object({
        after: z.coerce.number({ message: 'là số thứ tự điểm kiểm tra' }).int().min(0).default(0),
      }),
      ctx.query,
    );
    ctx.type = 'application/json';
    sendPublic(ctx, await auditCheckpointsService(strapi).feed(after));
  },

  /**
   * The checkpoints a province sent here inside its reports, newest last, in the feed's shape:
   * what `npm run audit:verify -- --checkpoints <this URL>` checks the province's log against.
   */
  async receivedCheckpoints(ctx: Ctx) {
    const { jurisdiction } = parseInput(slugParams, ctx.params);
    ctx.type = 'application/json';
    sendPublic(ctx, await auditCheckpointsService(strapi).received(jurisdiction));
  },

  async statusList(ctx: Ctx) {
    const { jurisdiction } = parseInput(slugParams, ctx.params);
    ctx.set('Cache-Control', 'public, max-age=60');
    ctx.type = 'application/vc+jwt';
    ctx.body = await attestationService(strapi).statusList(jurisdiction);
  },

  async credential(ctx: Ctx) {
    const { serial } = parseInput(serialParams, ctx.params);
    const jwt = await attestationService(strapi).credential(serial);
    if (!jwt)
      throw new DomainFailure(
        'not-found',
        'Không tìm thấy giấy chứng nhận đã có quyết định công nhận.',
      );
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Disposition', `attachment; filename="giay-chung-nhan-${serial}.vc.jwt"`);
    ctx.type = 'application/vc+jwt';
    ctx.body = jwt;
  },

  async shell(ctx: Ctx) {
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = renderOfflineShell();
  },

  async asset(ctx: Ctx) {
    const name = ctx.path.endsWith('/sw.js') ? 'sw.js' : 'offline.js';
    ctx.set('Cache-Control', 'no-cache');
    // The worker controls the whole /verify/ scope.
    if (name === 'sw.js') ctx.set('Service-Worker-Allowed', '/verify/');
    ctx.type = 'text/javascript; charset=utf-8';
    ctx.body = fs.createReadStream(assetPath(name));
  },
});
