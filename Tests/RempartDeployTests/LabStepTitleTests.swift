import RempartDeploy
import RempartInfra
import RempartSupport
import Testing

/// Every step of the lab's plans has a French title for the deploy and destroy progress lines.
struct LabStepTitleTests {
    @Test(arguments: LabProfile.allCases)
    func everyStepHasAFrenchTitle(profile: LabProfile) {
        let steps = LabDeploymentPlan(name: "lab", profile: profile).graph.steps
        #expect(!steps.isEmpty)
        for step in steps {
            let french = LabStepTitle.french(step: step.id, english: step.title)
            #expect(french != nil, Comment(rawValue: "no French title for \(step.id): \(step.title)"))
            #expect(french != step.title, Comment(rawValue: step.id))
        }
    }

    @Test func titlesReadAsFrench() {
        #expect(LabStepTitle.french(step: "vpc", english: "Create VPC") == "Créer le VPC")
        #expect(
            LabStepTitle.french(step: "log-bucket-versioning", english: "Enable versioning on log bucket")
                == "Activer le versionnage sur le compartiment de journaux")
        #expect(
            LabStepTitle.french(step: "private-route-1", english: "Route private subnet 1 to NAT gateway 1")
                == "Router le sous-réseau privé 1 vers la passerelle NAT 1")
        #expect(
            LabStepTitle.title(step: "unknown", english: "Do something", language: .french) == "Do something")
        #expect(LabStepTitle.title(step: "vpc", english: "Create VPC", language: .english) == "Create VPC")
    }

    @Test func frenchLineKeepsTheInfoPrefix() {
        let event = DeploymentEvent(
            kind: .created, step: "vpc", title: "Create VPC", position: 3, total: 41, resourceID: "vpc-0abc")
        #expect(event.line(in: .english) == "[INFO] [3/41] Create VPC: vpc-0abc")
        #expect(event.line(in: .french) == "[INFO] [3/41] Créer le VPC : vpc-0abc")
    }
}
