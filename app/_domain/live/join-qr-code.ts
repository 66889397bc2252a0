// The QR code of a game's join URL, as an SVG string rendered on the server (no client JS, sharp at any
// projector size). Error correction M survives a phone camera at an angle across a classroom; the
// four-module quiet zone is what the QR standard asks for.
import QRCode from "qrcode";

export interface JoinQrOptions {
  /** The accessible name of the image, in the host's language (e.g. "QR code to join game 482913"). */
  label: string;
}

export async function joinQrCodeSvg(joinUrl: string, { label }: JoinQrOptions): Promise<string> {
  const url = new URL(joinUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`not a web URL: ${joinUrl}`);
  const svg = await QRCode.toString(url.toString(), { type: "svg", errorCorrectionLevel: "M", margin: 4 });
  return svg.trim().replace("<svg ", `<svg role="img" aria-label="${escapeAttribute(label)}" `);
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
