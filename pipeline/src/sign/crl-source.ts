// Where a signature's revocation data comes from: CRL files the operator configures
// (DIENHINH_LTV_CRLS) and the CRLs the certificates themselves point to (their CRL distribution
// points, fetched over HTTP, kept until their nextUpdate). A CRL that cannot be fetched is said
// once in the log and the signature simply stays B-T.
import fs from 'node:fs';
import * as pkijs from 'pkijs';
import { ab } from './cades';
import { derOf } from './signature-info';

const CDP = '2.5.29.31';

/** The http(s) URLs of a certificate's CRL distribution points. */
export function distributionPoints(cert: pkijs.Certificate): string[] {
  const ext = cert.extensions?.find((e) => e.extnID === CDP);
  if (!ext) return [];
  const parsed = ext.parsedValue as pkijs.CRLDistributionPoints | undefined;
  const urls: string[] = [];
  for (const dp of parsed?.distributionPoints ?? []) {
    const names = Array.isArray(dp.distributionPoint) ? dp.distributionPoint : [];
    for (const n of names as pkijs.GeneralName[])
      if (n.type === 6 && /^https?:\/\//.test(String(n.value))) urls.push(String(n.value));
  }
  return urls;
}

export class CrlSource {
  private readonly fetched = new Map<string, { crl: Buffer; until: number }>();
  /** A distribution point that failed is tried again only after a while: no signature waits on a dead server. */
  private readonly retryAt = new Map<string, number>();

  constructor(
    private readonly files: string[],
    private readonly opts: {
      fetch: boolean;
      timeoutMs?: number;
      warn?: (message: string) => void;
    } = { fetch: true },
  ) {}

  private fromFiles(): Buffer[] {
    return this.files.map((f) => derOf(fs.readFileSync(f)));
  }

  private async fetchOne(url: string): Promise<Buffer | null> {
    const kept = this.fetched.get(url);
    if (kept && kept.until > Date.now()) return kept.crl;
    if ((this.retryAt.get(url) ?? 0) > Date.now()) return kept?.crl ?? null;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(this.opts.timeoutMs ?? 5000) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const crl = derOf(Buffer.from(await res.arrayBuffer()));
      const next =
        pkijs.CertificateRevocationList.fromBER(ab(crl)).nextUpdate?.value.getTime() ??
        Date.now() + 3_600_000;
      this.fetched.set(url, { crl, until: next });
      return crl;
    } catch (err) {
      if (!this.retryAt.has(url))
        this.opts.warn?.(
          `Không tải được danh sách thu hồi ${url}: ${(err as Error).message}; chữ ký không kèm dữ liệu kiểm tra lâu dài (B-T) cho tới khi tải được.`,
        );
      this.retryAt.set(url, Date.now() + 10 * 60_000);
      return kept?.crl ?? null;
    }
  }

  /** The CRLs known for these certificates: configured files, then their distribution points. */
  async crlsFor(certs: pkijs.Certificate[]): Promise<Buffer[]> {
    const out = this.fromFiles();
    if (this.opts.fetch) {
      const urls = [...new Set(certs.flatMap(distributionPoints))];
      for (const crl of await Promise.all(urls.map((u) => this.fetchOne(u))))
        if (crl) out.push(crl);
    }
    return out;
  }
}
