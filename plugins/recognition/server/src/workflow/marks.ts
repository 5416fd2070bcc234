// The seal and signature printed on a signed document: the jurisdiction's uploaded seal and the
// signer's uploaded signature when both are there (checked: transparent PNG, size), otherwise
// marks generated from the body's and signer's names, flagged as samples on the page and in the
// PDF's metadata.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { checkMarkImage } from '../../../shared/domain/marks';
import { unwrap } from '../errors';
import { filesService } from './';
import { pdfService } from '../documents';
import { JURISDICTION } from '../constants/uids';
import { media, parseRow } from '../rows';

type Stored = { url: string; mime?: string | null };
const stored = media.extend({ mime: z.string().nullish() });
const withMarks = z.looseObject({
  seal: stored.nullish(),
  signers: z.array(z.looseObject({ name: z.string(), signature: stored.nullish() })).nullish(),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function dataUrl(what: 'Hình con dấu' | 'Hình chữ ký', file: Stored): Promise<string> {
    const bytes = await filesService(strapi).read(file);
    const facts = await pdfService(strapi).imageFacts(bytes);
    unwrap(
      checkMarkImage(what, {
        mime: facts.format === 'png' ? file.mime : (file.mime ?? facts.format),
        bytes: bytes.length,
        ...facts,
      }),
    );
    return `data:image/png;base64,${bytes.toString('base64')}`;
  }

  return {
    async for(
      jurisdictionDocumentId: string | undefined,
      bodyName: string,
      signerName: string,
    ): Promise<{ seal: string; hand: string; sample: boolean }> {
      const j = jurisdictionDocumentId
        ? parseRow(
            withMarks,
            await strapi.db.query(JURISDICTION).findOne({
              where: { documentId: jurisdictionDocumentId },
              populate: { seal: true, signers: { populate: ['signature'] } },
            }),
          )
        : null;
      const signer = (j?.signers ?? []).find((s) => s.name === signerName);
      if (j?.seal && signer?.signature) {
        const [seal, hand] = await Promise.all([
          dataUrl('Hình con dấu', j.seal),
          dataUrl('Hình chữ ký', signer.signature),
        ]);
        return { seal, hand, sample: false };
      }
      return {
        ...(await pdfService(strapi).signatureImages(bodyName, signerName)),
        sample: true,
      };
    },
  };
};
