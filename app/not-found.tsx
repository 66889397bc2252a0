"use client";
import NextError from "next/error";

// Requests outside any locale (rare: the proxy redirects them) get the plain 404.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <NextError statusCode={404} />
      </body>
    </html>
  );
}
