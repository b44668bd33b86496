/// Estimates how wide a text is drawn, without a font engine.
///
/// The diagram is laid out before any browser renders it, so widths come from the proportions of
/// a typical sans-serif face (Helvetica, Arial, DejaVu Sans), by character class, rounded up.
/// The estimate leans wide so labels fit in every one of those faces.
public enum TextMetrics {
    /// Returns the estimated width, in pixels, of `text` at `fontSize` pixels.
    public static func width(of text: String, fontSize: Int, bold: Bool = false) -> Int {
        var ems = 0.0
        for character in text {
            ems += advance(of: character)
        }
        if bold {
            ems *= 1.08
        }
        return Int((ems * Double(fontSize)).rounded(.up))
    }

    /// Returns the advance of one character, in ems.
    private static func advance(of character: Character) -> Double {
        if " ilj.,:;'|!()[]{}".contains(character) { return 0.32 }
        if "ftr-/".contains(character) { return 0.40 }
        if "mwMW@%".contains(character) { return 0.92 }
        if character.isNumber { return 0.58 }
        if character.isUppercase { return 0.72 }
        if character.isLowercase { return 0.58 }
        return 0.62
    }
}
