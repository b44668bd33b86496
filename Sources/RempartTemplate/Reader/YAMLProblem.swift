import CYAML
import RempartSupport

/// Turns libyaml's problems into messages in English and French, with what to do.
enum YAMLProblem {
    /// Returns the error for the problem recorded in `parser` after `yaml_parser_parse` failed.
    ///
    /// `bytes` is the parsed input. libyaml's reader errors (control characters, invalid
    /// encoding) record a byte offset instead of a mark, so their line and column come from it.
    static func error(from parser: yaml_parser_t, file: String, bytes: UnsafeBufferPointer<UInt8>) -> TemplateError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        let context = parser.context.map { String(cString: $0) }
        let location: SourceLocation
        if parser.error == YAML_READER_ERROR {
            let position = TextPosition.lineAndColumn(of: parser.problem_offset, in: bytes)
            location = SourceLocation(file: file, line: position.line, column: position.column)
        } else {
            let mark = parser.problem_mark
            location = SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
        }
        var contextLocation: SourceLocation?
        if context != nil {
            let mark = parser.context_mark
            contextLocation = SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
        }
        let message = explanation(problem: problem, context: context, contextLocation: contextLocation)
        return TemplateError(kind: .syntax, message: message, location: location, file: file)
    }

    /// Returns a plain explanation of a libyaml problem, or the problem itself when it is rare.
    static func explanation(problem: String, context: String?, contextLocation: SourceLocation?) -> LocalizedText {
        let english: String
        let french: String
        switch problem {
        case "mapping values are not allowed in this context":
            english =
                "mapping values are not allowed here; check the indentation of this line, "
                + "or quote a value that contains ': '"
            french =
                "les valeurs de mappage ne sont pas permises ici ; vérifiez l'indentation de cette ligne, "
                + "ou mettez entre guillemets une valeur qui contient « : » suivi d'une espace"
        case "did not find expected key":
            english = "expected a key at this indentation; align the line with the other keys of its mapping"
            french = "clé attendue à cette indentation ; alignez la ligne sur les autres clés de son mappage"
        case "did not find expected '-' indicator":
            english = "expected a list item starting with '-'; align the line with the other items of its list"
            french = "élément de liste commençant par « - » attendu ; alignez la ligne sur les autres éléments de sa liste"
        case "did not find expected node content":
            english = "expected a value; write a value after the key or the '-', or quote it"
            french = "valeur attendue ; écrivez une valeur après la clé ou le « - », ou mettez-la entre guillemets"
        case "found character that cannot start any token":
            english =
                "this character cannot start a value (a tab used for indentation, or '@' or '`' at the start "
                + "of a value); indent with spaces and quote values starting with '@' or '`'"
            french =
                "ce caractère ne peut pas commencer une valeur (tabulation utilisée pour l'indentation, ou « @ » ou « ` » "
                + "en début de valeur) ; indentez avec des espaces et mettez entre guillemets les valeurs qui commencent par « @ » ou « ` »"
        case "found a tab character that violates indentation",
            "found a tab character where an indentation space is expected":
            english = "a tab is used for indentation; YAML indentation must use spaces"
            french = "une tabulation sert à l'indentation ; l'indentation YAML doit utiliser des espaces"
        case "found unexpected end of stream":
            english = "unexpected end of file inside a quoted string; add the closing quote"
            french = "fin de fichier inattendue dans une chaîne entre guillemets ; ajoutez le guillemet fermant"
        case "could not find expected ':'":
            english = "expected ':' after a key; add the ':' or, for a multi-line value, quote it or use '|' or '>'"
            french =
                "« : » attendu après une clé ; ajoutez le « : » ou, pour une valeur sur plusieurs lignes, "
                + "mettez-la entre guillemets ou utilisez « | » ou « > »"
        case "did not find expected ',' or ']'":
            english = "expected ',' or ']' in a flow list; add the missing comma or close the list"
            french = "« , » ou « ] » attendu dans une liste en ligne ; ajoutez la virgule manquante ou fermez la liste"
        case "did not find expected ',' or '}'":
            english = "expected ',' or '}' in a flow mapping; add the missing comma or close the mapping"
            french = "« , » ou « } » attendu dans un mappage en ligne ; ajoutez la virgule manquante ou fermez le mappage"
        case "found unknown escape character":
            english =
                "unknown escape sequence in a double-quoted string; write a backslash as '\\\\' "
                + "or use single quotes"
            french =
                "séquence d'échappement inconnue dans une chaîne entre guillemets doubles ; écrivez une barre oblique "
                + "inverse « \\\\ » ou utilisez des apostrophes"
        case "found undefined tag handle":
            english = "unknown tag handle; CloudFormation tags are written with one '!' (!Ref, !Sub)"
            french =
                "préfixe d'étiquette inconnu ; les étiquettes CloudFormation s'écrivent avec un seul « ! » (!Ref, !Sub)"
        case "did not find expected comment or line break":
            english = "unexpected text after a value; quote the whole value or start a comment with ' #'"
            french =
                "texte inattendu après une valeur ; mettez toute la valeur entre guillemets ou commencez "
                + "un commentaire par ' #'"
        case "block sequence entries are not allowed in this context":
            english = "a list item '-' is not allowed here; put the list on its own lines, indented under its key"
            french =
                "un élément de liste « - » n'est pas permis ici ; placez la liste sur ses propres lignes, "
                + "indentée sous sa clé"
        case "did not find expected alphabetic or numeric character":
            english = "an anchor or alias name is missing after '&' or '*'; quote values that start with '&' or '*'"
            french =
                "il manque un nom d'ancre ou d'alias après « & » ou « * » ; mettez entre guillemets les valeurs "
                + "qui commencent par « & » ou « * »"
        case "control characters are not allowed":
            english =
                "control characters are not allowed in YAML; remove them or write them as escapes "
                + "in a double-quoted string"
            french =
                "les caractères de contrôle ne sont pas permis en YAML ; retirez-les ou écrivez-les "
                + "sous forme d'échappements dans une chaîne entre guillemets doubles"
        default:
            let contextSuffix = context.map { " (\($0))" } ?? ""
            english = "\(problem)\(contextSuffix)"
            french = "\(problem)\(contextSuffix) (message de libyaml)"
        }
        var text = LocalizedText("invalid YAML: " + english, fr: "YAML invalide : " + french)
        if let context, let contextLocation {
            text.english += "; \(context) that starts at line \(contextLocation.line), column \(contextLocation.column)"
            text.french +=
                " ; \(contextFrench(context)) qui commence à la ligne \(contextLocation.line), "
                + "colonne \(contextLocation.column)"
        }
        return text
    }

    private static func contextFrench(_ context: String) -> String {
        switch context {
        case "while parsing a block mapping": "dans le mappage"
        case "while parsing a block collection": "dans la liste"
        case "while parsing a flow mapping": "dans le mappage en ligne"
        case "while parsing a flow sequence": "dans la liste en ligne"
        case "while scanning a quoted scalar": "dans la chaîne entre guillemets"
        case "while scanning a simple key": "dans la clé"
        case "while scanning a block scalar": "dans le bloc de texte"
        case "while scanning a plain scalar": "dans la valeur"
        case "while parsing a quoted scalar": "dans la chaîne entre guillemets"
        case "while parsing a node": "dans le nœud"
        case "while scanning for the next token": "en cherchant l'élément suivant"
        case "while scanning an anchor": "dans l'ancre"
        case "while scanning an alias": "dans l'alias"
        case "while scanning a tag", "while parsing a tag": "dans l'étiquette"
        case "while scanning a directive": "dans la directive"
        default: "dans l'élément (\(context))"
        }
    }

    // MARK: - Messages

    static func outOfMemory() -> LocalizedText {
        LocalizedText(
            "the YAML parser could not start: out of memory",
            fr: "l'analyseur YAML n'a pas pu démarrer : mémoire insuffisante")
    }

    static func undefinedAlias(_ name: String) -> LocalizedText {
        LocalizedText(
            "invalid YAML: alias '*\(name)' refers to no anchor defined before it; define '&\(name)' earlier in the file",
            fr:
                "YAML invalide : l'alias « *\(name) » ne renvoie à aucune ancre définie avant lui ; définissez « &\(name) » plus haut dans le fichier"
        )
    }

    static func tooDeep(_ limit: Int) -> LocalizedText {
        LocalizedText(
            "invalid YAML: mappings and lists are nested more than \(limit) levels deep; no CloudFormation "
                + "template needs this many, so check the file was not generated or concatenated by mistake",
            fr: "YAML invalide : les mappages et les listes sont imbriqués sur plus de \(limit) niveaux ; aucun modèle "
                + "CloudFormation n'en demande autant, vérifiez que le fichier n'a pas été généré ou concaténé par erreur"
        )
    }

    static func expansionLimit(_ limit: Int) -> LocalizedText {
        LocalizedText(
            "YAML aliases expand to more than \(limit) values, which looks like an alias bomb; "
                + "write the repeated values out or reduce the nesting of aliases",
            fr: "les alias YAML produisent plus de \(limit) valeurs, ce qui ressemble à une bombe d'alias ; "
                + "écrivez les valeurs répétées ou réduisez l'imbrication des alias"
        )
    }

    static func unknownTag(_ tag: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning,
            LocalizedText(
                "unknown tag '\(tag)' ignored; CloudFormation short tags are !Ref, !Sub, !GetAtt, !If, !Join, …",
                fr:
                    "étiquette inconnue « \(tag) » ignorée ; les étiquettes courtes de CloudFormation sont !Ref, !Sub, !GetAtt, !If, !Join, …"
            ),
            at: location
        )
    }

    static func invalidMergeSource(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning,
            LocalizedText(
                "the merge key '<<' takes a mapping or a list of mappings; this value is ignored",
                fr: "la clé de fusion « << » accepte un mappage ou une liste de mappages ; cette valeur est ignorée"
            ),
            at: location
        )
    }

    static func aliasesNeedPackaging(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning,
            LocalizedText(
                "YAML aliases and merge keys are expanded here, but CloudFormation rejects them unless the template "
                    + "is first processed by 'aws cloudformation package' or SAM",
                fr: "les alias et clés de fusion YAML sont développés ici, mais CloudFormation les rejette à moins que "
                    + "le modèle soit d'abord traité par « aws cloudformation package » ou SAM"
            ),
            at: location
        )
    }
}
