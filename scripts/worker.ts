// npm run worker
// A process that only takes jobs: it joins the shared PostgreSQL queue and renders, signs and
// stores certificate batches that any server or command queued. Start as many as the machines
// allow; stop with Ctrl+C or SIGTERM (the job in hand is finished first). PostgreSQL only.
import { loadStrapiApp } from './lib/strapi-app';

async function main() {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  process.env.STRAPI_LOG_LEVEL ??= 'error';
  const strapi = await loadStrapiApp({ worker: true });
  if (strapi.db.dialect.client !== 'postgres') {
    await strapi.destroy();
    throw new Error(
      `Tiến trình worker cần PostgreSQL (DATABASE_CLIENT=postgres); đang dùng ${client}. Với SQLite, máy chủ tự xử lý hàng đợi của mình.`,
    );
  }
  const jobs = strapi.plugin('recognition').service('jobs');
  const name = jobs.config().nodeName;
  console.log(`✓ Worker ${name} đang nhận việc từ hàng đợi PostgreSQL (Ctrl+C để dừng).`);
  // Strapi's own handlers would destroy and exit at once; this process says what it does instead.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  console.log(`… Worker ${name} dừng: hoàn tất việc đang làm.`);
  await strapi.destroy();
  console.log(`✓ Worker ${name} đã dừng.`);
}

main().catch((err) => {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
