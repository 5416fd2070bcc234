// What `npm run doctor` checks of an installation, each answer in Vietnamese with what to do:
// ok, a warning (works, but not as a province should run it), or a fault (something is broken).
import fs from 'node:fs';
import { Client } from 'pg';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import type { Installation } from '../backup/installation';
import { readLastBackup } from '../backup/last-backup';

export type Finding = { level: 'ok' | 'warn' | 'fault'; topic: string; text: string };

const ok = (topic: string, text: string): Finding => ({ level: 'ok', topic, text });
const warn = (topic: string, text: string): Finding => ({ level: 'warn', topic, text });
const fault = (topic: string, text: string): Finding => ({ level: 'fault', topic, text });

export function signingKeys(inst: Installation, env: NodeJS.ProcessEnv): Finding[] {
  const named = Object.keys(env).filter(
    (k) => /^DIENHINH_SIGN_P12(_[A-Z0-9_]+)?$/.test(k) && !k.endsWith('_PASSWORD'),
  );
  if (named.length === 0)
    return [
      warn(
        'Khóa ký',
        `đang dùng khóa DEMO tự ký ${path.join(inst.cmsDir, '.tmp', 'demo-signing.p12')}: quyết định và giấy chứng nhận không có giá trị pháp lý. Đặt DIENHINH_SIGN_P12 (tệp .p12 của cơ quan) và DIENHINH_SIGN_P12_PASSWORD, hoặc DIENHINH_SIGN_P12_<TỈNH> cho từng tỉnh.`,
      ),
    ];
  return named.map((k) => {
    const file = path.resolve(inst.cmsDir, env[k]!);
    return fs.existsSync(file)
      ? ok('Khóa ký', `${k} = ${file}.`)
      : fault(
          'Khóa ký',
          `${k} trỏ tới ${file} nhưng không có tệp này: sửa đường dẫn hoặc chép khóa vào.`,
        );
  });
}

export async function timestampAuthority(env: NodeJS.ProcessEnv): Promise<Finding> {
  const url = env.DIENHINH_TSA_URL;
  if (!url)
    return warn(
      'Dấu thời gian',
      'chưa đặt DIENHINH_TSA_URL: chữ ký chỉ ở mức PAdES B-B, không có dấu thời gian tin cậy. Đặt địa chỉ dịch vụ cấp dấu thời gian (RFC 3161) của nhà cung cấp chữ ký số.',
    );
  try {
    const r = await fetch(url, {
      method: 'POST',
      signal: AbortSignal.timeout(5000),
      headers: { 'content-type': 'application/timestamp-query' },
      body: new Uint8Array(),
    });
    return ok('Dấu thời gian', `${url} trả lời (HTTP ${r.status}).`);
  } catch (e) {
    return fault(
      'Dấu thời gian',
      `không kết nối được ${url} (${(e as Error).message}): kiểm tra mạng hoặc địa chỉ.`,
    );
  }
}

/** Reads SMTP replies until a final line (a code followed by a space). */
function reply(socket: net.Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (d: Buffer) => {
      text += d.toString('utf8');
      if (/(^|\n)\d{3} [^\n]*\r?\n$/.test(text)) {
        socket.off('data', onData);
        resolve(text);
      }
    };
    socket.on('data', onData);
    socket.once('error', reject);
  });
}

export async function smtp(env: NodeJS.ProcessEnv): Promise<Finding> {
  const host = env.SMTP_HOST;
  if (!host)
    return warn(
      'Thư điện tử',
      'chưa đặt SMTP_HOST: thông báo chỉ hiện trên cổng, không gửi thư. Đặt SMTP_HOST, SMTP_PORT và tài khoản gửi thư.',
    );
  const secure = env.SMTP_SECURE === 'true';
  const port = Number(env.SMTP_PORT || (secure ? 465 : 587));
  try {
    const socket: net.Socket = secure
      ? tls.connect({ host, port, servername: host })
      : net.connect({ host, port });
    socket.setTimeout(5000, () => socket.destroy(new Error('hết thời gian chờ')));
    try {
      await reply(socket);
      socket.write('EHLO dienhinh-doctor\r\n');
      const caps = await reply(socket);
      socket.write('QUIT\r\n');
      if (secure) return ok('Thư điện tử', `${host}:${port} nhận kết nối TLS.`);
      return /STARTTLS/i.test(caps)
        ? ok('Thư điện tử', `${host}:${port} có STARTTLS.`)
        : fault(
            'Thư điện tử',
            `${host}:${port} không có STARTTLS: mật khẩu và thư sẽ đi không mã hóa. Dùng cổng có TLS (SMTP_SECURE=true, 465) hoặc bật STARTTLS trên máy chủ thư.`,
          );
    } finally {
      socket.destroy();
    }
  } catch (e) {
    return fault('Thư điện tử', `không kết nối được ${host}:${port} (${(e as Error).message}).`);
  }
}

