import RempartSupport

/// The messages of `JSONParser`, each saying what is wrong and what to do.
extension JSONParser {
    private static func json(_ english: String, fr french: String) -> LocalizedText {
        LocalizedText("invalid JSON: " + english, fr: "JSON invalide : " + french)
    }

    static func unexpectedEnd() -> LocalizedText {
        json(
            "unexpected end of file; a value, '}' or ']' is missing",
            fr: "fin de fichier inattendue ; il manque une valeur, un « } » ou un « ] »"
        )
    }

    static func trailingContent(found: LocalizedText) -> LocalizedText {
        json(
            "unexpected \(found.english) after the end of the document; a template contains exactly one JSON object",
            fr: "\(found.french) inattendu après la fin du document ; un modèle contient un seul objet JSON"
        )
    }

    static func expectedValue(found: LocalizedText) -> LocalizedText {
        json(
            "expected a value (object, array, string, number, true, false or null) but found \(found.english); "
                + "quote strings with double quotes",
            fr: "valeur attendue (objet, tableau, chaîne, nombre, true, false ou null), mais on trouve \(found.french) ; "
                + "mettez les chaînes entre guillemets doubles"
        )
    }

    static func expectedKey(found: LocalizedText) -> LocalizedText {
        json(
            "expected an object key in double quotes but found \(found.english)",
            fr: "clé d'objet entre guillemets doubles attendue, mais on trouve \(found.french)"
        )
    }

    static func expectedKeyAfterComma(found: LocalizedText) -> LocalizedText {
        json(
            "expected an object key in double quotes after ',' but found \(found.english); "
                + "remove the trailing comma or add the missing member",
            fr: "clé d'objet entre guillemets doubles attendue après « , », mais on trouve \(found.french) ; "
                + "retirez la virgule finale ou ajoutez le membre manquant"
        )
    }

    static func expectedColon(after key: String, found: LocalizedText) -> LocalizedText {
        json(
            "expected ':' after the object key '\(key)' but found \(found.english)",
            fr: "« : » attendu après la clé d'objet « \(key) », mais on trouve \(found.french)"
        )
    }

    static func expectedCommaOrBrace(found: LocalizedText) -> LocalizedText {
        json(
            "expected ',' or '}' after an object member but found \(found.english); "
                + "add the missing comma or close the object",
            fr: "« , » ou « } » attendu après un membre d'objet, mais on trouve \(found.french) ; "
                + "ajoutez la virgule manquante ou fermez l'objet"
        )
    }

    static func expectedCommaOrBracket(found: LocalizedText) -> LocalizedText {
        json(
            "expected ',' or ']' after an array element but found \(found.english); "
                + "add the missing comma or close the array",
            fr: "« , » ou « ] » attendu après un élément de tableau, mais on trouve \(found.french) ; "
                + "ajoutez la virgule manquante ou fermez le tableau"
        )
    }

    static func unclosedObject(openedAt location: SourceLocation) -> LocalizedText {
        json(
            "unexpected end of file inside the object opened at line \(location.line), column \(location.column); "
                + "add the missing '}'",
            fr:
                "fin de fichier inattendue dans l'objet ouvert à la ligne \(location.line), colonne \(location.column) ; "
                + "ajoutez le « } » manquant"
        )
    }

    static func unclosedArray(openedAt location: SourceLocation) -> LocalizedText {
        json(
            "unexpected end of file inside the array opened at line \(location.line), column \(location.column); "
                + "add the missing ']'",
            fr:
                "fin de fichier inattendue dans le tableau ouvert à la ligne \(location.line), colonne \(location.column) ; "
                + "ajoutez le « ] » manquant"
        )
    }

    static func trailingCommaInArray() -> LocalizedText {
        json(
            "expected an array element after ',' but found ']'; remove the trailing comma",
            fr: "élément de tableau attendu après « , », mais « ] » trouvé ; retirez la virgule finale"
        )
    }

    static func invalidLiteral() -> LocalizedText {
        json(
            "invalid literal; write true, false or null in lowercase, or quote the text as a string",
            fr: "littéral invalide ; écrivez true, false ou null en minuscules, ou mettez le texte entre guillemets"
        )
    }

    static func invalidNumber() -> LocalizedText {
        json(
            "invalid number; a digit is missing (write 0.5, not .5 or 5.), or quote the value as a string",
            fr:
                "nombre invalide ; il manque un chiffre (écrivez 0.5, pas .5 ni 5.), ou mettez la valeur entre guillemets"
        )
    }

    static func leadingZero() -> LocalizedText {
        json(
            "numbers cannot start with 0; quote the value as a string if the zeros matter (\"0123\")",
            fr:
                "un nombre ne peut pas commencer par 0 ; mettez la valeur entre guillemets si les zéros comptent (\"0123\")"
        )
    }

    static func unterminatedString() -> LocalizedText {
        json(
            "string not closed; add the closing double quote",
            fr: "chaîne non fermée ; ajoutez le guillemet double fermant"
        )
    }

    static func controlCharacter(_ byte: UInt8) -> LocalizedText {
        let name = byte == 0x0A || byte == 0x0D ? "line break" : (byte == 0x09 ? "tab" : "control character")
        let nameFR =
            byte == 0x0A || byte == 0x0D ? "saut de ligne" : (byte == 0x09 ? "tabulation" : "caractère de contrôle")
        return json(
            "\(name) inside a string; write it as an escape (\\n, \\t, \\u00XX) or close the string",
            fr: "\(nameFR) dans une chaîne ; écrivez-le sous forme d'échappement (\\n, \\t, \\u00XX) ou fermez la chaîne"
        )
    }

    static func invalidEscape(found: LocalizedText) -> LocalizedText {
        json(
            "invalid escape \\\(found.english.trimmingQuotes) in a string; "
                + "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX, and a backslash is written \\\\",
            fr: "échappement \\\(found.french.trimmingQuotes) invalide dans une chaîne ; "
                + "les échappements valides sont \\\" \\\\ \\/ \\b \\f \\n \\r \\t et \\uXXXX, et une barre oblique inverse s'écrit \\\\"
        )
    }

    static func invalidUnicodeEscape() -> LocalizedText {
        json(
            "invalid \\u escape; write exactly four hexadecimal digits (\\u00e9)",
            fr: "échappement \\u invalide ; écrivez exactement quatre chiffres hexadécimaux (\\u00e9)"
        )
    }

    static func loneSurrogate() -> LocalizedText {
        json(
            "invalid \\u escape: a UTF-16 surrogate must come in a high and low pair",
            fr: "échappement \\u invalide : une demi-paire UTF-16 doit être suivie de sa seconde moitié"
        )
    }

    static func tooDeep() -> LocalizedText {
        json(
            "objects and arrays are nested more than \(maxDepth) levels deep; no CloudFormation template "
                + "needs this many, so check the file was not generated or concatenated by mistake",
            fr: "les objets et tableaux sont imbriqués sur plus de \(maxDepth) niveaux ; aucun modèle CloudFormation "
                + "n'en demande autant, vérifiez que le fichier n'a pas été généré ou concaténé par erreur"
        )
    }
}

extension String {
    /// The text without one pair of surrounding single quotes.
    fileprivate var trimmingQuotes: String {
        guard utf8.count >= 2, hasPrefix("'"), hasSuffix("'") else { return self }
        return String(dropFirst().dropLast())
    }
}
