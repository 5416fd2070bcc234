// The province's attestation key (ECDSA P-256) and what it signs for checking without the server:
// the QR code's payload, the revocation list (Bitstring Status List) and the Open Badges
// credential. The key is DIENHINH_QR_KEY_<SLUG> (a PEM file), else DIENHINH_QR_KEY, else one made
// once per province and kept where every node finds it (attestation-keys.ts; said in the log).
// Its public half is published at /verify/keys.json.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Core } from '@strapi/strapi';
import {
  badgeCredentialOf,
  qrPayloadOf,
  statusListCredentialOf,
  type ProofView,
} from '../../../shared/domain/offline-proof';
import { serialSchema } from '../../../shared/domain/certificate-serial';
import { DomainFailure } from '../errors';
import { pdfService } from '../documents';
import { recognitionsService } from './';
import { suffixOf } from './signing';
import {
  encodeStatusList,
  publicJwk,
  signJws,
  type PublicJwk,
} from '../../../../../pipeline/src/credentials';
import { JURISDICTION, RECOGNITION } from '../constants/uids';
import { madeKeys } from './attestation-keys';

export const attestationKeyVariable = (slug: string) => `DIENHINH_QR_KEY_${suffixOf(slug)}`;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const keys = new Map<string, Promise<crypto.KeyObject>>();
  const publicUrl = () => pdfService(strapi).config().publicUrl;

  const made = madeKeys(strapi);

  function asKey(pem: string | Buffer, where: string, variable: string): crypto.KeyObject {
    let key: crypto.KeyObject;
    try {
      key = crypto.createPrivateKey(pem);
    } catch (err) {
      throw new Error(`${variable}: không đọc được khóa ${where} (${(err as Error).message}).`);
    }
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1')
      throw new Error(
        `${variable}: khóa ${where} phải là ECDSA P-256 (openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256).`,
      );
    return key;
  }

  async function load(slug: string): Promise<crypto.KeyObject> {
    const variable = [attestationKeyVariable(slug), 'DIENHINH_QR_KEY'].find((v) => process.env[v]);
    if (variable) {
      const file = process.env[variable]!;
      let pem: Buffer;
      try {
        pem = fs.readFileSync(file);
      } catch (err) {
        throw new Error(`${variable}: không đọc được khóa ${file} (${(err as Error).message}).`);
      }
      return asKey(pem, file, variable);
    }
    return asKey(
      await made.pemOf(slug),
      `của ${slug} (${made.kind})`,
      attestationKeyVariable(slug),
    );
  }

  /** The province's key; one load at a time per province, kept once loaded. */
  function keyOf(slug: string): Promise<crypto.KeyObject> {
    let key = keys.get(slug);
    if (!key) {
      key = load(slug);
      keys.set(slug, key);
      key.catch(() => keys.delete(slug));
    }
    return key;
  }

  /** The recognition as the certificate shows it (the recognitions service's view), once its decision is issued. */
  async function proofView(serial: string): Promise<ProofView | null> {
    if (!serialSchema.safeParse(serial).success) return null;
    const view = await recognitionsService(strapi).findViewBySerial(serial);
    return view?.decisionNumber ? (view as unknown as ProofView) : null;
  }

  return {
    keyOf,
    /** Every province's public key, with the province it belongs to. */
    async jwks(): Promise<{ keys: PublicJwk[] }> {
      const all = await strapi.db
        .query(JURISDICTION)
        .findMany({ select: ['slug', 'name'], orderBy: { slug: 'asc' } });
      return {
        keys: await Promise.all(
          all.map(async (j: { slug: string; name: string }) =>
            publicJwk(await keyOf(j.slug), { iss: j.slug, name: j.name }),
          ),
        ),
      };
    },

    /** The compact JWS the certificate's QR code carries after "#". */
    async qrJws(view: ProofView): Promise<string> {
      // No typ: every byte counts in a QR code printed 50 mm wide (the payload's "v" names its form).
      return signJws(qrPayloadOf(view), await keyOf(view.jurisdiction.slug));
    },

    async qrJwsOf(serial: string): Promise<string | null> {
      const view = await proofView(serial);
      return view ? this.qrJws(view) : null;
    },

    /** The province's revocation list, signed: a Bitstring Status List credential (vc+jwt). */
    async statusList(slug: string, now = new Date()): Promise<string> {
      const j = await strapi.db
        .query(JURISDICTION)
        .findOne({ where: { slug }, select: ['slug', 'name'] });
      if (!j) throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${slug}".`);
      const revoked = await strapi.db.query(RECOGNITION).findMany({
        where: { status: 'revoked', unit: { jurisdiction: { slug } } },
        select: ['id'],
      });
      const credential = statusListCredentialOf(
        j,
        encodeStatusList(revoked.map((r: { id: number }) => r.id)),
        publicUrl(),
        now,
      );
      return signJws(credential, await keyOf(slug), { typ: 'vc+jwt', cty: 'vc' });
    },

    /** A certificate as an Open Badges 3.0 credential, signed (vc+jwt); null when there is none. */
    async credential(serial: string): Promise<string | null> {
      const view = await proofView(serial);
      if (!view) return null;
      const row = await strapi.db
        .query(RECOGNITION)
        .findOne({ where: { serial }, select: ['issuedAt', 'decisionDate'] });
      const issuedAt = row.issuedAt
        ? new Date(row.issuedAt)
        : new Date(`${view.decisionDate}T00:00:00+07:00`);
      return signJws(
        badgeCredentialOf(view, publicUrl(), issuedAt),
        await keyOf(view.jurisdiction.slug),
        { typ: 'vc+jwt', cty: 'vc' },
      );
    },
  };
};
