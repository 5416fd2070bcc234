// The signing tests' chain and timestamp authority stand up as a verifier expects: the signer
// chains to the root and passes the CRL check, the revoked certificate fails it, and the local
// TSA's token verifies against the data it stamps (OpenSSL, which did not make them, decides).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTestPki } from './pki-fixture';

describe('the test PKI and the local timestamp authority', () => {
  const fx = withTestPki();

  const verify = (cert: string, crl: boolean) =>
    spawnSync(
      'openssl',
      [
        'verify',
        '-CAfile',
        fx.pki.root.cert,
        '-untrusted',
        fx.pki.intermediate.cert,
        ...(crl ? ['-crl_check', '-CRLfile', fx.pki.crl] : []),
        cert,
      ],
      { encoding: 'utf8' },
    );

  it('chains the signer to the root and passes the CRL check; the revoked certificate fails it', () => {
    expect(verify(fx.pki.signer.cert, true).status).toBe(0);
    expect(verify(fx.pki.revoked.cert, false).status).toBe(0);
    const revoked = verify(fx.pki.revoked.cert, true);
    expect(revoked.status).not.toBe(0);
    expect(revoked.stdout + revoked.stderr).toContain('certificate revoked');
    const crl = execFileSync('openssl', ['crl', '-in', fx.pki.crl, '-noout', '-text'], {
      encoding: 'utf8',
    });
    expect(crl).toContain('Key Compromise');
    const subject = execFileSync(
      'openssl',
      ['x509', '-in', fx.pki.signer.cert, '-noout', '-subject', '-nameopt', 'utf8,sep_comma_plus'],
      { encoding: 'utf8' },
    );
    expect(subject.normalize('NFC')).toContain('Ủy ban nhân dân thành phố Huế (thử nghiệm)');
  });

  it('stamps data over HTTP with a token OpenSSL verifies against the data, and refuses anything but a query', async () => {
    const data = path.join(fx.pki.dir, 'data.bin');
    fs.writeFileSync(data, 'Quyết định số 01/QĐ-UBND (thử nghiệm)');
    const query = execFileSync('openssl', ['ts', '-query', '-data', data, '-sha256', '-cert']);
    const res = await fetch(fx.tsa.url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: query,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/timestamp-reply');
    const reply = path.join(fx.pki.dir, 'reply.tsr');
    fs.writeFileSync(reply, Buffer.from(await res.arrayBuffer()));
    const ok = spawnSync(
      'openssl',
      [
        'ts',
        '-verify',
        '-in',
        reply,
        '-data',
        data,
        '-CAfile',
        fx.pki.root.cert,
        '-untrusted',
        fx.pki.chain,
      ],
      { encoding: 'utf8' },
    );
    expect(ok.stdout + ok.stderr).toContain('Verification: OK');
    // The token is bound to the data: other bytes do not verify.
    fs.writeFileSync(data, 'Quyết định số 02/QĐ-UBND (thử nghiệm)');
    const other = spawnSync(
      'openssl',
      [
        'ts',
        '-verify',
        '-in',
        reply,
        '-data',
        data,
        '-CAfile',
        fx.pki.root.cert,
        '-untrusted',
        fx.pki.chain,
      ],
      { encoding: 'utf8' },
    );
    expect(other.status).not.toBe(0);
    expect(fx.tsa.requests).toHaveLength(1);
    expect(
      (
        await fetch(fx.tsa.url, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: 'x',
        })
      ).status,
    ).toBe(400);
  });
});
