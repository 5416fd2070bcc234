// What an operator watches, in Prometheus' text format at /metrics (behind DIENHINH_METRICS_TOKEN,
// middlewares/metrics.ts): request latency by route group, the render pool, the job queue, failed
// logins, and the age of the last whole audit check and of the last backup. Counters are this
// node's (each node is scraped); the queue and the two ages are the installation's.
import type { Core } from '@strapi/strapi';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { pdfService } from '../documents';
import { jobsService } from '../queue';
import { LAST_CHAIN_CHECK, readLastBackup, readMark, type LastChainCheck } from './marks';

/** Route groups, so that the label's values stay few whatever paths are asked for. */
const GROUPS: [RegExp, string][] = [
  [/^\/(api\/auth\/local|admin\/login)/, 'login'],
  [/^\/api\/recognition\//, 'portal-api'],
  [/^\/recognition\//, 'staff-api'],
  [/^\/admin(\/|$)/, 'admin'],
  [/^\/verify(\/|$)/, 'verify'],
  [/^\/cong-nhan\//, 'public-register'],
  [/^\/(portal|desk)(\/|$)/, 'portal-static'],
  [/^\/uploads\//, 'uploads'],
  [/^\/api\//, 'content-api'],
  [/^\/_health$/, 'health'],
];
export const groupOf = (path: string) => GROUPS.find(([re]) => re.test(path))?.[1] ?? 'other';

const ageOf = (at: string | undefined, now: number) =>
  at ? Math.max(0, (now - Date.parse(at)) / 1000) : Number.POSITIVE_INFINITY;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'dienhinh_' });
  const requests = new Histogram({
    name: 'dienhinh_http_request_duration_seconds',
    help: 'Thời gian trả lời yêu cầu HTTP, theo nhóm đường dẫn (request latency by route group)',
    labelNames: ['group', 'method', 'status'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const failedLogins = new Counter({
    name: 'dienhinh_failed_logins_total',
    help: 'Đăng nhập sai trên máy chủ này (failed logins on this node)',
    labelNames: ['route'],
    registers: [registry],
  });
  const pool = () => pdfService(strapi).pool().stats();
  new Gauge({
    name: 'dienhinh_render_pool_jobs',
    help: 'Bộ dựng PDF: việc đang dựng, đang chờ (render pool busy and queued)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const s = pool();
      this.set({ state: 'active' }, s.active);
      this.set({ state: 'queued' }, s.queued);
    },
  });
  new Gauge({
    name: 'dienhinh_render_pool_done',
    help: 'Bộ dựng PDF: việc đã xong, đã hỏng từ khi chạy (render pool jobs done since start)',
    labelNames: ['outcome'],
    registers: [registry],
    collect() {
      const s = pool();
      this.set({ outcome: 'completed' }, s.completed);
      this.set({ outcome: 'failed' }, s.failed);
    },
  });
  new Gauge({
    name: 'dienhinh_queue_jobs',
    help: 'Hàng đợi công việc (pg-boss trên PostgreSQL): chờ, đang chạy, hỏng hẳn',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const d = await jobsService(strapi).depth();
      for (const [state, n] of Object.entries(d)) this.set({ state }, n);
    },
  });
  new Gauge({
    name: 'dienhinh_audit_chain_check_age_seconds',
    help: 'Số giây từ lần kiểm tra toàn bộ nhật ký gần nhất (+Inf: chưa từng)',
    registers: [registry],
    async collect() {
      const last = await readMark<LastChainCheck>(strapi, LAST_CHAIN_CHECK);
      this.set(ageOf(last?.at, Date.now()));
    },
  });
  new Gauge({
    name: 'dienhinh_audit_chain_check_ok',
    help: 'Kết quả lần kiểm tra nhật ký gần nhất: 1 nguyên vẹn, 0 hỏng, -1 chưa từng',
    registers: [registry],
    async collect() {
      const last = await readMark<LastChainCheck>(strapi, LAST_CHAIN_CHECK);
      this.set(last ? Number(last.ok) : -1);
    },
  });
  new Gauge({
    name: 'dienhinh_backup_age_seconds',
    help: 'Số giây từ lần sao lưu gần nhất (npm run backup; +Inf: chưa từng)',
    registers: [registry],
    async collect() {
      const last = await readLastBackup(strapi);
      this.set(ageOf(last?.at, Date.now()));
    },
  });

  return {
    contentType: registry.contentType,
    render: () => registry.metrics(),
    /** Starts timing a request; the returned function ends it. */
    startRequest: (path: string, method: string) => {
      const end = requests.startTimer({ group: groupOf(path), method });
      return (status: number) => end({ status: `${Math.floor(status / 100)}xx` });
    },
    failedLogin: (route: string) =>
      failedLogins.inc({ route: groupOf(route) === 'login' ? route : 'other' }),
  };
};
