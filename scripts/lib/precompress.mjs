// Compresses each text file of a built folder ahead of time (brotli at its best quality and gzip)
// beside the file, so that the server sends the smallest form without work per request: the
// portal's own handler and Strapi's admin static serving (koa-send) both pick `.br` / `.gz`.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompress, constants, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';

const br = promisify(brotliCompress);
const walk = (dir) =>
  readdirSync(dir).flatMap((f) =>
    statSync(path.join(dir, f)).isDirectory() ? walk(path.join(dir, f)) : [path.join(dir, f)],
  );

/** Writes `<file>.br` and `<file>.gz` for every .js, .css, .html, .svg and .json file under `dir`; returns the bytes before and after. */
export async function precompress(dir) {
  let raw = 0;
  let packed = 0;
  const files = walk(dir).filter((f) => /\.(js|css|html|svg|json)$/.test(f));
  // Four at a time: brotli's best quality is slow, and the machine has few cores.
  for (let i = 0; i < files.length; i += 4) {
    await Promise.all(
      files.slice(i, i + 4).map(async (f) => {
        const body = readFileSync(f);
        const small = await br(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        });
        writeFileSync(`${f}.br`, small);
        writeFileSync(`${f}.gz`, gzipSync(body, { level: 9 }));
        raw += body.length;
        packed += small.length;
      }),
    );
  }
  return { files: files.length, raw, packed };
}

// As a command: node scripts/lib/precompress.mjs <dir>
if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)
) {
  const t = Date.now();
  const r = await precompress(process.argv[2]);
  console.log(
    `${r.files} files precompressed: ${(r.raw / 1e6).toFixed(1)} MB → ${(r.packed / 1e6).toFixed(1)} MB (brotli) in ${((Date.now() - t) / 1000).toFixed(0)} s`,
  );
}
