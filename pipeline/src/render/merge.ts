// Official acts printed together in one Chromium job and split back, each as if printed alone.
// An act numbers its pages from the second (Decree 30), so each document is set on pages of a
// name of its own whose counter only its pages increase, the first value printing nothing; and
// its first page carries a link to a marker address, by which the PDF is cut back into
// documents of any length. The markers are taken out of the pages before they are copied.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFPage, PDFString, PDFHexString } from 'pdf-lib';

const MARK = 'https://dienhinh-document.invalid/';

/** The page rules for `n` documents printed together, numbered each from its second page. */
export function numberedPageRules(n: number): string {
  const rules = [
    '@counter-style dh-from-two{system:extends decimal;range:2 infinite;fallback:dh-none}',
    '@counter-style dh-none{system:cyclic;symbols:"";suffix:""}',
  ];
  for (let i = 0; i < n; i++)
    rules.push(
      `@page dh-d${i}{counter-increment:dh-p${i};@top-center{content:counter(dh-p${i},dh-from-two)}}`,
    );
  return rules.join('');
}

/** Document `i`'s body on its own named pages, its marker at the top of its first. */
export function numberedBody(i: number, body: string): string {
  const marker = `<a href="${MARK}${i}" style="position:absolute;top:0;left:0;display:block;width:1px;height:1px"></a>`;
  return `<div style="page: dh-d${i}; position: relative">${marker}${body}</div>`;
}

/** The document numbers whose markers `page` carries, in order; the markers are removed from it. */
function takeMarkers(page: PDFPage): number[] {
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (!annots) return [];
  const found: number[] = [];
  const kept = PDFArray.withContext(page.doc.context);
  for (let k = 0; k < annots.size(); k++) {
    const uri = annots
      .lookupMaybe(k, PDFDict)
      ?.lookupMaybe(PDFName.of('A'), PDFDict)
      ?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)
      ?.decodeText();
    if (uri?.startsWith(MARK)) found.push(Number(uri.slice(MARK.length)));
    else kept.push(annots.get(k));
  }
  if (found.length === 0) return found;
  if (kept.size() > 0) page.node.set(PDFName.of('Annots'), kept);
  else page.node.delete(PDFName.of('Annots'));
  return found;
}

/**
 * One PDF per document of `pdf` (printed from numberedBody's), each titled from `titles`; none
 * when the markers do not show every document starting on a page of its own, in order.
 */
export async function splitDocuments(pdf: Buffer, titles: string[]): Promise<Buffer[]> {
  const source = await PDFDocument.load(pdf, { updateMetadata: false });
  const starts: number[] = [];
  let inOrder = true;
  source.getPages().forEach((page, p) => {
    const marks = takeMarkers(page);
    if (marks.length > 1) inOrder = false;
    for (const i of marks) {
      if (i !== starts.length) inOrder = false;
      starts.push(p);
    }
  });
  if (!inOrder || starts.length !== titles.length || starts[0] !== 0) return [];
  const out: Buffer[] = [];
  for (let i = 0; i < titles.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : source.getPageCount();
    const doc = await PDFDocument.create({ updateMetadata: false });
    const range = Array.from({ length: end - starts[i] }, (_, k) => starts[i] + k);
    for (const page of await doc.copyPages(source, range)) doc.addPage(page);
    doc.setTitle(titles[i]);
    out.push(Buffer.from(await doc.save({ useObjectStreams: false })));
  }
  return out;
}
