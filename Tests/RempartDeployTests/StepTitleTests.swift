import RempartDeploy
import RempartInfra
import RempartSupport
import Testing

/// Every step of the lab's plans has a French title for the deploy and destroy progress lines.
struct StepTitleTests {
    @Test(arguments: LabProfile.allCases)
    func everyStepHasAFrenchTitle(profile: LabProfile) throws {
        let steps = try LabDeploymentPlan(name: "lab", profile: profile).graph.steps
        #expect(!steps.isEmpty)
        for step in steps {
            #expect(!step.frenchTitle.isEmpty, Comment(rawValue: step.id))
            #expect(step.frenchTitle != step.title, Comment(rawValue: step.id))
        }
    }

    @Test func titlesNameTheConstruct() throws {
        let steps = try LabDeploymentPlan(name: "lab", profile: .hardened).graph.steps
        let byID = Dictionary(uniqueKeysWithValues: steps.map { ($0.id, $0) })
        #expect(byID["VPC"]?.title == "Create VPC VPC")
        #expect(byID["VPC"]?.frenchTitle == "Créer le VPC VPC")
        #expect(byID["AccessLogBucket/Versioning"]?.title == "Enable versioning on bucket AccessLogBucket")
        #expect(
            byID["AccessLogBucket/Versioning"]?.frenchTitle == "Activer le versionnage sur le compartiment AccessLogBucket")
        #expect(byID["DefaultPrivateRoute1"]?.frenchTitle == "Créer la route DefaultPrivateRoute1")
        #expect(byID["account"]?.frenchTitle == "Lire l'ID du compte")
    }

    @Test(arguments: LabProfile.allCases)
    func deletionTitlesSayDelete(profile: LabProfile) throws {
        let steps = try LabDeploymentPlan(name: "lab", profile: profile).graph.steps.filter { $0.delete != nil }
        #expect(!steps.isEmpty)
        for step in steps {
            #expect(step.deletionTitle.hasPrefix("Delete "), Comment(rawValue: step.id))
            #expect(step.deletionFrenchTitle.hasPrefix("Supprimer "), Comment(rawValue: step.id))
        }
        let byID = Dictionary(uniqueKeysWithValues: steps.map { ($0.id, $0) })
        #expect(byID["VPC"]?.deletionTitle == "Delete VPC VPC")
        #expect(byID["VPC"]?.deletionFrenchTitle == "Supprimer le VPC VPC")
        #expect(byID["LabBucket"]?.deletionFrenchTitle == "Supprimer le compartiment LabBucket")
    }

    @Test func removalLines() {
        let deleted = DeploymentEvent(
            kind: .deleted, step: "VPC", title: "Delete VPC VPC", frenchTitle: "Supprimer le VPC VPC", position: 36,
            total: 36, resourceID: "vpc-0abc")
        #expect(deleted.line(in: .english) == "[INFO] [36/36] Delete VPC VPC: vpc-0abc deleted")
        #expect(deleted.line(in: .french) == "[INFO] [36/36] Supprimer le VPC VPC : vpc-0abc supprimé")
        var gone = deleted
        gone.kind = .alreadyGone
        #expect(gone.line(in: .english) == "[INFO] [36/36] Delete VPC VPC: vpc-0abc was already deleted")
        #expect(gone.line(in: .french) == "[INFO] [36/36] Supprimer le VPC VPC : vpc-0abc était déjà supprimé")
        var failed = deleted
        failed.kind = .failed
        failed.reason = "step 'VPC' failed"
        failed.frenchReason = "l'étape « VPC » a échoué"
        #expect(failed.line(in: .french) == "[ERROR] [36/36] Supprimer le VPC VPC : l'étape « VPC » a échoué")
    }

    @Test(arguments: LabProfile.allCases)
    func frenchTitlesContractArticles(profile: LabProfile) throws {
        let steps = try LabDeploymentPlan(name: "lab", profile: profile).graph.steps
        for step in steps {
            for title in [step.frenchTitle, step.deletionFrenchTitle] {
                for wrong in [" de le ", " de les ", " à le ", " à les ", " le a", " le i", " la a", " la i"] {
                    #expect(!title.contains(wrong), Comment(rawValue: "\(step.id): \(title)"))
                }
            }
        }
        let byID = Dictionary(uniqueKeysWithValues: steps.map { ($0.id, $0) })
        #expect(byID["VPC/DNS"]?.frenchTitle == "Régler les attributs DNS du VPC VPC")
        #expect(
            byID["LabBucket/PublicAccessBlock"]?.frenchTitle == "Bloquer l'accès public au compartiment LabBucket")
        #expect(
            byID["PublicSubnet1/PublicIPs"]?.frenchTitle
                == "Régler l'attribution d'IP publiques du sous-réseau PublicSubnet1")
        #expect(
            byID["LabSecurityGroup/Ingress"]?.frenchTitle
                == "Autoriser les règles entrantes du groupe de sécurité LabSecurityGroup")
        #expect(byID["BucketKey/Rotation"]?.frenchTitle == "Activer la rotation de la clé KMS BucketKey")
    }

    @Test func frenchNounArticles() {
        let cases: [(FrenchNoun, String, String, String)] = [
            (FrenchNoun("VPC", .masculine), "le VPC", "du VPC", "au VPC"),
            (FrenchNoun("passerelle NAT", .feminine), "la passerelle NAT", "de la passerelle NAT", "à la passerelle NAT"),
            (FrenchNoun("alarme", .feminine), "l'alarme", "de l'alarme", "à l'alarme"),
            (FrenchNoun("alias KMS", .masculine), "l'alias KMS", "de l'alias KMS", "à l'alias KMS"),
            (FrenchNoun("journaux de flux", .masculine, plural: true), "les journaux de flux", "des journaux de flux",
             "aux journaux de flux"),
        ]
        for (noun, definite, afterDe, afterÀ) in cases {
            #expect(noun.definite == definite)
            #expect(noun.afterDe == afterDe)
            #expect(noun.afterÀ == afterÀ)
        }
        #expect(FrenchNoun("alarme", .feminine).agreeing("supprimé") == "supprimée")
        #expect(FrenchNoun("journaux de flux", .masculine, plural: true).agreeing("supprimé") == "supprimés")
        #expect(FrenchNoun("routes", .feminine, plural: true).agreeing("mis") == "mises")
        #expect(FrenchNoun("VPC", .masculine).agreeing("mis") == "mis")
    }

    @Test func frenchParticiplesAgree() throws {
        let steps = try LabDeploymentPlan(name: "lab", profile: .hardened).graph.steps
        let byID = Dictionary(uniqueKeysWithValues: steps.map { ($0.id, $0) })
        let alarm = try #require(byID["LinuxPublicAZ1PacketsInAlarm"])
        var event = DeploymentEvent(
            kind: .deleted, step: alarm.id, title: alarm.deletionTitle, frenchTitle: alarm.deletionFrenchTitle,
            position: 2, total: 36, resourceID: "alarm-packetsIn-i-0abc", frenchNoun: alarm.frenchNoun)
        #expect(
            event.line(in: .french)
                == "[INFO] [2/36] Supprimer l'alarme LinuxPublicAZ1PacketsInAlarm : alarm-packetsIn-i-0abc supprimée")
        event.kind = .alreadyGone
        #expect(event.line(in: .french).hasSuffix(" : alarm-packetsIn-i-0abc était déjà supprimée"))

        let flowLog = try #require(byID["VPCFlowLog"])
        event = DeploymentEvent(
            kind: .alreadyGone, step: flowLog.id, title: flowLog.deletionTitle,
            frenchTitle: flowLog.deletionFrenchTitle, position: 1, total: 36, resourceID: "fl-0abc",
            frenchNoun: flowLog.frenchNoun)
        #expect(
            event.line(in: .french)
                == "[INFO] [1/36] Supprimer les journaux de flux VPCFlowLog : fl-0abc étaient déjà supprimés")

        let gateway = try #require(byID["NatGateway1"])
        event = DeploymentEvent(
            kind: .found, step: gateway.id, title: gateway.title, frenchTitle: gateway.frenchTitle, position: 5,
            total: 80, resourceID: "nat-0abc", frenchNoun: gateway.frenchNoun)
        #expect(
            event.line(in: .french)
                == "[INFO] [5/80] Créer la passerelle NAT NatGateway1 : nat-0abc (trouvée par étiquette ou par nom, adoptée)")
        event.kind = .updated
        #expect(event.line(in: .french).hasSuffix(" : nat-0abc (mise à jour)"))
        event.kind = .recorded
        #expect(event.line(in: .french).hasSuffix(" : nat-0abc (déjà créée)"))
    }

    @Test func frenchLineKeepsTheInfoPrefix() {
        let event = DeploymentEvent(
            kind: .created, step: "VPC", title: "Create VPC VPC", frenchTitle: "Créer le VPC VPC", position: 3,
            total: 41, resourceID: "vpc-0abc")
        #expect(event.line(in: .english) == "[INFO] [3/41] Create VPC VPC: vpc-0abc")
        #expect(event.line(in: .french) == "[INFO] [3/41] Créer le VPC VPC : vpc-0abc")
    }
}
