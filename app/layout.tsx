import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
// Be Vietnam Pro, self-hosted (vietnamese, latin-ext and latin subsets picked by unicode-range), so no font
// is fetched from a CDN at build or run time; font-display: optional, see fonts.css.
import "./fonts.css";
import "./globals.css";
import { vi } from "@/lib/i18n/vi";

export const metadata: Metadata = {
  title: { default: vi.app.name, template: `%s · ${vi.app.name}` },
  description: vi.app.description,
  applicationName: vi.app.name,
  formatDetection: { telephone: false },
  // Static files of public/ (favicon.ico for browsers that do not take SVG icons).
  icons: {
    icon: [
      { url: "/icon.svg", type: "image/svg+xml" },
      { url: "/favicon.ico", sizes: "any" },
    ],
  },
};

export const viewport: Viewport = {
  themeColor: "#b91c1c",
  colorScheme: "light",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, so Next can put this request's CSP nonce (proxy.ts) on its scripts.
  await connection();
  return (
    <html lang="vi">
      <body className="min-h-dvh">
        <a
          href="#noi-dung"
          className="sr-only z-50 rounded-md bg-white px-4 py-3 font-semibold text-slate-900 shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          {vi.app.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
