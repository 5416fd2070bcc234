// A chain's anchor as an insider reaches it, wherever the app keeps anchors: this node's file
// (disk) or the row every node shares (database; plugins/recognition/server/src/audit/anchors.ts).
import fs from 'node:fs';

const TABLE = 'recognition_audit_anchors';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function insiderAnchor(strapi: any, chain: string) {
  const { kind, anchorFile } = strapi.plugin('recognition').service('audit').anchors() as {
    kind: 'disk' | 'database';
    anchorFile: string;
  };
  const knex = strapi.db.connection;
  const file = `${anchorFile.replace(/\.json$/, '')}.chains/${Buffer.from(chain).toString('hex')}.json`;
  return {
    kind,
    async read(): Promise<string> {
      if (kind === 'disk') return fs.readFileSync(file, 'utf8');
      return (await knex(TABLE).where({ chain }).first('body')).body;
    },
    async remove(): Promise<void> {
      if (kind === 'disk') fs.rmSync(file);
      else await knex(TABLE).where({ chain }).delete();
    },
    async write(body: string): Promise<void> {
      if (kind === 'disk') return fs.writeFileSync(file, body);
      await knex(TABLE)
        .insert({ chain, seq: JSON.parse(body).seq, body })
        .onConflict('chain')
        .merge();
    },
  };
}
