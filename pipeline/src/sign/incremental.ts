// An incremental update of a signed PDF (ISO 32000-1, 7.5.6): new and changed objects, a new
// cross-reference section and a trailer pointing back at the previous one are appended, and not
// one byte of what was signed changes. Objects are read with pdf-lib and written with its own
// serialisation; used for the DSS (long-term validation data) and the document timestamp.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from 'pdf-lib';

export class IncrementalUpdate {
  private readonly bodies = new Map<number, Buffer>();
  private next: number;

  private constructor(
    private readonly original: Buffer,
    readonly doc: PDFDocument,
  ) {
    this.next = doc.context.largestObjectNumber + 1;
  }

  static async open(pdf: Buffer): Promise<IncrementalUpdate> {
    return new IncrementalUpdate(pdf, await PDFDocument.load(pdf, { updateMetadata: false }));
  }

  get catalog(): PDFDict {
    return this.doc.catalog;
  }

  get catalogRef(): PDFRef {
    return this.doc.context.trailerInfo.Root as PDFRef;
  }

  /** A new object; returns its reference. */
  add(body: string | Buffer): PDFRef {
    const ref = PDFRef.of(this.next++);
    this.bodies.set(ref.objectNumber, Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'));
    return ref;
  }

  /** A new stream object holding `data` as it is (DER certificates and CRLs need no filter). */
  addStream(data: Buffer, dict = ''): PDFRef {
    return this.add(
      Buffer.concat([
        Buffer.from(`<< /Length ${data.length}${dict ? ` ${dict}` : ''} >>\nstream\n`, 'latin1'),
        data,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
  }

  /** Writes an existing object again, as it is now in `this.doc` (after changes made to it). */
  rewrite(ref: PDFRef): void {
    const object = this.doc.context.lookup(ref);
    if (!object) throw new Error(`Không có đối tượng ${ref.toString()} trong tệp PDF.`);
    this.bodies.set(ref.objectNumber, Buffer.from(object.toString(), 'latin1'));
  }

  /**
   * An array in a dictionary, with `item` appended, written back where the array lives: inline in
   * the dictionary (which the caller then rewrites) or as its own object (rewritten here).
   */
  appendTo(dict: PDFDict, key: string, item: PDFObject): void {
    const name = PDFName.of(key);
    const held = dict.get(name);
    if (held instanceof PDFRef) {
      (this.doc.context.lookup(held, PDFArray) as PDFArray).push(item);
      this.rewrite(held);
    } else if (held instanceof PDFArray) held.push(item);
    else dict.set(name, this.doc.context.obj([item]));
  }

  /** The original bytes followed by the update. */
  serialize(): Buffer {
    const prev = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(
      this.original.subarray(-64).toString('latin1'),
    );
    if (!prev)
      throw new Error('Tệp PDF không kết thúc bằng startxref: không cập nhật tăng dần được.');
    const parts: Buffer[] = [
      this.original,
      Buffer.from(this.original.at(-1) === 0x0a ? '' : '\n', 'latin1'),
    ];
    let offset = parts.reduce((n, p) => n + p.length, 0);
    const entries: [number, number][] = [];
    for (const [n, body] of [...this.bodies].sort(([a], [b]) => a - b)) {
      const object = Buffer.concat([
        Buffer.from(`${n} 0 obj\n`, 'latin1'),
        body,
        Buffer.from('\nendobj\n', 'latin1'),
      ]);
      entries.push([n, offset]);
      parts.push(object);
      offset += object.length;
    }
    // One subsection per object: each entry exactly 20 bytes.
    const xref = [
      'xref',
      ...entries.map(([n, at]) => `${n} 1\n${String(at).padStart(10, '0')} 00000 n\r`),
    ].join('\n');
    const t = this.doc.context.trailerInfo;
    const trailer = [
      `/Size ${this.next}`,
      `/Root ${this.catalogRef.toString()}`,
      t.Info ? `/Info ${t.Info.toString()}` : '',
      t.ID ? `/ID ${t.ID.toString()}` : '',
      `/Prev ${prev[1]}`,
    ]
      .filter(Boolean)
      .join(' ');
    parts.push(
      Buffer.from(`${xref}\ntrailer\n<< ${trailer} >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'),
    );
    return Buffer.concat(parts);
  }
}
