// Finishing a rendered document: its metadata (title, subject, template version, the hash of its
// data, the kind of seal and signature marks) and, when it is issued, the PAdES signature with the
// key of its province (its own, else the server's).
import type { Core } from '@strapi/strapi';
import { canonicalJson } from '../../../shared/domain/audit-chain';
import { signingService } from '../decisions';
import { DomainFailure } from '../errors';
import { pdfService } from './';
import type { DocKind } from './document-data';
import type { PdfMetadata } from './pdf';

export function finishing(strapi: Core.Strapi) {
  const pdf = () => pdfService(strapi);
  function metadata(rendered: {
    title: string;
    subject: string;
    templateVersion: string;
    data: unknown;
  }): PdfMetadata {
    const signature = (rendered.data as { signature?: { sample?: boolean } | null })?.signature;
    const marks = signature
      ? signature.sample
        ? ('sample' as const)
        : ('uploaded' as const)
      : undefined;
    return {
      title: rendered.title,
      subject: rendered.subject,
      templateVersion: rendered.templateVersion,
      dataHash: pdf().sha256(canonicalJson(rendered.data)),
      author: 'dienhinh',
      marks,
    };
  }

  /** Renders, and signs with the key of the document's province (its own, else the server's) when signingTime is given. */
  async function renderFinished(
    kind: DocKind,
    data: unknown,
    signingTime: Date | null,
    location: string,
    preview = false,
    jurisdiction?: string | null,
  ) {
    const rendered = await pdf().render(kind, data, { preview });
    if (!rendered.ok)
      throw new DomainFailure('render-failed', rendered.error.message, {
        renderCode: rendered.error.code,
      });
    const meta = metadata({ ...rendered.value, data });
    const identity = signingTime ? signingService(strapi).identity(jurisdiction) : undefined;
    const bytes = await pdf().finish(
      rendered.value.pdf,
      meta,
      identity && signingTime
        ? { identity, signingTime, reason: meta.subject, location }
        : undefined,
    );
    return { pdf: bytes, title: rendered.value.title };
  }

  return { metadata, renderFinished };
}
