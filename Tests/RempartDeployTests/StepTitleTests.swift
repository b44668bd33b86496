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

    @Test func frenchLineKeepsTheInfoPrefix() {
        let event = DeploymentEvent(
            kind: .created, step: "VPC", title: "Create VPC VPC", frenchTitle: "Créer le VPC VPC", position: 3,
            total: 41, resourceID: "vpc-0abc")
        #expect(event.line(in: .english) == "[INFO] [3/41] Create VPC VPC: vpc-0abc")
        #expect(event.line(in: .french) == "[INFO] [3/41] Créer le VPC VPC : vpc-0abc")
    }
}
