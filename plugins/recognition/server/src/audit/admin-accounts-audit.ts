// Admin users, roles and permissions change through Strapi's admin, which writes them through
// the query layer (database lifecycles), not the document service: each change is audited with
// the fields that changed, before and after, in the same transaction.
import type { Core } from '@strapi/strapi';
import { clockService } from '../config';
import { auditService } from './';
import { actorOf, changedFields } from './content-audit';

/** Admin users, roles and permissions, written by Strapi's admin through the query layer. */
export function auditAdminAccounts(strapi: Core.Strapi): void {
  const models = ['admin::user', 'admin::role', 'admin::permission'];
  const subject = (uid: string) => uid.replace('admin::', 'admin-');
  const view = (uid: string, row: any) =>
    !row
      ? null
      : uid === 'admin::user'
        ? {
            email: row.email,
            firstname: row.firstname,
            lastname: row.lastname,
            isActive: row.isActive,
            blocked: row.blocked,
            roles: row.roles?.map((r: any) => r.code ?? r.id),
          }
        : uid === 'admin::role'
          ? { code: row.code, name: row.name }
          : {
              action: row.action,
              subject: row.subject,
              conditions: row.conditions,
              role: row.role?.code ?? row.role?.id ?? row.role,
            };
  const record = async (
    event: any,
    action: string,
    before: unknown,
    after: unknown,
    whole?: any,
  ) => {
    const uid = event.model.uid;
    // Users by e-mail and roles by code, as people know them; permissions by id.
    const name =
      whole?.email ??
      whole?.code ??
      event.result?.email ??
      event.result?.code ??
      event.result?.id ??
      event.params?.where?.id ??
      '';
    await auditService(strapi).append(
      {
        ...actorOf(strapi),
        action: `${subject(uid)}.${action}`,
        subjectType: subject(uid),
        subjectId: String(name),
        before,
        after,
      },
      clockService(strapi).now(),
    );
  };
  strapi.db.lifecycles.subscribe({
    models,
    async beforeUpdate(event: any) {
      event.state.before = view(
        event.model.uid,
        await strapi.db.query(event.model.uid).findOne({
          where: event.params.where,
          populate:
            event.model.uid === 'admin::permission'
              ? []
              : event.model.uid === 'admin::user'
                ? ['roles']
                : [],
        }),
      );
    },
    async beforeDelete(event: any) {
      event.state.before = view(
        event.model.uid,
        await strapi.db.query(event.model.uid).findOne({
          where: event.params.where,
          populate: event.model.uid === 'admin::user' ? ['roles'] : [],
        }),
      );
    },
    async afterCreate(event: any) {
      await record(event, 'create', null, view(event.model.uid, event.result));
    },
    async afterUpdate(event: any) {
      const after = view(
        event.model.uid,
        await strapi.db.query(event.model.uid).findOne({
          where: { id: event.result?.id },
          populate: event.model.uid === 'admin::user' ? ['roles'] : [],
        }),
      );
      const diff = changedFields(event.state.before, after);
      if (diff.fields.length) await record(event, 'update', diff.before, diff.after, after);
    },
    async afterDelete(event: any) {
      await record(event, 'delete', event.state.before ?? null, null, event.state.before);
    },
  });
}
