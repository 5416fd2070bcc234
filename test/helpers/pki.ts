// A real certificate chain for the signing tests, made with OpenSSL in a temporary directory:
// a root CA, an intermediate CA that keeps an index and issues a CRL, a document-signing
// certificate, a second one revoked in that CRL, and a timestamping certificate for the local
// RFC 3161 authority (tsa.ts). Nothing here is shipped: tests trust the root explicitly.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Issued = { cert: string; key: string };
export type TestPki = {
  dir: string;
  root: Issued;
  intermediate: Issued;
  signer: Issued;
  revoked: Issued;
  tsa: Issued;
  /** The intermediate's CRL (PEM), listing `revoked`. */
  crl: string;
  /** Intermediate then root, PEM: what a verifier is given besides the leaf. */
  chain: string;
  /** The `openssl ts -reply` configuration of the local timestamp authority. */
  tsaConfig: string;
};

const openssl = (dir: string, args: string[]) =>
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });

const extensions = `
[v3_root]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[v3_intermediate]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[v3_signer]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints = URI:http://127.0.0.1/dienhinh-test.crl
[v3_tsa]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
`;

/** The intermediate as an `openssl ca`, so that it can revoke and publish a CRL. */
const caConfig = (dir: string) => `
[ca]
default_ca = intermediate
[intermediate]
dir = ${dir}
database = $dir/index.txt
new_certs_dir = $dir/issued
serial = $dir/serial
crlnumber = $dir/crlnumber
certificate = $dir/intermediate.pem
private_key = $dir/intermediate.key
default_md = sha256
default_days = 730
default_crl_days = 30
policy = anything
unique_subject = no
copy_extensions = none
[anything]
commonName = supplied
organizationName = optional
countryName = optional
${extensions}`;

const tsaConfig = (dir: string) => `
[tsa]
default_tsa = local
[local]
dir = ${dir}
serial = $dir/tsaserial
crypto_device = builtin
signer_cert = $dir/tsa.pem
certs = $dir/chain.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
other_policies = 1.3.6.1.4.1.99999.2
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
`;

