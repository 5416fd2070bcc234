// The images of a signature's appearance (Decree 30): the body's red seal and the signer's
// blue signature, as transparent PNG data URLs. Drawn as SVG, rasterised with sharp so that
// their lettering is image, not text in the PDF; cached per body and signer.
import sharp from 'sharp';
import { handSvg, sealSvg } from '../../../templates/helpers/stamps';

const cache = new Map<string, Promise<string>>();

function png(svg: string, width: number, height: number): Promise<string> {
  const key = `${width}x${height}:${svg}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = sharp(Buffer.from(svg.replace('<svg ', `<svg width="${width}" height="${height}" `)))
      .png()
      .toBuffer()
      .then((b) => `data:image/png;base64,${b.toString('base64')}`);
    cache.set(key, hit);
  }
  return hit;
}

export async function signatureImages(
  bodyName: string,
  signerName: string,
): Promise<{ seal: string; hand: string }> {
  const [seal, hand] = await Promise.all([
    png(sealSvg(bodyName), 400, 400),
    png(handSvg(signerName), 480, 180),
  ]);
  return { seal, hand };
}

/** What a stored image is, read from its bytes: for checking uploaded seals and signatures. */
export async function imageFacts(
  bytes: Buffer,
): Promise<{ width?: number; height?: number; hasAlpha: boolean; format?: string }> {
  const m = await sharp(bytes).metadata();
  return { width: m.width, height: m.height, hasAlpha: !!m.hasAlpha, format: m.format };
}
