import type { HonoreeLine, HonoreeListDocument } from "@/lib/exports/honoree-list";
import { tinosFontFaces } from "@/lib/exports/font-files";

/**
 * The honoree list laid out as the official annex (issuer block left, motto right, place and date,
 * centred bold title, "(Kèm theo …)", numbered sections in bordered tables, signature block).
 * Sized in physical units so the screen preview matches the A4 print.
 */
export function HonoreeAnnex({ doc }: { doc: HonoreeListDocument }) {
  return (
    <article
      className="annex mx-auto bg-white text-black"
      lang="vi"
      data-draft={doc.draft || undefined}
      data-style={doc.style}
    >
      {doc.draft ? (
        <p className="annex-draft" data-testid="draft-mark">
          {doc.draftMark}
        </p>
      ) : null}
      <header className="annex-head">
        <div className="annex-issuer">
          {doc.issuerLines.map((l, i) => (
            <p key={i} className={l.bold ? "font-bold" : undefined}>
              {l.lines.map((part, j) => (
                <span key={j} className="annex-line">
                  {part}
                </span>
              ))}
            </p>
          ))}
          {doc.issuerStar ? <p aria-hidden="true">*</p> : <p aria-hidden="true" className="annex-rule" />}
          <p>{doc.numberLine}</p>
        </div>
        <div className="annex-motto">
          {doc.mottoLines.map((m, i) => (
            <p key={i} className={i === 0 ? "annex-motto-top font-bold" : "annex-motto-sub font-bold"}>
              {doc.style === "PARTY" ? (
                <u>{m}</u>
              ) : i === doc.mottoLines.length - 1 ? (
                // Nghị định 30/2020: a solid line under the motto, as long as the motto.
                <span className="annex-motto-rule" data-testid="motto-rule">
                  {m}
                </span>
              ) : (
                m
              )}
            </p>
          ))}
          <p className="annex-placedate">{doc.placeDate}</p>
        </div>
      </header>

      <h1 className="annex-title">{doc.title}</h1>
      <p className="annex-subtitle">{doc.subtitle}</p>
      <p className="annex-of">{doc.annexOf}</p>

      {doc.collectives.length ? (
        <Section heading={doc.collectivesHeading} columns={doc.columns} lines={doc.collectives} />
      ) : null}
      {doc.individuals.length ? (
        <Section heading={doc.individualsHeading} columns={doc.columns} lines={doc.individuals} />
      ) : null}

      <footer className="annex-sign">
        <p className="font-bold">{doc.signer.title}</p>
        <p className="annex-sign-space" aria-hidden="true" />
        <p className="font-bold">{doc.signer.name}</p>
      </footer>
    </article>
  );
}

function Section({ heading, columns, lines }: { heading: string; columns: readonly string[]; lines: HonoreeLine[] }) {
  return (
    <section className="annex-section">
      <h2 className="annex-section-title">{heading}</h2>
      <table className="annex-table">
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.no}>
              <td className="annex-no">{l.no}</td>
              <td>{l.displayName}</td>
              <td>{l.unitAddress}</td>
              <td>{l.modelTitle}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Screen and print styles of the annex; print hides the portal's header, navigation and footer. The
 * typeface is Tinos served from public/ (the same files the PDF embeds), so every machine prints the
 * same glyphs; Times New Roman and the others are only fallbacks while it loads.
 */
export const annexCss = `
${tinosFontFaces()}
.annex { position: relative; width: 210mm; max-width: 100%; padding: 20mm 15mm 20mm 30mm; font-family: Tinos, "Times New Roman", "Liberation Serif", "Noto Serif", serif; font-size: 13pt; line-height: 1.35; box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); }
.annex p { margin: 0; }
.annex-head { display: flex; justify-content: space-between; gap: 8mm; text-align: center; }
.annex-issuer { flex: 0 1 45%; }
.annex-motto { flex: 0 1 55%; }
.annex-rule { width: 30%; margin: 2pt auto !important; border-top: 1px solid #000; }
.annex-line { display: block; }
.annex-motto-rule { display: inline-block; padding-bottom: 1pt; border-bottom: 1px solid #000; }
/* Nghị định 30/2020: the national title in 12 pt capitals stays on one line beside the issuer; the motto 13 pt. */
.annex[data-style=STATE] .annex-head { font-size: 12pt; }
@media not (max-width: 640px), print { .annex[data-style=STATE] .annex-motto-top { white-space: nowrap; } }
.annex[data-style=STATE] .annex-motto-sub { font-size: 13pt; }
.annex-placedate { margin-top: 10pt !important; font-style: italic; }
.annex-title { margin-top: 18pt; text-align: center; font-size: 14pt; font-weight: 700; }
.annex-subtitle { text-align: center; font-weight: 700; }
.annex-of { text-align: center; font-style: italic; margin-bottom: 12pt !important; }
.annex-section { margin-top: 10pt; }
.annex-section-title { font-size: 13pt; font-weight: 700; margin-bottom: 4pt; }
.annex-table { width: 100%; border-collapse: collapse; font-size: 12pt; }
.annex-table th, .annex-table td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; }
.annex-table th { text-align: center; font-weight: 700; }
.annex-table thead { display: table-header-group; }
.annex-table tr { break-inside: avoid; page-break-inside: avoid; }
.annex-no { text-align: center !important; width: 10mm; }
.annex-sign { margin-top: 16pt; margin-left: auto; width: 50%; text-align: center; break-inside: avoid; }
.annex-sign-space { height: 22mm; }
@media (max-width: 640px) { .annex { padding: 6mm 4mm; font-size: 11pt; } .annex-head { flex-direction: column; } .annex-table { font-size: 10pt; } }
.annex-draft { position: absolute; top: 8mm; right: 15mm; border: 1.5px solid #000; padding: 1pt 6pt; font-weight: 700; }
/* Page numbers from page 2, centred in the top margin, as in the PDF and the Word file (Nghị định 30/2020). */
@page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font-family: Tinos, "Times New Roman", serif; font-size: 13pt; } }
@page :first { @top-center { content: none; } }
@media print {
  html, body { background: #fff !important; }
  body > div > header, body header:not(.annex-head), aside, nav, footer:not(.annex-sign), .no-print, #__next-route-announcer__ { display: none !important; }
  main { padding: 0 !important; }
  .annex { width: auto; padding: 0; box-shadow: none; font-size: 13pt; }
  .annex-head { flex-direction: row; }
  /* Fixed boxes repeat on every printed page: a draft says so on each sheet. */
  .annex-draft { position: fixed; top: -12mm; right: 0; }
}
`;