export function makeTestPki(
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-pki-')),
): TestPki {
  fs.mkdirSync(path.join(dir, 'issued'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.txt'), '');
  fs.writeFileSync(path.join(dir, 'serial'), '1000\n');
  fs.writeFileSync(path.join(dir, 'crlnumber'), '01\n');
  fs.writeFileSync(path.join(dir, 'tsaserial'), '01\n');
  fs.writeFileSync(path.join(dir, 'ca.cnf'), caConfig(dir));
  fs.writeFileSync(path.join(dir, 'tsa.cnf'), tsaConfig(dir));

  const key = (name: string) =>
    openssl(dir, [
      'genpkey',
      '-algorithm',
      'RSA',
      '-pkeyopt',
      'rsa_keygen_bits:2048',
      '-out',
      `${name}.key`,
    ]);
  key('root');
  openssl(dir, [
    'req',
    '-x509',
    '-utf8',
    '-key',
    'root.key',
    '-subj',
    '/C=VN/O=dienhinh (thử nghiệm)/CN=dienhinh Test Root CA',
    '-days',
    '3650',
    '-config',
    'ca.cnf',
    '-extensions',
    'v3_root',
    '-out',
    'root.pem',
  ]);
  key('intermediate');
  openssl(dir, [
    'req',
    '-new',
    '-utf8',
    '-key',
    'intermediate.key',
    '-subj',
    '/C=VN/O=dienhinh (thử nghiệm)/CN=dienhinh Test Issuing CA',
    '-out',
    'intermediate.csr',
  ]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'intermediate.csr',
    '-CA',
    'root.pem',
    '-CAkey',
    'root.key',
    '-set_serial',
    '100',
    '-days',
    '1825',
    '-extfile',
    'ca.cnf',
    '-extensions',
    'v3_intermediate',
    '-out',
    'intermediate.pem',
  ]);
  const issue = (name: string, subject: string, ext: string) => issueFrom(dir, name, subject, ext);
  issue(
    'signer',
    '/C=VN/O=Ủy ban nhân dân thành phố Huế (thử nghiệm)/CN=Chủ tịch Ủy ban (thử nghiệm)',
    'v3_signer',
  );
  issue(
    'revoked',
    '/C=VN/O=Ủy ban nhân dân thành phố Huế (thử nghiệm)/CN=Chứng thư đã thu hồi (thử nghiệm)',
    'v3_signer',
  );
  issue('tsa', '/C=VN/O=dienhinh (thử nghiệm)/CN=dienhinh Test Timestamping', 'v3_tsa');
  openssl(dir, [
    'ca',
    '-batch',
    '-config',
    'ca.cnf',
    '-revoke',
    'revoked.pem',
    '-crl_reason',
    'keyCompromise',
  ]);
  openssl(dir, ['ca', '-batch', '-config', 'ca.cnf', '-gencrl', '-out', 'crl.pem']);
  fs.writeFileSync(
    path.join(dir, 'chain.pem'),
    fs.readFileSync(path.join(dir, 'intermediate.pem'), 'utf8') +
      fs.readFileSync(path.join(dir, 'root.pem'), 'utf8'),
  );

  const pair = (name: string): Issued => ({
    cert: path.join(dir, `${name}.pem`),
    key: path.join(dir, `${name}.key`),
  });
  return {
    dir,
    root: pair('root'),
    intermediate: pair('intermediate'),
    signer: pair('signer'),
    revoked: pair('revoked'),
    tsa: pair('tsa'),
    crl: path.join(dir, 'crl.pem'),
    chain: path.join(dir, 'chain.pem'),
    tsaConfig: path.join(dir, 'tsa.cnf'),
  };
}

function issueFrom(dir: string, name: string, subject: string, ext: string): void {
  openssl(dir, [
    'genpkey',
    '-algorithm',
    'RSA',
    '-pkeyopt',
    'rsa_keygen_bits:2048',
    '-out',
    `${name}.key`,
  ]);
  openssl(dir, [
    'req',
    '-new',
    '-utf8',
    '-key',
    `${name}.key`,
    '-subj',
    subject,
    '-out',
    `${name}.csr`,
  ]);
  openssl(dir, [
    'ca',
    '-batch',
    '-utf8',
    '-config',
    'ca.cnf',
    '-extensions',
    ext,
    '-in',
    `${name}.csr`,
    '-out',
    `${name}.pem`,
    '-notext',
  ]);
}

/** Another document-signing certificate from the test intermediate. */
export function issueSigner(pki: TestPki, name: string, commonName: string): Issued {
  issueFrom(pki.dir, name, `/C=VN/O=dienhinh (thử nghiệm)/CN=${commonName}`, 'v3_signer');
  return { cert: path.join(pki.dir, `${name}.pem`), key: path.join(pki.dir, `${name}.key`) };
}

/** Revokes a certificate now and publishes the intermediate's CRL again (pki.crl). */
export function revoke(pki: TestPki, issued: Issued): void {
  openssl(pki.dir, [
    'ca',
    '-batch',
    '-config',
    'ca.cnf',
    '-revoke',
    issued.cert,
    '-crl_reason',
    'keyCompromise',
  ]);
  openssl(pki.dir, ['ca', '-batch', '-config', 'ca.cnf', '-gencrl', '-out', 'crl.pem']);
}

/** A PKCS#12 file of an issued certificate with its chain, as an office's signing key comes (3DES/SHA-1, which forge reads). */
export function p12Of(
  pki: TestPki,
  issued: Issued,
  password: string,
  file = path.join(pki.dir, `${path.basename(issued.cert, '.pem')}.p12`),
): string {
  openssl(pki.dir, [
    'pkcs12',
    '-export',
    '-inkey',
    issued.key,
    '-in',
    issued.cert,
    '-certfile',
    pki.chain,
    '-keypbe',
    'PBE-SHA1-3DES',
    '-certpbe',
    'PBE-SHA1-3DES',
    '-macalg',
    'sha1',
    '-passout',
    `pass:${password}`,
    '-out',
    file,
  ]);
  return file;
}
