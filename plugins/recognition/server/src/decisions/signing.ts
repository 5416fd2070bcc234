// The signing keys: a province's own signer (DIENHINH_SIGNER_<SLUG>, e.g. _HUE or _DONG_THAP: a
// PKCS#11 URI for a token or a signing service's URL, with _CERT and _BEARER) or PKCS#12 file
// (DIENHINH_SIGN_P12_<SLUG> with its _PASSWORD), else the server's (DIENHINH_SIGNER or
// DIENHINH_SIGN_P12), or else a self-signed
// demo key made once in cms/.tmp and announced as such (it has no legal value). In production the demo key
// is refused unless DIENHINH_ALLOW_DEMO_KEY=true says it is wanted; its password is random, from
// DIENHINH_DEMO_KEY_PASSWORD (cms/.env) or a file beside the key, never in the source.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { pdfService, type SigningIdentity } from '../documents';

/** Why this configuration may not sign with the demo key, or null when it may. */
export function demoKeyRefusal(env: Record<string, string | undefined>): string | null {
  if (
    env.DIENHINH_SIGN_P12 ||
    env.DIENHINH_SIGNER ||
    env.NODE_ENV !== 'production' ||
    env.DIENHINH_ALLOW_DEMO_KEY === 'true'
  )
    return null;
  return (
    'DIENHINH_SIGN_P12 chưa đặt: ở chế độ production, quyết định và giấy chứng nhận không được ký bằng khóa demo (no signing key in production). ' +
    'Đặt DIENHINH_SIGN_P12 (tệp .p12 của cơ quan) và DIENHINH_SIGN_P12_PASSWORD trong cms/.env; chỉ khi cố ý chạy thử bằng khóa demo mới đặt DIENHINH_ALLOW_DEMO_KEY=true.'
  );
}

/** A province's slug as the end of an environment variable's name: hue → HUE, dong-thap → DONG_THAP. */
export const suffixOf = (slug: string) => slug.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
/** The variable naming a province's own PKCS#12 key: DIENHINH_SIGN_P12_HUE, DIENHINH_SIGN_P12_DONG_THAP. */
export const provinceKeyVariable = (slug: string) => `DIENHINH_SIGN_P12_${suffixOf(slug)}`;
/** The variable naming a province's token or signing service: DIENHINH_SIGNER_HUE. */
export const provinceSignerVariable = (slug: string) => `DIENHINH_SIGNER_${suffixOf(slug)}`;

/** The provinces' key and signer variables set in this environment (their companions aside). */
export const provinceKeyVariables = (env: Record<string, string | undefined>) =>
  Object.keys(env).filter(
    (k) =>
      /^DIENHINH_(SIGN_P12|SIGNER)_[A-Z0-9_]+$/.test(k) &&
      !/_(PASSWORD|CERT|BEARER)$/.test(k) &&
      env[k],
  );

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let identity: SigningIdentity | undefined;
  const provinces = new Map<string, SigningIdentity>();
  const demoKeyPath = () => path.join(strapi.dirs.app.root, '.tmp', 'demo-signing.p12');

  function demoPassword(file: string): string {
    if (process.env.DIENHINH_DEMO_KEY_PASSWORD) return process.env.DIENHINH_DEMO_KEY_PASSWORD;
    const passFile = `${file}.pass`;
    if (!fs.existsSync(passFile)) {
      fs.mkdirSync(path.dirname(passFile), { recursive: true });
      try {
        fs.writeFileSync(passFile, crypto.randomBytes(18).toString('base64url'), {
          mode: 0o600,
          flag: 'wx',
        });
      } catch (e) {
        // Another process starting at the same moment wrote it first: theirs is used.
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
    return fs.readFileSync(passFile, 'utf8').trim();
  }

  /** A key from a signer variable (token URI or service URL, with _CERT and _BEARER) or a PKCS#12 one (with _PASSWORD). */
  function fromVariable(variable: string, tsaUrl?: string): SigningIdentity {
    const pdf = pdfService(strapi);
    const value = process.env[variable]!;
    const ltv = pdf.ltv();
    if (variable.startsWith('DIENHINH_SIGN_P12'))
      return pdf.loadIdentity(value, process.env[`${variable}_PASSWORD`] ?? '', { tsaUrl, ltv });
    try {
      return pdf.openIdentity(value, {
        tsaUrl,
        ltv,
        certFile: process.env[`${variable}_CERT`],
        bearer: process.env[`${variable}_BEARER`],
      });
    } catch (err) {
      throw new Error(`${variable}: ${(err as Error).message}`);
    }
  }

  return {
    demoKeyPath,
    /** The key a province's documents are signed with: its own when configured, else the server's. */
    identity(jurisdiction?: string | null): SigningIdentity {
      const pdf = pdfService(strapi);
      const tsaUrl = pdf.config().tsaUrl;
      if (jurisdiction) {
        for (const variable of [
          provinceSignerVariable(jurisdiction),
          provinceKeyVariable(jurisdiction),
        ]) {
          if (!process.env[variable]) continue;
          let own = provinces.get(variable);
          if (!own) {
            own = fromVariable(variable, tsaUrl);
            provinces.set(variable, own);
            strapi.log.info(
              `recognition: ${jurisdiction} ký bằng ${own.kind} (${own.source}), người ký "${own.commonName}".`,
            );
          }
          return own;
        }
      }
      if (identity) return identity;
      const cfg = pdf.config();
      // PAdES B-T with a timestamp authority; without one the signing time is only the server's claim.
      const opts = { tsaUrl: cfg.tsaUrl, ltv: pdf.ltv() };
      if (!cfg.tsaUrl)
        strapi.log.warn(
          'recognition: DIENHINH_TSA_URL chưa đặt: chữ ký PAdES B-B, không có dấu thời gian tin cậy (no timestamp authority: signatures are B-B).',
        );
      if (process.env.DIENHINH_SIGNER) {
        identity = fromVariable('DIENHINH_SIGNER', cfg.tsaUrl);
        return identity;
      }
      if (cfg.signP12) {
        identity = pdf.loadIdentity(cfg.signP12, cfg.signP12Password, opts);
        return identity;
      }
      const refused = demoKeyRefusal(process.env);
      if (refused) throw new Error(refused);
      const file = demoKeyPath();
      const password = demoPassword(file);
      const make = () => {
        pdf.createDemoIdentity(file, password, 'dienhinh DEMO (không có giá trị pháp lý)');
        strapi.log.warn(
          `recognition: DIENHINH_SIGN_P12 chưa đặt: đã tạo khóa ký DEMO tự ký tại ${file} (không có giá trị pháp lý).`,
        );
      };
      if (!fs.existsSync(file)) make();
      try {
        identity = pdf.loadIdentity(file, password, opts);
      } catch {
        // A demo key made under another password (an older version's fixed one): made anew.
        fs.rmSync(file, { force: true });
        make();
        identity = pdf.loadIdentity(file, password, opts);
      }
      return identity;
    },
  };
};
