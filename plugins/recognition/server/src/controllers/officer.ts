// Content API of unit officers (users-permissions JWT): their own unit's registration only.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { handle, parseInput } from '../http';
import { getService } from '../utils';
import { criterionParams, idParams, partParams, registerBody, selfScoresBody } from '../validation';
import { sendCertificate } from './certificates';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const officer = (ctx: any) => getService(strapi, 'actors').officer(ctx.state.user);
  const registrations = () => getService(strapi, 'registrations');
  const oneFile = (ctx: any) => {
    const file = ctx.request.files?.file;
    if (!file || Array.isArray(file)) throw new errors.ValidationError('Trường "file" không hợp lệ: cần đúng một tệp.');
    return file;
  };

  return {
    register: (ctx: any) =>
      handle(ctx, async () => {
        const { year } = parseInput(registerBody, ctx.request.body);
        return { data: await registrations().register(await officer(ctx), year) };
      }),
    list: (ctx: any) => handle(ctx, async () => ({ data: await registrations().listForOfficer(await officer(ctx)) })),
    find: (ctx: any) =>
      handle(ctx, async () => ({ data: await registrations().getForOfficer(await officer(ctx), parseInput(idParams, ctx.params).id) })),
    selfScores: (ctx: any) =>
      handle(ctx, async () => {
        const { id } = parseInput(idParams, ctx.params);
        const { marks } = parseInput(selfScoresBody, ctx.request.body);
        return { data: await registrations().saveSelfScores(await officer(ctx), id, marks) };
      }),
    evidence: (ctx: any) =>
      handle(ctx, async () => {
        const { id, criterion } = parseInput(criterionParams, ctx.params);
        const actor = await officer(ctx);
        await registrations().getForOfficer(actor, id); // another unit's registration: 403 before anything else
        return { data: await registrations().attachFile(actor, id, { kind: 'evidence', criterion }, oneFile(ctx)) };
      }),
    dossier: (ctx: any) =>
      handle(ctx, async () => {
        const { id, part } = parseInput(partParams, ctx.params);
        const actor = await officer(ctx);
        await registrations().getForOfficer(actor, id);
        return { data: await registrations().attachFile(actor, id, { kind: 'dossier', part }, oneFile(ctx)) };
      }),
    submit: (ctx: any) =>
      handle(ctx, async () => ({ data: await registrations().submit(await officer(ctx), parseInput(idParams, ctx.params).id) })),
    deadlines: (ctx: any) =>
      handle(ctx, async () => ({ data: await registrations().deadlines(await officer(ctx), parseInput(idParams, ctx.params).id) })),
    certificate: (ctx: any) =>
      handle(ctx, async () => {
        const serial = await registrations().certificateSerial(await officer(ctx), parseInput(idParams, ctx.params).id);
        return sendCertificate(strapi, ctx, serial);
      }),
  };
};