export async function publicUrl(env: NodeJS.ProcessEnv): Promise<Finding> {
  // The app's own default when the setting is missing (pipeline/src/config.ts).
  const url = (env.DIENHINH_PUBLIC_URL || 'http://localhost:1337').replace(/\/+$/, '');
  try {
    const r = await fetch(`${url}/_health`, { signal: AbortSignal.timeout(5000) });
    if (r.status !== 204 && r.status !== 200)
      return fault('Địa chỉ công khai', `${url}/_health trả lời HTTP ${r.status}.`);
  } catch (e) {
    return fault(
      'Địa chỉ công khai',
      `${url} không trả lời (${(e as Error).message}): ứng dụng chưa chạy, hoặc DIENHINH_PUBLIC_URL sai.`,
    );
  }
  if (!env.DIENHINH_PUBLIC_URL)
    return warn(
      'Địa chỉ công khai',
      `chưa đặt DIENHINH_PUBLIC_URL: dùng mặc định ${url}, chỉ đúng trên chính máy này; mã QR trên giấy chứng nhận phải trỏ tới địa chỉ người dân dùng (https://…).`,
    );
  return url.startsWith('https://') || /\/\/(localhost|127\.0\.0\.1)/.test(url)
    ? ok('Địa chỉ công khai', `${url} trả lời.`)
    : warn(
        'Địa chỉ công khai',
        `${url} trả lời nhưng không phải https: đặt sau một máy chủ có TLS.`,
      );
}

/** The shared store's tables, counted: what every node reads from the database. */
async function storedCounts(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const parts: string[] = [];
    for (const [table, what] of [
      ['recognition_file_blobs', 'tệp riêng'],
      ['recognition_upload_blobs', 'tệp tải lên'],
      ['recognition_audit_anchors', 'mốc neo nhật ký'],
      ['recognition_attestation_keys', 'khóa mã QR'],
    ]) {
      const there = (await client.query('SELECT to_regclass($1) AS t', [table])).rows[0].t;
      const n = there
        ? (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n
        : 0;
      parts.push(`${n} ${what}`);
    }
    return parts.join(', ');
  } finally {
    await client.end();
  }
}

/** Where files, anchors and made keys are kept: the shared database's tables counted, or the private directory written to. */
export async function fileStore(inst: Installation): Promise<Finding> {
  if (inst.store === 'database' && inst.database.client === 'postgres') {
    try {
      return ok(
        'Kho dùng chung',
        `trong cơ sở dữ liệu mọi máy chủ cùng đọc (DIENHINH_FILE_STORE=database): ${await storedCounts(inst.database.url)}.`,
      );
    } catch (e) {
      return fault('Kho dùng chung', `không đọc được cơ sở dữ liệu (${(e as Error).message}).`);
    }
  }
  try {
    fs.mkdirSync(inst.privateDir, { recursive: true, mode: 0o700 });
    const probe = path.join(inst.privateDir, `.doctor-${process.pid}`);
    fs.writeFileSync(probe, 'x');
    fs.rmSync(probe);
    return ok(
      'Kho tệp riêng',
      `${inst.privateDir} ghi được (nhiều máy chủ: phải là cùng một thư mục dùng chung, hoặc DIENHINH_FILE_STORE=database trên PostgreSQL).`,
    );
  } catch (e) {
    return fault(
      'Kho tệp riêng',
      `không ghi được ${inst.privateDir} (${(e as Error).message}): kiểm tra quyền hoặc ổ dùng chung (DIENHINH_PRIVATE_DIR).`,
    );
  }
}

export async function lastBackup(inst: Installation, now = Date.now()): Promise<Finding> {
  let last;
  try {
    last = await readLastBackup(inst.database);
  } catch (e) {
    return fault('Sao lưu', `không đọc được cơ sở dữ liệu (${(e as Error).message}).`);
  }
  if (!last)
    return warn(
      'Sao lưu',
      'chưa từng sao lưu: chạy npm run backup, rồi đặt lịch chạy hằng đêm và chép bản sao lưu ra ngoài máy.',
    );
  const hours = (now - Date.parse(last.at)) / 3_600_000;
  const text = `lần gần nhất ${last.at} (${hours.toFixed(1)} giờ trước), ${last.files} tệp, ${(last.bytes / 1e6).toFixed(1)} MB, tại ${last.dir}.`;
  return hours > 26
    ? warn('Sao lưu', `${text} Quá một ngày: kiểm tra lịch sao lưu.`)
    : ok('Sao lưu', text);
}
