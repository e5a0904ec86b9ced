// What the operator reads on /admin/pairing: Indonesian by default, English with ?lang=en.
import type { PairingState } from '../transport/baileys/pairing.js';

export type PairingLanguage = 'id' | 'en';

export interface PairingText {
  title: string;
  states: Record<PairingState, string>;
  scanQr: string;
  typeCode: string;
  number: string;
  refreshes: (seconds: number) => string;
}

const id: PairingText = {
  title: 'Loket: tautkan WhatsApp',
  states: {
    standby: 'Siaga: proses Loket lain sedang memegang nomor ini. Halaman ini akan berubah bila proses ini mengambil alih.',
    connecting: 'Menghubungkan ke WhatsApp…',
    qr: 'Menunggu pemindaian kode QR.',
    code: 'Menunggu kode penautan dimasukkan.',
    paired: 'Terhubung. WhatsApp sudah tertaut dan siap.',
    logged_out: 'Perangkat dikeluarkan atau nomor dibatasi. Data login sudah dihapus: mulai ulang Loket untuk menautkan lagi.',
    stopped: 'Koneksi WhatsApp dihentikan.',
    down: 'Koneksi terputus dan perlu tindakan: lihat log (event wa_alert) dan docs/whatsapp.md.',
  },
  scanQr: 'Di telepon: WhatsApp › Setelan › Perangkat tertaut › Tautkan perangkat, lalu pindai kode ini.',
  typeCode: 'Di telepon: WhatsApp › Perangkat tertaut › Tautkan perangkat › Tautkan dengan nomor telepon saja, lalu ketik kode ini.',
  number: 'Nomor',
  refreshes: (seconds) => `Halaman ini diperbarui otomatis setiap ${seconds} detik.`,
};

const en: PairingText = {
  title: 'Loket: link WhatsApp',
  states: {
    standby: 'Standby: another Loket process holds this number. This page changes if this process takes over.',
    connecting: 'Connecting to WhatsApp…',
    qr: 'Waiting for the QR code to be scanned.',
    code: 'Waiting for the pairing code to be entered.',
    paired: 'Connected. WhatsApp is linked and ready.',
    logged_out: 'The device was logged out or the number is restricted. The login was deleted: restart Loket to link again.',
    stopped: 'The WhatsApp connection is stopped.',
    down: 'Disconnected and needs attention: see the log (event wa_alert) and docs/whatsapp.md.',
  },
  scanQr: 'On the phone: WhatsApp › Settings › Linked devices › Link a device, then scan this code.',
  typeCode: 'On the phone: WhatsApp › Linked devices › Link a device › Link with phone number instead, then type this code.',
  number: 'Number',
  refreshes: (seconds) => `This page refreshes itself every ${seconds} seconds.`,
};

export const PAIRING_TEXT: Record<PairingLanguage, PairingText> = { id, en };
