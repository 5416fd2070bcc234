// A download written into the response as it is made (an XLSX of a nation's report or of a
// province's year of audit events), so that memory holds a page of rows, never the file. The
// bytes are hashed on their way out; the export is audited with that hash once the last byte has
// gone, and a failure midway ends the download broken, never with a file that looks whole.
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import type { Core } from '@strapi/strapi';

export function streamedDownload<T>(
  strapi: Core.Strapi,
  label: string,
  produce: (out: Transform) => Promise<T>,
  record: (sha256: string, produced: T) => Promise<unknown>,
): Transform {
  const hash = createHash('sha256');
  const out = new Transform({
    transform(chunk, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const produced = produce(out);
  produced.catch((e) => {
    strapi.log.error(`${label}: ${e?.stack ?? e}`);
    out.destroy(e);
  });
  out.once('end', () =>
    produced
      .then((p) => record(hash.digest('hex'), p))
      .catch((e) => strapi.log.error(`${label}, audit of the export: ${e}`)),
  );
  return out;
}
