// A rendered chart as PNG bytes (pngjs, pure JavaScript: no native canvas to install).
import { PNG } from 'pngjs';
import type { Bitmap } from '../../flows/reports/chart.js';

export function encodePng(bitmap: Bitmap): Buffer {
  const png = new PNG({ width: bitmap.width, height: bitmap.height });
  png.data = Buffer.from(bitmap.data.buffer, bitmap.data.byteOffset, bitmap.data.byteLength);
  return PNG.sync.write(png, { colorType: 2 });
}
