// A real SoftHSM2 token for the PKCS#11 signer: its own configuration and token directory (so
// that nothing touches the machine's tokens), a token initialised with softhsm2-util, an issued
// key imported into it and the key's certificate stored beside it on the token. The private key
// file is deleted after the import: from then on the key exists only inside the token.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pkcs11js from 'pkcs11js';
import * as pkijs from 'pkijs';
import type { Issued } from './pki';

export const SOFTHSM_MODULE = '/usr/lib/softhsm/libsofthsm2.so';

export type TestToken = {
  dir: string;
  conf: string;
  label: string;
  object: string;
  pin: string;
  uri: string;
  env: Record<string, string>;
};

/** Initialises a token holding `issued`'s key and certificate; process.env.SOFTHSM2_CONF points at it. */
export function makeTestToken(
  issued: Issued,
  label = 'dienhinh-test',
  object = 'signer',
  pin = '246810',
): TestToken {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-softhsm-'));
  fs.mkdirSync(path.join(dir, 'tokens'));
  const conf = path.join(dir, 'softhsm2.conf');
  fs.writeFileSync(
    conf,
    `directories.tokendir = ${dir}/tokens\nobjectstore.backend = file\nlog.level = ERROR\n`,
  );
  const env = { ...process.env, SOFTHSM2_CONF: conf } as Record<string, string>;
  execFileSync(
    'softhsm2-util',
    ['--init-token', '--free', '--label', label, '--so-pin', '13579', '--pin', pin],
    { env, stdio: 'pipe' },
  );
  // softhsm2-util imports a PKCS#8 key; the key file is then removed.
  const pkcs8 = path.join(dir, 'key.pk8');
  execFileSync('openssl', ['pkcs8', '-topk8', '-nocrypt', '-in', issued.key, '-out', pkcs8]);
  execFileSync(
    'softhsm2-util',
    ['--import', pkcs8, '--token', label, '--label', object, '--id', '01', '--pin', pin],
    { env, stdio: 'pipe' },
  );
  fs.rmSync(pkcs8);
  process.env.SOFTHSM2_CONF = conf;
  storeCertificate(label, object, pin, issued.cert);
  const uri = `pkcs11:token=${encodeURIComponent(label)};object=${encodeURIComponent(object)}?module-path=${SOFTHSM_MODULE}&pin-source=env:DIENHINH_TEST_TOKEN_PIN`;
  return {
    dir,
    conf,
    label,
    object,
    pin,
    uri,
    env: { SOFTHSM2_CONF: conf, DIENHINH_TEST_TOKEN_PIN: pin },
  };
}

/** The certificate as a CKO_CERTIFICATE object with the key's label and id (softhsm2-util does not import certificates). */
function storeCertificate(label: string, object: string, pin: string, certFile: string): void {
  const der = Buffer.from(
    fs.readFileSync(certFile, 'utf8').replace(/-----[A-Z ]+-----|\s+/g, ''),
    'base64',
  );
  const p11 = new pkcs11js.PKCS11();
  p11.load(SOFTHSM_MODULE);
  p11.C_Initialize();
  try {
    const slot = p11.C_GetSlotList(true).find((s) => p11.C_GetTokenInfo(s).label.trim() === label)!;
    const session = p11.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION);
    p11.C_Login(session, pkcs11js.CKU_USER, pin);
    p11.C_CreateObject(session, [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE },
      { type: pkcs11js.CKA_CERTIFICATE_TYPE, value: pkcs11js.CKC_X_509 },
      { type: pkcs11js.CKA_TOKEN, value: true },
      { type: pkcs11js.CKA_LABEL, value: object },
      { type: pkcs11js.CKA_ID, value: Buffer.from([1]) },
      {
        type: pkcs11js.CKA_SUBJECT,
        value: Buffer.from(
          pkijs.Certificate.fromBER(new Uint8Array(der)).subject.toSchema().toBER(false),
        ),
      },
      { type: pkcs11js.CKA_VALUE, value: der },
    ]);
    p11.C_Logout(session);
    p11.C_CloseSession(session);
  } finally {
    p11.C_Finalize();
  }
}
