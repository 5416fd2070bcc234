// Admin routes of the secretariat: council, appraisal, meeting, proposal.
import type { Core } from '@strapi/strapi';
import { handle, parseInput } from '../http';
import { getService } from '../utils';
import { councilBody, idParams, meetingBody, queueQuery, reasonBody } from '../validation';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const secretariat = (ctx: any) => getService(strapi, 'actors').admin(ctx.state.user, 'secretariat');
  const registrations = () => getService(strapi, 'registrations');
  return {
    overview: (ctx: any) =>
      handle(ctx, async () => {
        const { jurisdiction, year } = parseInput(queueQuery, ctx.query);
        return { data: await getService(strapi, 'councils').overview(jurisdiction, year) };
      }),
    setUpCouncil: (ctx: any) => handle(ctx, async () => ({ data: await getService(strapi, 'councils').setUp(secretariat(ctx), parseInput(councilBody, ctx.request.body)) })),
    recordMeeting: (ctx: any) => handle(ctx, async () => ({ data: await getService(strapi, 'councils').recordMeeting(secretariat(ctx), parseInput(meetingBody, ctx.request.body)) })),
    startAppraisal: (ctx: any) => handle(ctx, async () => ({ data: await registrations().startAppraisal(secretariat(ctx), parseInput(idParams, ctx.params).id) })),
    propose: (ctx: any) => handle(ctx, async () => ({ data: await registrations().propose(secretariat(ctx), parseInput(idParams, ctx.params).id, true) })),
    notPropose: (ctx: any) =>
      handle(ctx, async () => {
        const { id } = parseInput(idParams, ctx.params);
        const { reason } = parseInput(reasonBody, ctx.request.body);
        return { data: await registrations().propose(secretariat(ctx), id, false, reason) };
      }),
  };
};
