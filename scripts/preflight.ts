// Checks before the server starts, each failure one clear message naming the problem and the
// fix: the pipeline's configuration, Chromium, the port, and the database; for npm start also
// the signing key and the demo accounts' passwords (lib/production-checks.ts).
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { chromiumProblem, loadPipelineConfig } from '../pipeline/src/config';
import { loadQueueConfig } from '../plugins/recognition/server/src/queue/config';
import { checkDemoPasswords, checkSigningKey } from './lib/production-checks';

type Check = () => Promise<string | undefined>;

const root = path.resolve(__dirname, '..');
const envFile = path.join(root, 'cms', '.env');
// Variables already set win over the file, as in Strapi itself.
if (fs.existsSync(envFile)) process.loadEnvFile(envFile);

export const checkPipeline: Check = async () => {
  try {
    loadQueueConfig();
    return chromiumProblem(loadPipelineConfig());
  } catch (err) {
    return (err as Error).message;
  }
};

export const checkPort: Check = () => {
  const raw = process.env.PORT ?? '1337';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return Promise.resolve(`PORT=${raw} không hợp lệ: cần một số từ 0 đến 65535 (invalid port).`);
  }
  const host = process.env.HOST ?? '0.0.0.0';
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => {
      resolve(
        err.code === 'EADDRINUSE'
          ? `Cổng ${port} đang được một chương trình khác dùng (port ${port} is busy). Dừng chương trình đó hoặc chọn cổng khác: PORT=${port + 1} npm run demo`
          : `Không mở được cổng ${port} trên ${host}: ${err.code ?? err.message}. Đặt HOST/PORT khác (see README).`,
      );
    });
    server.listen(port, host, () => server.close(() => resolve(undefined)));
  });
};

export const checkDatabase: Check = async () => {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  if (client === 'sqlite') return undefined;
  if (client !== 'postgres') {
    return `DATABASE_CLIENT=${client} không được hỗ trợ: dùng "sqlite" (mặc định) hoặc "postgres" (unsupported database client).`;
  }
  const url = process.env.DATABASE_URL;
  let config: ConstructorParameters<typeof Client>[0];
  let where: string;
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return `DATABASE_URL không đúng dạng (malformed). Dạng đúng: postgres://người_dùng:mật_khẩu@máy:5432/tên_csdl`;
    }
    if (
      !['postgres:', 'postgresql:'].includes(parsed.protocol) ||
      !parsed.hostname ||
      parsed.pathname.length < 2
    ) {
      return `DATABASE_URL phải có dạng postgres://người_dùng:mật_khẩu@máy:5432/tên_csdl (malformed: needs postgres://, a host and a database name).`;
    }
    config = { connectionString: url };
    where = `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } else {
    config = {
      host: process.env.DATABASE_HOST ?? '127.0.0.1',
      port: Number(process.env.DATABASE_PORT ?? 5432),
      database: process.env.DATABASE_NAME ?? 'dienhinh',
      user: process.env.DATABASE_USERNAME ?? 'dienhinh',
      password: process.env.DATABASE_PASSWORD ?? '',
    };
    where = `${config.host}:${config.port}/${config.database}`;
  }
  const pg = new Client({ ...config, connectionTimeoutMillis: 5000 });
  try {
    await pg.connect();
    await pg.query('select 1');
    return undefined;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return (
      `Không kết nối được PostgreSQL tại ${where} (database unreachable): ${e.code ?? ''} ${e.message}. ` +
      'Kiểm tra máy chủ đang chạy và DATABASE_URL (hoặc DATABASE_HOST/PORT/NAME/USERNAME/PASSWORD) đúng, hoặc bỏ DATABASE_CLIENT để dùng SQLite.'
    ).replace(/\s+/g, ' ');
  } finally {
    await pg.end().catch(() => undefined);
  }
};

export async function preflight(checks: Check[]): Promise<string[]> {
  const problems: string[] = [];
  for (const check of checks) {
    const problem = await check();
    if (problem) problems.push(problem);
  }
  return problems;
}

if (require.main === module) {
  const wanted = process.argv.slice(2);
  const all: Record<string, Check> = {
    pipeline: checkPipeline,
    port: checkPort,
    database: checkDatabase,
    signing: checkSigningKey,
    'demo-passwords': checkDemoPasswords,
  };
  // The production checks run when asked for (npm start asks), not for the demo.
  const checks = (wanted.length ? wanted : ['pipeline', 'port', 'database'])
    .map((name) => all[name])
    .filter(Boolean);
  void preflight(checks).then((problems) => {
    for (const p of problems) console.error(`✗ ${p}`);
    process.exit(problems.length ? 1 : 0);
  });
}
