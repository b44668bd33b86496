import RempartReport
import RempartSupport
import Testing

/// Geometry checks on layouts of the lab and of harder graphs.
struct DiagramLayoutTests {
    /// A named graph to lay out.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var graph: ArchitectureGraph
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for profile in LabFixture.Profile.allCases {
            if let fixture = try? LabFixture(profile) {
                let graph = ArchitectureGraph(state: fixture.state, results: fixture.results, rules: LabRules.all)
                cases.append(Case(name: "lab \(profile.testDescription)", graph: graph))
            }
        }
        cases.append(Case(name: "uneven zones", graph: SampleGraphs.unevenZones))
        cases.append(Case(name: "two VPCs", graph: SampleGraphs.twoVPCs))
        cases.append(Case(name: "NAT gateways in subnets", graph: SampleGraphs.natGatewaysInSubnets))
        cases.append(Case(name: "long labels", graph: SampleGraphs.longLabels))
        cases.append(Case(name: "empty", graph: ArchitectureGraph()))
        return cases
    }()

    @Test(arguments: cases, Language.allCases)
    func boxesDoNotOverlap(_ testCase: Case, language: Language) {
        let layout = DiagramLayoutEngine(language: language).layout(testCase.graph)
        let ancestors = ancestorMap(layout)
        for (index, first) in layout.boxes.enumerated() {
            for second in layout.boxes[(index + 1)...] {
                // A box overlaps its ancestors by design: it is drawn inside them.
                if ancestors[first.id, default: []].contains(second.id)
                    || ancestors[second.id, default: []].contains(first.id)
                {
                    continue
                }
                #expect(
                    !first.rect.overlaps(second.rect), "\(first.id) \(first.rect) overlaps \(second.id) \(second.rect)")
            }
            #expect(!first.rect.overlaps(layout.legendRect), "\(first.id) overlaps the legend")
        }
    }

    @Test(arguments: cases, Language.allCases)
    func childrenStayInsideParents(_ testCase: Case, language: Language) {
        let layout = DiagramLayoutEngine(language: language).layout(testCase.graph)
        for box in layout.boxes {
            guard let parentID = box.parentID, let parent = layout.box(parentID) else { continue }
            switch box.node.kind {
            case .internetGateway:
                #expect(box.rect.midY == parent.rect.y, "\(box.id) is not centred on the VPC's top edge")
                #expect(box.rect.x >= parent.rect.x)
                #expect(box.rect.maxX <= parent.rect.maxX)
            case .natGateway where parent.node.kind == .vpc:
                #expect(box.rect.midY == parent.rect.maxY, "\(box.id) is not centred on the VPC's bottom edge")
                #expect(box.rect.x >= parent.rect.x)
                #expect(box.rect.maxX <= parent.rect.maxX)
            default:
                #expect(parent.rect.contains(box.rect), "\(box.id) \(box.rect) is outside \(parentID) \(parent.rect)")
            }
        }
    }

    @Test(arguments: cases, Language.allCases)
    func subnetsSitInTheirZoneAndVPC(_ testCase: Case, language: Language) {
        let layout = DiagramLayoutEngine(language: language).layout(testCase.graph)
        for subnet in layout.boxes where subnet.node.kind == .publicSubnet || subnet.node.kind == .privateSubnet {
            let zone = subnet.parentID.flatMap { layout.box($0) }
            #expect(zone?.node.kind == .availabilityZone, "\(subnet.id) is not in a zone")
            let vpc = zone?.parentID.flatMap { layout.box($0) }
            #expect(vpc?.node.kind == .vpc, "\(subnet.id)'s zone is not in a VPC")
            if let zone, let vpc {
                #expect(zone.rect.contains(subnet.rect))
                #expect(vpc.rect.contains(subnet.rect))
            }
        }

        // Within a zone, every public subnet is above every private one.
        for zone in layout.boxes where zone.node.kind == .availabilityZone {
            let children = layout.boxes.filter { $0.parentID == zone.id }
            let lowestPublic = children.filter { $0.node.kind == .publicSubnet }.map(\.rect.maxY).max() ?? Int.min
            let highestPrivate = children.filter { $0.node.kind == .privateSubnet }.map(\.rect.y).min() ?? Int.max
            #expect(lowestPublic <= highestPrivate, "public subnets of \(zone.id) are not above private ones")
        }
    }

    @Test(arguments: cases, Language.allCases)
    func arrowsAvoidBoxes(_ testCase: Case, language: Language) {
        let layout = DiagramLayoutEngine(language: language).layout(testCase.graph)
        let ancestors = ancestorMap(layout)
        let containers: Set<ArchitectureGraph.Kind> = [.vpc, .availabilityZone]
        for connector in layout.connectors {
            #expect(connector.points.count >= 2)
            for (start, end) in zip(connector.points, connector.points.dropFirst()) {
                #expect(start.x == end.x || start.y == end.y, "segment \(start) → \(end) is not orthogonal")
                for box in layout.boxes where !containers.contains(box.node.kind) {
                    // The arrow may touch its own ends, their inner boxes and the boxes that contain
                    // them (a NAT gateway's subnet), never cross another box.
                    let ends = [connector.fromID, connector.toID]
                    if ends.contains(box.id) || ends.contains(where: { ancestors[box.id, default: []].contains($0) })
                        || ends.contains(where: { ancestors[$0, default: []].contains(box.id) })
                    {
                        continue
                    }
                    #expect(
                        !segment(start, end, crosses: box.rect),
                        "\(connector.fromID) → \(connector.toID) crosses \(box.id)")
                }
            }
            let first = connector.points.first
            let last = connector.points.last
            if let from = layout.box(connector.fromID), let first {
                #expect(first.x == from.rect.maxX)
                #expect(first.y > from.rect.y)
                #expect(first.y < from.rect.maxY)
            }
            if let to = layout.box(connector.toID), let last {
                let onTopOrBottom =
                    (last.y == to.rect.y || last.y == to.rect.maxY) && last.x > to.rect.x && last.x < to.rect.maxX
                let onLeftOrRight =
                    (last.x == to.rect.x || last.x == to.rect.maxX) && last.y > to.rect.y && last.y < to.rect.maxY
                #expect(onTopOrBottom || onLeftOrRight, "\(connector.fromID) → \(connector.toID) ends off its edge")
            }
        }
    }

    @Test(arguments: cases, Language.allCases)
    func labelsFitTheirBoxes(_ testCase: Case, language: Language) {
        let layout = DiagramLayoutEngine(language: language).layout(testCase.graph)
        for box in layout.boxes {
            let label = TextMetrics.width(of: box.node.label, fontSize: 12, bold: true)
            #expect(label + 20 <= box.rect.width, "\(box.id)'s label is wider than its box")
            for badge in box.badges {
                #expect(box.rect.contains(badge.rect), "\(box.id)'s badge \(badge.text) sticks out")
            }
            for (left, right) in zip(box.badges, box.badges.dropFirst()) {
                #expect(!left.rect.overlaps(right.rect), "\(box.id)'s badges \(left.text) and \(right.text) overlap")
            }
        }
        #expect(layout.boxes.allSatisfy { $0.rect.maxX <= layout.width })
        #expect(layout.boxes.allSatisfy { $0.rect.maxY <= layout.height })
        #expect(layout.boxes.allSatisfy { $0.rect.x >= 0 })
        #expect(layout.boxes.allSatisfy { $0.rect.y >= 0 })
    }

    @Test(arguments: cases)
    func layoutIsDeterministic(_ testCase: Case) {
        let first = SVGDiagramRenderer(language: .french).render(testCase.graph)
        let second = SVGDiagramRenderer(language: .french).render(testCase.graph)
        #expect(first == second)
        #expect(
            DiagramLayoutEngine(language: .english).layout(testCase.graph)
                == DiagramLayoutEngine(language: .english).layout(testCase.graph))
    }

    @Test func labLayoutPlacesEveryResource() throws {
        let fixture = try LabFixture(.baseline)
        let graph = ArchitectureGraph(state: fixture.state, results: fixture.results, rules: LabRules.all)
        let layout = DiagramLayoutEngine(language: .english).layout(graph)
        let kinds = layout.boxes.map(\.node.kind)
        #expect(kinds.filter { $0 == .vpc }.count == 1)
        #expect(kinds.filter { $0 == .availabilityZone }.count == 2)
        #expect(kinds.filter { $0 == .publicSubnet }.count == 2)
        #expect(kinds.filter { $0 == .privateSubnet }.count == 2)
        #expect(kinds.filter { $0 == .internetGateway }.count == 1)
        #expect(kinds.filter { $0 == .natGateway }.count == 2)
        #expect(kinds.filter { $0 == .instance }.count == 1)
        #expect(kinds.filter { $0 == .securityGroup }.count == 1)
        #expect(kinds.filter { $0 == .bucket }.count == 1)
        #expect(layout.connectors.count == 6)

        // Each NAT gateway sits in the public subnet of its zone; the private subnet of that
        // zone routes to it, and it routes on to the internet gateway, as the public subnet does.
        let routes = Set(layout.connectors.map { "\(labelOf($0.fromID, in: layout)) → \(labelOf($0.toID, in: layout))" })
        for index in 1...2 {
            let nat = try #require(layout.boxes.first { $0.node.label == "NatGateway\(index)" })
            let parent = try #require(nat.parentID.flatMap { layout.box($0) })
            #expect(parent.node.label == "PublicSubnet\(index)")
            #expect(parent.rect.contains(nat.rect))
            #expect(routes.contains("PrivateSubnet\(index) → NatGateway\(index)"))
            #expect(routes.contains("NatGateway\(index) → InternetGateway"))
            #expect(routes.contains("PublicSubnet\(index) → InternetGateway"))
        }
    }

    @Test func natGatewaysInOtherZonesGetArrivalLanes() throws {
        let layout = DiagramLayoutEngine(language: .english).layout(SampleGraphs.natGatewaysInSubnets)
        let routes = layout.connectors.filter { $0.kind == .route }
            .map { "\(labelOf($0.fromID, in: layout)) → \(labelOf($0.toID, in: layout))" }
        #expect(
            routes.sorted() == [
                "nat-a → igw", "nat-b → igw", "nat-c → igw", "private-a → nat-a", "private-b → nat-a",
                "private-c → nat-b", "private-c → nat-c", "public-a → igw", "public-b → igw", "public-c → igw",
            ])
        // private-b reaches nat-a in the zone to its left through a lane below the zones.
        let crossing = try #require(
            layout.connectors.first { labelOf($0.fromID, in: layout) == "private-b" })
        let zoneBottom = try #require(layout.boxes.filter { $0.node.kind == .availabilityZone }.map(\.rect.maxY).max())
        #expect(crossing.points.count == 6)
        #expect(crossing.points[2].y > zoneBottom)
        let links = layout.connectors.filter { $0.kind == .flowLog }
        #expect(links.map(\.toID) == ["flow-reject", "flow-all"])
        #expect(links.allSatisfy { $0.fromID == "vpc-nat" })
    }

    @Test func badgesCountEachSeverity() {
        let node = ArchitectureGraph.Node(
            id: "sg", kind: .securityGroup, label: "LabSecurityGroup",
            findings: ArchitectureGraph.Findings(severities: Array(repeating: .high, count: 8) + Array(repeating: .low, count: 11)))
        let graph = ArchitectureGraph(others: [node])
        let english = DiagramLayoutEngine(language: .english).layout(graph)
        #expect(english.boxes[0].badges.map(\.text) == ["8 HIGH", "11 LOW"])
        #expect(english.boxes[0].badges.map(\.severity) == [.high, .low])
        let french = DiagramLayoutEngine(language: .french).layout(graph)
        #expect(french.boxes[0].badges.map(\.text) == ["8 ÉLEVÉE", "11 FAIBLE"])
        let svg = SVGDiagramRenderer(language: .french).render(graph)
        #expect(svg.contains("aria-label=\"Groupe de sécurité LabSecurityGroup, 19 constats : 8 ÉLEVÉE, 11 FAIBLE\""))
        #expect(!svg.contains("19 ÉLEVÉE"))
    }

    private func labelOf(_ id: String, in layout: DiagramLayout) -> String {
        layout.box(id)?.node.label ?? id
    }

    // MARK: - Helpers

    private func ancestorMap(_ layout: DiagramLayout) -> [String: Set<String>] {
        var parents: [String: String] = [:]
        for box in layout.boxes {
            parents[box.id] = box.parentID
        }
        var ancestors: [String: Set<String>] = [:]
        for box in layout.boxes {
            var current = box.parentID
            while let id = current {
                ancestors[box.id, default: []].insert(id)
                current = parents[id]
            }
        }
        return ancestors
    }

    /// Returns whether an orthogonal segment passes through the interior of `rect`.
    private func segment(_ start: DiagramPoint, _ end: DiagramPoint, crosses rect: DiagramRect) -> Bool {
        if start.x == end.x {
            let (low, high) = (min(start.y, end.y), max(start.y, end.y))
            return start.x > rect.x && start.x < rect.maxX && low < rect.maxY && high > rect.y
        }
        let (low, high) = (min(start.x, end.x), max(start.x, end.x))
        return start.y > rect.y && start.y < rect.maxY && low < rect.maxX && high > rect.x
    }
}
