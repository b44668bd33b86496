import Foundation
import RempartRules
import Testing

/// `rempart rules` and `rempart rules show` run as a binary.
@Suite(.serialized)
struct RulesCommandTests {
    @Test func listHasOneRowPerRule() throws {
        let output = try RempartProcess.run(["rules"])
        #expect(output.status == 0)
        #expect(output.stderr == "")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == AllRules.rules.count + 1)
        #expect(lines.first?.hasPrefix("ID            SEVERITY  SERVICE") == true)
        let row = try #require(lines.first { $0.hasPrefix("AVD-AWS-0107 ") })
        let cells = row.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        #expect(Array(cells.prefix(5)) == ["AVD-AWS-0107", "HIGH", "ec2", "CKV_AWS_24,CKV_AWS_25", "-"])
        #expect(row.hasSuffix("Security groups do not open SSH or RDP to any address"))
    }

    @Test func listMarksRulesAPlainScanSkips() throws {
        let output = try RempartProcess.run(["rules"])
        let rows = output.stdout.split(separator: "\n").map(String.init)
        func row(_ id: String) -> String? { rows.first { $0.hasPrefix(id + " ") } }

        let all = AllRules.rules.map(\.metadata)
        if let rule = all.first(where: \.isDeprecated) {
            #expect(row(rule.id)?.contains(" deprecated") == true, "\(rule.id)")
        }
        if let rule = all.first(where: { !$0.frameworks.contains("default") }) {
            #expect(row(rule.id)?.contains("compliance-only") == true, "\(rule.id)")
        }
        if let rule = all.first(where: { $0.scope == .liveOnly }) {
            #expect(row(rule.id)?.contains("audit-only") == true, "\(rule.id)")
        }
        for rule in all where rule.runsByDefault && rule.scope == .everywhere {
            #expect(row(rule.id)?.contains("-only") == false, "\(rule.id)")
        }
    }

