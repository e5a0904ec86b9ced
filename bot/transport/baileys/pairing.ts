// How a pairing QR or code reaches a human: printed in the terminal by default; the admin page reads
// the same values through BaileysTransport.pairing().
import qrcode from 'qrcode-terminal';

export type PairingState = 'standby' | 'connecting' | 'qr' | 'code' | 'paired' | 'logged_out' | 'stopped' | 'down';

export interface PairingInfo {
  state: PairingState;
  /** The current QR payload (render it as a QR code); rotates every ~20 s until scanned. */
  qr?: string;
  /** The 8-character code to type in WhatsApp › Linked devices › Link with phone number. */
  code?: string;
}

export interface PairingPresenter {
  qr(qr: string): void;
  code(code: string): void;
}

export const terminalPresenter: PairingPresenter = {
  qr: (qr) => {
    qrcode.generate(qr, { small: true }, (art) => process.stdout.write(`\nScan with WhatsApp › Linked devices:\n${art}\n`));
  },
  code: (code) => {
    process.stdout.write(`\nWhatsApp pairing code: ${code}\nEnter it in WhatsApp › Linked devices › Link with phone number.\n`);
  },
};
