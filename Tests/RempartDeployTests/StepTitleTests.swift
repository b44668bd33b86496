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

    @Test func frenchLineKeepsTheInfoPrefix() {
        let event = DeploymentEvent(
            kind: .created, step: "VPC", title: "Create VPC VPC", frenchTitle: "Créer le VPC VPC", position: 3,
            total: 41, resourceID: "vpc-0abc")
        #expect(event.line(in: .english) == "[INFO] [3/41] Create VPC VPC: vpc-0abc")
        #expect(event.line(in: .french) == "[INFO] [3/41] Créer le VPC VPC : vpc-0abc")
    }
}