    @Test func listFiltersByServiceAndSeverity() throws {
        let output = try RempartProcess.run(["rules", "--service", "S3", "--severity", "HIGH,critical"])
        #expect(output.status == 0)
        let ids = output.stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != " " }) }
        let expected = AllRules.rules.map(\.metadata)
            .filter { $0.service == "s3" && $0.severity >= .high }.map(\.id)
        #expect(!expected.isEmpty)
        #expect(ids == expected)
    }

    @Test func listInFrench() throws {
        let output = try RempartProcess.run(["rules", "--service", "ec2"], environment: ["LANG": "fr_CA.UTF-8"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("ID            GRAVITÉ   SERVICE"))
        #expect(output.stdout.contains("Les groupes de sécurité n'ouvrent pas SSH ni RDP à toutes les adresses\n"))
    }

    @Test func unknownServiceIsUsageError() throws {
        let output = try RempartProcess.run(["rules", "--service", "s4"])
        #expect(output.status == 64)
        #expect(output.stdout == "")
        #expect(
            output.stderr.hasPrefix(
                "error: invalid value 's4' for '--service': no rule checks this service; did you mean 's3'?\n"))
    }

    @Test func listAsJSON() throws {
        let output = try RempartProcess.run(["rules", "--format", "json"])
        #expect(output.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["language"] as? String == "en")
        #expect((object["tool"] as? [String: Any])?["name"] as? String == "rempart")
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(rules.count == AllRules.rules.count)
        let rule = try #require(rules.first { $0["id"] as? String == "AVD-AWS-0107" })
        #expect(rule["aliases"] as? [String] == ["CKV_AWS_24", "CKV_AWS_25"])
        #expect(rule["severity"] as? String == "HIGH")
        #expect(rule["deprecated"] as? Bool == false)
        #expect(rule["complianceOnly"] as? Bool == false)
        #expect(rule["auditOnly"] as? Bool == false)
        #expect(rule["rationale"] == nil)

        // Keys are sorted: the top-level ones appear in alphabetical order.
        let positions = ["\"language\"", "\"rules\"", "\"schemaVersion\"", "\"tool\""].compactMap {
            output.stdout.range(of: $0)?.lowerBound
        }
        #expect(positions.count == 4)
        #expect(positions == positions.sorted())
    }

    @Test(arguments: ["CKV_AWS_24", "ckv_aws_25", "AVD-AWS-0107", "AWS-0107", "no-public-ingress-sgr"])
    func showFindsRuleByAnyName(_ name: String) throws {
        let output = try RempartProcess.run(["rules", "show", name])
        #expect(output.status == 0)
        #expect(output.stderr == "")
        #expect(output.stdout.hasPrefix("AVD-AWS-0107  no-public-ingress-sgr\n\nService: ec2\nSeverity: HIGH\n"))
    }

    @Test func showExplainsWithCleanExamples() throws {
        let rule = try #require(AllRules.rule(named: "AVD-AWS-0107")?.metadata)
        #expect(rule.badExamples.first?.yaml.contains("↓") == true)

        let output = try RempartProcess.run(["rules", "show", "AVD-AWS-0107"])
        let text = output.stdout
        for heading in [
            "What it checks:", "Why it matters:", "How to fix it:", "Limitations:", "Links:", "Good example:",
            "Bad example:",
        ] {
            #expect(text.contains("\n\(heading)\n"), "\(heading)")
        }
        #expect(text.contains("Aliases: CKV_AWS_24, CKV_AWS_25\n"))
        #expect(text.contains("  https://avd.aquasec.com/misconfig/aws/ec2/avd-aws-0107/\n"))
        #expect(text.contains("          CidrIp: 0.0.0.0/0\n"))
        #expect(!text.contains("↓"))
        #expect(text.split(separator: "\n").allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func showInFrench() throws {
        let output = try RempartProcess.run(["rules", "show", "--lang", "fr", "AVD-AWS-0178"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("\nGravité : MOYENNE\n"))
        #expect(output.stdout.contains("\nPourquoi c'est important :\n"))
        #expect(output.stdout.contains("\nComment corriger :\n"))
        // Examples without comments inside their YAML need no warning in the heading.
        #expect(output.stdout.contains("\nBon exemple :\n"))
        #expect(output.stdout.contains("\nMauvais exemple :\n"))
        let english = try RempartProcess.run(["rules", "show", "AVD-AWS-0178"])
        #expect(english.stdout.contains("\nBad example:\n"))
    }

    @Test func showGivesExampleCommentsInFrench() throws {
        let french = try RempartProcess.run(["rules", "show", "--lang", "fr", "RMP-AWS-0401"])
        #expect(french.status == 0)
        #expect(french.stdout.contains("\nBon exemple :\n    # Un audit du compte réel trouve ce journal de suivi actif "))
        #expect(french.stdout.contains("\nMauvais exemple :\n    # Un audit du compte réel signale ce journal de suivi "))
        #expect(!french.stdout.contains("commentaires en anglais"))
        #expect(!french.stdout.contains("A live audit"))

        let english = try RempartProcess.run(["rules", "show", "RMP-AWS-0401"])
        #expect(
            english.stdout.contains(
                "\nGood example:\n    # A live audit finds this trail logging (GetTrailStatus returns IsLogging true).\n"
                    + "    Resources:\n"))

        let json = try RempartProcess.run(["rules", "show", "--format", "json", "--lang", "fr", "RMP-AWS-0401"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let bad = try #require((object["rule"] as? [String: Any])?["badExamples"] as? [String])
        #expect(bad.first?.hasPrefix("# Un audit du compte réel signale ce journal de suivi dès que quelqu'un ") == true)
    }

    @Test func showAsJSON() throws {
        let output = try RempartProcess.run(["rules", "show", "--format", "json", "--lang", "fr", "CKV_AWS_24"])
        #expect(output.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["language"] as? String == "fr")
        let rule = try #require(object["rule"] as? [String: Any])
        #expect(rule["id"] as? String == "AVD-AWS-0107")
        #expect((rule["title"] as? String)?.hasPrefix("Les groupes de sécurité") == true)
        #expect((rule["remediation"] as? String)?.isEmpty == false)
        let bad = try #require(rule["badExamples"] as? [String])
        #expect(!bad.isEmpty)
        #expect(bad.allSatisfy { !$0.contains("↓") })
        #expect((rule["goodExamples"] as? [String])?.isEmpty == false)
    }

    @Test func unknownRuleSuggestsClosestID() throws {
        let output = try RempartProcess.run(["rules", "show", "AVD-AWS-O107"])
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr == "error: no rule named 'AVD-AWS-O107'; did you mean 'AVD-AWS-0107'?\n")

        let slug = try RempartProcess.run(["rules", "show", "--lang", "fr", "no-public-ingres-sgr"])
        #expect(slug.status == 2)
        #expect(
            slug.stderr
                == "erreur : aucune règle ne s'appelle « no-public-ingres-sgr » ; vouliez-vous dire « AVD-AWS-0107 » ?\n")

        let far = try RempartProcess.run(["rules", "show", "firewall"])
        #expect(far.status == 2)
        #expect(far.stderr == "error: no rule named 'firewall'; run 'rempart rules' to list them\n")
    }

    @Test func showWithoutIDIsUsageError() throws {
        let output = try RempartProcess.run(["rules", "show"])
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix("error: missing expected argument '<id>'\nUsage: rempart rules show "))

        let blank = try RempartProcess.run(["rules", "show", " "])
        #expect(blank.status == 64)
        #expect(blank.stderr.hasPrefix("error: missing expected argument '<id>'\nUsage: rempart rules show "))
    }

    @Test func showTrimsSpacesAroundID() throws {
        let output = try RempartProcess.run(["rules", "show", " AVD-AWS-0107 "])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("AVD-AWS-0107  no-public-ingress-sgr\n"))
    }
}
