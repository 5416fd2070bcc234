// The public register (no login): /cong-nhan/<tỉnh>/<năm> as a page, .csv and .json.
import type { Ctx } from './context';
import type { Core } from '@strapi/strapi';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { registerColumns, registerCsvCells } from '../../../shared/domain/public-register';
import { parseInput } from '../errors';
import { publicRegisterService, renderRegisterPage } from '../views';
import { safeRow } from '../../../shared/domain/export-cells';
import { sendPublic } from './send-file';

const params = z.object({
  jurisdiction: z.string().regex(/^[a-z0-9-]{1,60}$/, 'là mã tỉnh / thành phố, ví dụ "hue"'),
  file: z
    .string()
    .regex(/^\d{4}(\.(csv|json))?$/, 'là năm, có thể kèm .csv hoặc .json, ví dụ "2026.csv"'),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async year(ctx: Ctx) {
    const { jurisdiction, file } = parseInput(params, ctx.params);
    const [yearText, format = 'html'] = file.split('.');
    const register = await publicRegisterService(strapi).year(jurisdiction, Number(yearText));
    // Public and the same for everyone: caches may keep it a minute, then revalidate by ETag.
    const cache = 'public, max-age=60';
    ctx.set('X-Content-Type-Options', 'nosniff');
    if (format === 'json') {
      ctx.type = 'application/json';
      sendPublic(ctx, register, cache);
    } else if (format === 'csv') {
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set(
        'Content-Disposition',
        `attachment; filename="cong-nhan-${jurisdiction}-${yearText}.csv"`,
      );
      // A byte-order mark so that spreadsheet programs read the Vietnamese text as UTF-8.
      sendPublic(
        ctx,
        '\ufeff' +
          stringify(
            register.units.map((u) => safeRow(registerCsvCells(u))),
            { header: true, columns: registerColumns.map(([, h]) => h) },
          ),
        cache,
      );
    } else {
      ctx.type = 'text/html; charset=utf-8';
      sendPublic(ctx, renderRegisterPage(register), cache);
    }
  },
});
