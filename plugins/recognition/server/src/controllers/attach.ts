// A file a request attaches to a registration: evidence for a criterion or a dossier part (the
// route says which), the one file of the upload, by whoever the route's actor is (the unit's
// officer in the portal, the secretariat on the paper path).
import type { Core } from '@strapi/strapi';
import { criterionParams, partParams } from '../../../shared/contracts/requests';
import { parseInput } from '../errors';
import { filesService } from '../workflow';
import type { Ctx } from './context';
import { oneFile } from './send-file';

type Attach = ReturnType<typeof filesService>['attach'];

export async function attachFromRequest(
  strapi: Core.Strapi,
  ctx: Ctx,
  actor: Parameters<Attach>[0],
  kind: 'evidence' | 'dossier',
) {
  const files = filesService(strapi);
  if (kind === 'evidence') {
    const { id, criterion } = parseInput(criterionParams, ctx.params);
    return files.attach(actor, id, { kind, criterion }, oneFile(ctx));
  }
  const { id, part } = parseInput(partParams, ctx.params);
  return files.attach(actor, id, { kind, part }, oneFile(ctx));
}
