// Text as Handlebars escaped it, back to text: the PDF's title from a document's <title>, a data
// URL from an attribute for a stylesheet (where character references are not decoded).
const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#x60;': '`',
  '&#x3D;': '=',
};

export function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#x27|#x60|#x3D);/g, (e) => entities[e]);
}
