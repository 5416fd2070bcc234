// The visible marks of a signed document: the body's red seal and the signer's blue signature,
// drawn as SVG from the body's name (demonstration marks, replaced by scanned images when the
// body supplies them).

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A round seal: the body's name around the rim (one rotated glyph each), a star in the centre. */
export function sealSvg(bodyName: string): string {
  const chars = [...bodyName.toLocaleUpperCase('vi-VN')];
  const span = 300;
  const step = chars.length > 1 ? span / (chars.length - 1) : 0;
  const glyphs = chars
    .map((c, i) =>
      c === ' '
        ? ''
        : `<text transform="rotate(${(-span / 2 + i * step).toFixed(2)} 100 100)" x="100" y="34" text-anchor="middle">${escape(c)}</text>`,
    )
    .join('');
  return (
    '<svg class="seal" viewBox="0 0 200 200" xmlns="http://www.w3.org/2000/svg">' +
    '<g fill="none" stroke="#d4121e" stroke-width="5"><circle cx="100" cy="100" r="95"/><circle cx="100" cy="100" r="58" stroke-width="3"/></g>' +
    `<g fill="#d4121e" font-family="DejaVu Serif, Tinos, serif" font-weight="700" font-size="17">${glyphs}</g>` +
    '<polygon fill="#d4121e" points="100,62 109,89 138,89 115,106 123,134 100,117 77,134 85,106 62,89 91,89"/>' +
    '</svg>'
  );
}

/** A handwritten-looking signature stroke, different for each name. */
export function handSvg(name: string): string {
  let seed = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 1000) / 1000;
  const points = Array.from({ length: 9 }, (_, i) => `${20 + i * 24},${40 + (rnd() - 0.5) * 44}`);
  return (
    '<svg class="hand" viewBox="0 0 240 90" xmlns="http://www.w3.org/2000/svg">' +
    `<path d="M ${points[0]} C ${points.slice(1, 4).join(' ')} S ${points.slice(4, 6).join(' ')} S ${points.slice(6, 8).join(' ')}" fill="none" stroke="#1a3fb0" stroke-width="4" stroke-linecap="round"/>` +
    `<path d="M 30,${70 + rnd() * 8} Q 120,${50 + rnd() * 20} 215,${62 + rnd() * 10}" fill="none" stroke="#1a3fb0" stroke-width="3" stroke-linecap="round"/>` +
    '</svg>'
  );
}
