// Draws the WhatsApp pairing QR as an inline SVG on the server, so the admin page needs no script.
// The encoder is the one qrcode-terminal already bundles (the terminal QR uses it too); the `qrcode`
// package would be the cleaner dependency if this ever needs more than one symbol on one page.
import QRCode from 'qrcode-terminal/vendor/QRCode/index.js';
import ErrorCorrection from 'qrcode-terminal/vendor/QRCode/QRErrorCorrectLevel.js';

/** Modules around the symbol that scanners need to find it (the standard asks for 4). */
const QUIET_ZONE = 4;

/** The QR symbol's modules, row by row: true is dark. Level M survives a glare on a laptop screen. */
export function qrMatrix(payload: string): boolean[][] {
  const code = new QRCode(-1, ErrorCorrection.M);
  code.addData(payload);
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

function darkSquares(matrix: boolean[][]): string {
  const squares: string[] = [];
  matrix.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) squares.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`);
  }));
  return squares.join('');
}

/** A standalone SVG of the QR; `pixels` is the rendered width and height. */
export function qrSvg(payload: string, pixels = 320): string {
  const matrix = qrMatrix(payload);
  const side = matrix.length + 2 * QUIET_ZONE;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${pixels}" height="${pixels}" shape-rendering="crispEdges" role="img" aria-label="QR">`
    + `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${darkSquares(matrix)}"/></svg>`;
}
