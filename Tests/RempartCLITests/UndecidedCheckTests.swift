import Foundation
import RempartReport
import RempartScanner
import RempartTemplate
import Testing

/// Checks left undecided by an unknown value: listed with their rule, resource, line and reason.
struct UndecidedCheckTests {
    static let template = """
        Resources:
          AppGroup:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: !Sub "${AWS::AccountId}"
        """

    static func scan() -> ScanResult {
        Scanner().scan(sources: [Pipeline.Source(file: "group.yaml", text: template)])
    }

    @Test func scanListsEachUndecidedCheck() throws {
        let result = Self.scan()
        #expect(result.undecidedCount == 1)
        let check = try #require(result.undecided.first)
        #expect(result.undecided.count == 1)
        #expect(check.resource.name == "AppGroup")
        #expect(check.resource.type == "AWS::EC2::SecurityGroup")
        #expect(check.location?.file == "group.yaml")
        #expect(check.location?.line == 5)
        #expect(check.reason.contains("AWS::AccountId"))
    }

    @Test func jsonReportListsUndecidedChecks() throws {
        let result = Self.scan()
        let data = try JSONReporter(options: ReportOptions(toolVersion: "test")).data(result)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entries = try #require(object["undecided"] as? [[String: Any]])
        #expect(entries.count == 1)
        let entry = try #require(entries.first)
        #expect(entry["ruleId"] as? String == result.undecided.first?.ruleID)
        #expect((entry["resource"] as? [String: Any])?["logicalId"] as? String == "AppGroup")
        #expect((entry["location"] as? [String: Any])?["line"] as? Int == 5)
        #expect(entry["reason"] as? String == result.undecided.first?.reason)
        #expect((object["summary"] as? [String: Any])?["undecided"] as? Int == 1)
    }

    @Test func tableListsUndecidedChecksOnlyWhenAsked() throws {
        let result = Self.scan()
        let check = try #require(result.undecided.first)
        let line = "  \(check.ruleID) AppGroup (AWS::EC2::SecurityGroup) group.yaml:5: \(check.reason)"
        let plain = TableReporter(options: ReportOptions()).render(result)
        #expect(!plain.contains(line))
        #expect(plain.contains("undecided checks (unknown value): 1"))
        let listed = TableReporter(options: ReportOptions(listsUndecided: true)).render(result)
        #expect(listed.contains("Undecided checks (unknown value):\n" + line + "\n"))
        let french = TableReporter(options: ReportOptions(language: .french, listsUndecided: true)).render(result)
        #expect(french.contains("Vérifications indéterminées (valeur inconnue) :\n  \(check.ruleID) AppGroup"))
    }

    @Test func frenchTableGivesTheReasonInFrench() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try scratch.write("group.yaml", Self.template)
        let english = try RempartProcess.run(["scan", "-v", "--lang", "en", "group.yaml"], in: scratch.url)
        #expect(english.stdout.contains(
            " AppGroup (AWS::EC2::SecurityGroup) group.yaml:5: depends on an unknown value: "
                + "'AWS::AccountId' is only known at deployment\n"))
        let french = try RempartProcess.run(["scan", "-v", "--lang", "fr", "group.yaml"], in: scratch.url)
        #expect(french.stdout.contains(
            " AppGroup (AWS::EC2::SecurityGroup) group.yaml:5 : dépend d'une valeur inconnue : "
                + "« AWS::AccountId » n'est connu qu'au déploiement\n"))
        #expect(!french.stdout.contains("only known"))
    }

    @Test func reasonsTranslateEveryKnownForm() {
        let cases: [(UnknownReason, String)] = [
            (.parameterWithoutValue("Env"), "le paramètre « Env » n'a pas de valeur"),
            (.attribute(logicalID: "Db", attribute: "Arn"), "« Db.Arn » n'est connu qu'après le déploiement"),
            (.unresolvedImport("SharedVpc"), "aucun modèle analysé n'exporte « SharedVpc »"),
            (.pseudoParameter("AWS::StackId"), "« AWS::StackId » n'est connu qu'au déploiement"),
            (.dependsOnUnknown("condition 'IsProd'"), "dépend d'une valeur inconnue : la condition « IsProd »"),
            (.unsupported("invalid Fn::Cidr"), "ne peut pas être évalué : Fn::Cidr invalide"),
            (
                .invalidValue("'Tags' must be a list, found x"),
                "valeur invalide : « Tags » doit être une liste, valeur trouvée : x"
            ),
            (.unsupported("Fn::Select index 4 out of range"), "ne peut pas être évalué : index 4 de Fn::Select hors limites"),
        ]
        for (reason, french) in cases {
            #expect(reason.localizedDescription.english == reason.description)
            #expect(reason.localizedDescription(.french) == french)
        }
        #expect(UnknownReason.localizedDescription(ofEnglish: "RuleAction is missing")(.french) == "RuleAction est absent")
        #expect(UnknownReason.localizedDescription(ofEnglish: "something new")(.french) == "something new")
    }
}
