// OpenAPI for the routes the documentation plugin does not generate itself: the public
// certificate and every admin route. Request bodies come from the same zod schemas the routes
// validate with, so the document cannot drift from the code.
import type { Core } from '@strapi/strapi';
import { z, type ZodType } from 'zod';
import { actOps } from './act-ops';
import { commendationOps } from './commendation-ops';
import { appraisalOps } from './appraisal-ops';
import { decisionOps } from './decision-ops';
import type { Op } from './op';
import { oversightOps } from './oversight-ops';
import { portalOps } from './portal-ops';
import { publicOps } from './public-ops';
import { reportOps } from './report-ops';
import { serveOpenApiFromMemory } from './serve';

const ops: Op[] = [
  ...publicOps,
  ...portalOps,
  ...appraisalOps,
  ...decisionOps,
  ...oversightOps,
  ...reportOps,
  ...actOps,
  ...commendationOps,
];

/** A response schema as OpenAPI 3.0 reads it, wrapped as the routes answer: { data }. */
const dataOf = (schema: ZodType) => ({
  type: 'object',
  required: ['data'],
  properties: {
    data: z.toJSONSchema(schema, { io: 'output', target: 'openapi-3.0', unrepresentable: 'any' }),
  },
});

const errorResponse = {
  description: 'Lỗi, với thông báo tiếng Việt nêu trường và giá trị cho phép',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

export function openApiOverride() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) {
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    for (const q of op.query ?? [])
      params.push({
        name: q,
        in: 'query',
        required: ![
          ...[
            'unit',
            'registration',
            'draft',
            'format',
            'page',
            'pageSize',
            'from',
            'maxEvents',
            'cutOff',
          ],
          ...(op.optional ?? []),
        ].includes(q),
        schema: { type: 'string' },
      });
    if (op.header)
      params.push({ name: op.header, in: 'header', required: true, schema: { type: 'string' } });
    const item = (paths[op.path] ??= op.admin
      ? { servers: [{ url: '/', description: 'Admin API (JWT quản trị)' }] }
      : op.root
        ? { servers: [{ url: '/', description: 'Trang công khai' }] }
        : {});
    item[op.method] = {
      tags: [op.admin ? 'Recognition (admin)' : 'Recognition'],
      summary: op.summary,
      // Admin routes take the admin's JWT, the content API the portal user's; only public pages take none.
      security: op.open ? [] : [{ bearerAuth: [] }],
      parameters: params,
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: z.toJSONSchema(op.body, {
                    io: 'input',
                    target: 'openapi-3.0',
                    unrepresentable: 'any',
                  }),
                },
              },
            },
          }
        : {}),
      responses: {
        200: op.binary
          ? {
              description: 'Tệp',
              content: { [op.binary]: { schema: { type: 'string', format: 'binary' } } },
            }
          : {
              description: 'Thành công',
              content: {
                'application/json': {
                  schema: op.response ? dataOf(op.response) : { type: 'object' },
                },
              },
            },
        400: errorResponse,
        401: errorResponse,
        403: errorResponse,
        404: errorResponse,
        409: errorResponse,
        422: errorResponse,
      },
    };
  }
  return { paths };
}

/**
 * The documentation plugin writes its document only outside production, so the API docs that
 * `npm run demo` prints answered 404 on a fresh clone. In production it is written here at every
 * start, from the routes as they are and with the servers of this installation's public URL
 * (config/plugins.ts), never a port a test server once had.
 */
export async function writeOpenApiInProduction(strapi: Core.Strapi): Promise<void> {
  const documentation = strapi.plugin('documentation');
  if (!documentation || strapi.config.environment !== 'production') return;
  await documentation.service('documentation').generateFullDoc();
}

export function registerOpenApi(strapi: Core.Strapi): void {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  serveOpenApiFromMemory(strapi);
  documentation
    .service('override')
    .registerOverride(openApiOverride(), { pluginOrigin: 'recognition' });
}
