// qrcode-terminal ships no types; only the call used for printing the pairing QR is declared.
declare module 'qrcode-terminal' {
  const qrcode: {
    generate(input: string, opts?: { small?: boolean }, cb?: (output: string) => void): void;
  };
  export default qrcode;
}
