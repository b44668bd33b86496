/// A box-drawn text table; the first columns are left-aligned (text), the others right-aligned (counts).
struct Table: Sendable {
    var header: [String]
    var rows: [[String]]
    /// How many leading columns hold text rather than numbers.
    var textColumns = 1

    /// Returns the table's lines.
    func render() -> [String] {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }

        func line(_ left: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
        }
        func format(_ cells: [String]) -> String {
            let padded = widths.indices.map { index in
                let cell = index < cells.count ? cells[index] : ""
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return index < textColumns ? " \(cell)\(padding) " : " \(padding)\(cell) "
            }
            return "│" + padded.joined(separator: "│") + "│"
        }

        var lines = [line("┌", "┬", "┐"), format(header), line("├", "┼", "┤")]
        lines.append(contentsOf: rows.map(format))
        lines.append(line("└", "┴", "┘"))
        return lines
    }
}
