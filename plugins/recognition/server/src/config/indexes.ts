// The indexes the workflow's lookups need at national scale. Strapi makes the primary key, the
// document id and the relations' link tables; nothing for the columns our queries filter or sort
// on. Without them every audit append read the whole log for its last event and every
// registration the whole table for its key: loading the country slowed as it grew (bench:scale).
// Applied at every start, after Strapi has synchronised the tables, with IF NOT EXISTS (the same
// statement on SQLite and PostgreSQL), so an existing database gets them once and a new one at
// once: this file is the schema's migration.
import type { Core } from '@strapi/strapi';
import { AUDIT_SEQUENCE } from '../audit';

/** [table, columns]: each index is named after both. */
export const indexes: [string, string[]][] = [
  // The order of all events, a chain's head and its walk (append, verification), and the histories (by subject, unit, province's year, action).
  ['recognition_audit_events', ['seq']],
  ['recognition_audit_events', ['chain', 'seq']],
  ['recognition_audit_events', ['subject_id']],
  ['recognition_audit_events', ['unit_code']],
  ['recognition_audit_events', ['jurisdiction', 'at']],
  ['recognition_audit_events', ['action']],
  // A unit's year by its key; a province's queue and dashboard by year and state.
  ['recognition_registrations', ['unique_key']],
  ['recognition_registrations', ['year', 'state']],
  ['recognition_council_scores', ['unique_key']],
  ['recognition_councils', ['unique_key']],
  ['recognition_decisions', ['unique_key']],
  ['recognition_recognitions', ['serial']],
  ['recognition_recognitions', ['year', 'status']],
  ['recognition_extensions', ['year']],
  ['recognition_notifications', ['registration']],
  ['recognition_reminders', ['key']],
  ['recognition_idempotency_records', ['key']],
  ['units', ['code']],
  ['unit_results', ['year']],
];

export const indexName = (table: string, columns: string[]) =>
  `${table}_${columns.join('_')}_idx`.slice(0, 63);

export async function ensureIndexes(strapi: Core.Strapi): Promise<number> {
  const knex = strapi.db.connection;
  let made = 0;
  for (const [table, columns] of indexes) {
    if (!(await knex.schema.hasTable(table))) continue;
    const name = indexName(table, columns);
    const cols = columns.map((c) => `"${c}"`).join(', ');
    await knex.raw(`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" (${cols})`);
    made++;
  }
  // Council scores are found by their key's prefix ("<registration>:"): on PostgreSQL a prefix
  // LIKE uses an index only with the pattern operator class.
  if (
    strapi.db.dialect.client === 'postgres' &&
    (await knex.schema.hasTable('recognition_council_scores'))
  ) {
    await knex.raw(
      'CREATE INDEX IF NOT EXISTS "recognition_council_scores_unique_key_prefix_idx" ON "recognition_council_scores" ("unique_key" text_pattern_ops)',
    );
  }
  await ensureAuditSequence(strapi);
  return made;
}

/**
 * On PostgreSQL the audit events are numbered by a sequence (each province's chain appends under
 * its own lock, so no lock covers a "last number + 1"). Created once, and moved past the log's
 * newest number when the log is ahead of it (events written before the sequence, a restored copy).
 */
async function ensureAuditSequence(strapi: Core.Strapi) {
  if (
    strapi.db.dialect.client !== 'postgres' ||
    !(await strapi.db.connection.schema.hasTable('recognition_audit_events'))
  )
    return;
  const knex = strapi.db.connection;
  await knex.raw(`CREATE SEQUENCE IF NOT EXISTS "${AUDIT_SEQUENCE}"`);
  const newest = Number((await knex('recognition_audit_events').max('seq as seq'))[0]?.seq ?? 0);
  const { rows } = await knex.raw(`SELECT last_value, is_called FROM "${AUDIT_SEQUENCE}"`);
  const given = rows[0].is_called ? Number(rows[0].last_value) : 0;
  if (newest > given)
    await knex.raw(
      `SELECT setval('"${AUDIT_SEQUENCE}"', GREATEST(?, (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM "${AUDIT_SEQUENCE}")))`,
      [newest],
    );
}
