// Decodes the SVG back with a real QR reader (jsQR) after drawing its path onto a bitmap.
import jsQR from "jsqr";
import { joinQrCodeSvg } from "@/app/_domain/live/join-qr-code";

const PX = 4;

/** Rasterizes the qrcode package's SVG: one stroked path of horizontal runs ("M x y", "m dx dy", "h n"). */
function rasterize(svg: string): { data: Uint8ClampedArray; width: number; height: number } {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !d) throw new Error("unexpected SVG shape");
  const dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([MmhH])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (cmd === "M") [x, y] = [Number(a), Number(b)];
    else if (cmd === "m") [x, y] = [x + Number(a), y + Number(b)];
    else {
      const to = cmd === "h" ? x + Number(a) : Number(a);
      for (let col = x; col < to; col++) dark[Math.floor(y)][col] = true;
      x = to;
    }
  }
  const width = size * PX;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      if (!dark[Math.floor(py / PX)][Math.floor(px / PX)]) continue;
      data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return { data, width, height: width };
}

test.each([
  "http://localhost:3000/ja/join/482913",
  "https://quiz.example.ac.jp/en/join/730154",
])("the SVG decodes back to %s", async (url) => {
  const svg = await joinQrCodeSvg(url, { label: "QR" });
  const image = rasterize(svg);
  expect(jsQR(image.data, image.width, image.height)?.data).toBe(url);
});

test("the decoder is not fooled: a different URL decodes to itself, not the first", async () => {
  const a = rasterize(await joinQrCodeSvg("http://localhost:3000/ja/join/482913", { label: "QR" }));
  const b = rasterize(await joinQrCodeSvg("http://localhost:3000/ja/join/482914", { label: "QR" }));
  expect(jsQR(b.data, b.width, b.height)?.data).toBe("http://localhost:3000/ja/join/482914");
  expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(false);
});

test("an image with an accessible name, escaped; a scalable viewBox with a quiet zone", async () => {
  const svg = await joinQrCodeSvg("http://localhost:3000/en/join/482913", { label: `Join "game" <482913> & play` });
  expect(svg).toMatch(/^<svg role="img" aria-label="Join &quot;game&quot; &lt;482913&gt; &amp; play" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
  expect(svg).not.toMatch(/<script|on\w+=/i);
  expect(svg.endsWith("</svg>")).toBe(true);
});

test("only web URLs", async () => {
  await expect(joinQrCodeSvg("javascript:alert(1)", { label: "QR" })).rejects.toThrow("not a web URL");
  await expect(joinQrCodeSvg("not a url", { label: "QR" })).rejects.toThrow();
});
