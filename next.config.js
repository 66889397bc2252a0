// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./app/_i18n/request.ts",
  // The catalogs are compiled at build time (next-intl's precompile), so the browser gets a small
  // formatter instead of the ICU message parser (about 10 KB gzip less on every page).
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "kuromoji"],
};

module.exports = withNextIntl(nextConfig);
