extension MitigationReport {
    /// The HTML page's stylesheet, inlined so the page needs no other file.
    ///
    /// Colours only repeat what the text states, so a black-and-white print loses nothing.
    static let stylesheet = """
        :root { color-scheme: light; }
        body { font-family: Helvetica, Arial, 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 14px;
          line-height: 1.45; color: #0f141a; background: #ffffff; margin: 0 auto; padding: 24px; max-width: 1200px; }
        h1 { font-size: 24px; margin: 0 0 8px; }
        h2 { font-size: 19px; margin: 28px 0 10px; border-bottom: 2px solid #0f141a; padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 20px 0 8px; }
        p.meta { margin: 2px 0; color: #414d5c; }
        code { font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 12.5px;
          background: #f2f3f3; padding: 0 3px; border-radius: 3px; overflow-wrap: anywhere; }
        table { border-collapse: collapse; margin: 8px 0 16px; }
        table.findings { width: 100%; }
        caption { text-align: left; font-weight: bold; padding: 4px 0; }
        th, td { border: 1px solid #879196; padding: 5px 8px; text-align: left; vertical-align: top; }
        thead th { background: #e9ebed; }
        tfoot th, tfoot td { font-weight: bold; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        td.check { min-width: 180px; }
        td.fix { min-width: 260px; }
        td.severity { white-space: nowrap; }
        td.place code, th.place code { white-space: nowrap; overflow-wrap: normal; }
        .resource { color: #414d5c; font-size: 12.5px; }
        .sev { display: inline-block; font-weight: bold; font-size: 12px; padding: 1px 6px; border-radius: 8px;
          border: 1px solid #000000; }
        .sev-critical { background: #7a0b0b; color: #ffffff; }
        .sev-high { background: #c9290f; color: #ffffff; }
        .sev-medium { background: #f2a900; color: #000000; }
        .sev-low { background: #2f6db3; color: #ffffff; }
        figure.diagram { margin: 8px 0 16px; overflow-x: auto; }
        figure.diagram svg { max-width: none; height: auto; display: block; }
        figcaption { color: #414d5c; font-size: 12.5px; margin-top: 4px; }
        @media print {
          @page { size: landscape; margin: 12mm; }
          body { padding: 0; max-width: none; font-size: 9pt; }
          th, td { padding: 3px 4px; overflow-wrap: anywhere; }
          td.check, td.fix { min-width: 0; }
          td.place code, th.place code { white-space: normal; overflow-wrap: anywhere; }
          table.findings { table-layout: fixed; }
          table.mitigations th:nth-child(1) { width: 22%; }
          table.mitigations th:nth-child(2) { width: 11%; }
          table.mitigations th:nth-child(3) { width: 20%; }
          table.mitigations th:nth-child(4) { width: 10%; }
          table.details th:nth-child(1) { width: 19%; }
          table.details th:nth-child(2) { width: 11%; }
          table.details th:nth-child(3) { width: 19%; }
          table.details th:nth-child(4) { width: 23%; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          tr, table.counts { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          figure.diagram { overflow: visible; break-inside: avoid; page-break-inside: avoid; }
          figure.diagram svg { width: 100%; max-width: 100%; max-height: 170mm; }
          .sev { background: #ffffff; color: #000000; font-size: 8.5pt; padding: 0 4px; }
          code { background: none; padding: 0; }
        }

        """
}
