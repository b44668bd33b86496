import RempartSupport

extension DiagramCanvas {
    /// A route from a subnet, or from a NAT gateway, to a gateway of the same VPC, before it is drawn.
    private struct Route {
        /// Where a route ends.
        enum Target: Equatable {
            /// An internet gateway on the VPC's top edge, reached through a lane above the zones.
            case internetGateway
            /// A NAT gateway inside a subnet of the column at that index, reached from the right.
            case natGateway(column: Int)
            /// A NAT gateway on the VPC's bottom edge, reached through a lane below the zones.
            case edgeNATGateway
        }

        var sourceID: String
        var gatewayID: String
        /// The route's rank among the routes that leave its source, to separate their starting points.
        var rankInSource: Int
        /// The number of routes that leave the source.
        var sourceRouteCount: Int
        /// The route's lane in the right margin of its source's zone.
        var laneInZone: Int
        var target: Target
        /// For a NAT gateway in another zone: the route's rank among the arrivals of that zone,
        /// whose lanes follow the zone's own routes in its right margin.
        var arrivalIndex: Int?
        /// Whether the route leaves a NAT gateway rather than a subnet.
        var fromNATGateway: Bool

        /// Whether the route runs along a lane below the zones.
        var usesBottomLane: Bool { target == .edgeNATGateway || arrivalIndex != nil }
    }

    /// The measured column of one availability zone.
    private struct Column {
        var zoneNode: ArchitectureGraph.Node
        /// Public subnets first, then private ones, each group in the graph's order.
        var subnets: [ArchitectureGraph.Subnet]
        var routes: [Route]
        /// The NAT gateways drawn on the VPC's bottom edge under this zone.
        var edgeNATGateways: [ArchitectureGraph.Node]
        /// The number of lanes for routes that arrive from other zones.
        var arrivalCount = 0
        /// The width of the subnets, which all get the same width.
        var contentWidth: Int
        /// The right margin reserved for arrow lanes.
        var gutter: Int {
            let lanes = routes.count + arrivalCount
            return lanes == 0 ? 0 : 8 + lanes * DiagramCanvas.laneSpacing
        }
        var width: Int { DiagramCanvas.inset + contentWidth + gutter + DiagramCanvas.inset }
    }

    /// Places `vpc` with its top left corner at (`x`, `y`) and returns its rectangle.
    ///
    /// Internet gateways straddle the returned rectangle's top edge by half their height, and
    /// NAT gateways whose subnet is not in the graph straddle its bottom edge.
    mutating func placeVPC(_ vpc: ArchitectureGraph.VPC, x: Int, y: Int) -> DiagramRect {
        let columns = measureColumns(of: vpc)
        let routes = columns.flatMap(\.routes)
        let topRoutes = routes.filter { $0.target == .internetGateway }
        let bottomRoutes = routes.filter(\.usesBottomLane)
        let gatewayHeight = DiagramLayoutEngine.gatewayHeight
        let header = headerSize(of: vpc.node)

        // Vertical bands: header, lanes to the internet gateways, zones, lanes below the zones.
        let topLaneBase = y + header.height + 6
        let zoneTop = topRoutes.isEmpty ? y + header.height + 6 : topLaneBase + topRoutes.count * Self.laneSpacing + 4
        let bands = bandHeights(of: columns)
        let zoneHeight =
            Self.headerHeight + bands.public + (bands.public > 0 && bands.private > 0 ? Self.spacing : 0)
            + bands.private + Self.inset
        let zoneBottom = zoneTop + zoneHeight
        let bottomLaneBase = zoneBottom + 8
        let gatewayTop = bottomRoutes.isEmpty ? zoneBottom + 12 : bottomLaneBase + bottomRoutes.count * Self.laneSpacing
        let vpcBottom: Int
        if !vpc.natGateways.isEmpty {
            vpcBottom = gatewayTop + gatewayHeight / 2
        } else if !bottomRoutes.isEmpty {
            vpcBottom = gatewayTop + 8
        } else {
            vpcBottom = zoneBottom + 16
        }

        // Horizontal extent: the zones, edge NAT gateways of unknown zone, and the header beside the internet gateways.
        var columnX: [Int] = []
        var cursor = x + 16
        for column in columns {
            columnX.append(cursor)
            cursor += column.width + 16
        }
        let placedNATs = Set(columns.flatMap(\.edgeNATGateways).map(\.id))
        let strayNATs = vpc.natGateways.filter { !placedNATs.contains($0.id) }
        let strayWidth = strayNATs.reduce(0) { $0 + headerSize(of: $1).width + Self.spacing }
        let gatewaysWidth = vpc.internetGateways.reduce(0) { $0 + headerSize(of: $1).width + Self.spacing }
        let width = max(
            cursor + strayWidth - x, header.width + 16 + gatewaysWidth + 24, 240)
        let vpcRect = DiagramRect(x: x, y: y, width: width, height: vpcBottom - y)
        let vpcBox = place(vpc.node, in: vpcRect, parentID: nil)

        // Zones and their subnets, with the NAT gateways inside their subnet.
        var sourceRects: [String: DiagramRect] = [:]
        var gatewayRects: [String: DiagramRect] = [:]
        for (index, column) in columns.enumerated() {
            let zoneRect = DiagramRect(x: columnX[index], y: zoneTop, width: column.width, height: zoneHeight)
            let zoneBox = place(column.zoneNode, in: zoneRect, parentID: vpcBox.id)
            var publicY = zoneTop + Self.headerHeight
            var privateY = publicY + bands.public + (bands.public > 0 && bands.private > 0 ? Self.spacing : 0)
            for subnet in column.subnets {
                let subnetX = zoneRect.x + Self.inset
                let box: DiagramLayout.Box
                if subnet.isPublic {
                    box = place(subnet, x: subnetX, y: publicY, width: column.contentWidth, parentID: zoneBox.id)
                    publicY = box.rect.maxY + Self.spacing
                } else {
                    box = place(subnet, x: subnetX, y: privateY, width: column.contentWidth, parentID: zoneBox.id)
                    privateY = box.rect.maxY + Self.spacing
                }
                sourceRects[subnet.node.id] = box.rect
                for gateway in subnet.natGateways {
                    if let rect = boxes.last(where: { $0.id == gateway.id })?.rect {
                        sourceRects[gateway.id] = rect
                        gatewayRects[gateway.id] = rect
                    }
                }
            }
        }

        // Gateways on the edges: internet gateways right-aligned on top, edge NAT gateways under their zone.
        var gatewayX = vpcRect.maxX - 24 - (gatewaysWidth - Self.spacing)
        for gateway in vpc.internetGateways {
            let rect = DiagramRect(
                x: gatewayX, y: y - gatewayHeight / 2, width: headerSize(of: gateway).width, height: gatewayHeight)
            place(gateway, in: rect, parentID: vpcBox.id)
            gatewayRects[gateway.id] = rect
            gatewayX = rect.maxX + Self.spacing
        }
        for (index, column) in columns.enumerated() {
            let total =
                column.edgeNATGateways.reduce(0) { $0 + headerSize(of: $1).width }
                + max(column.edgeNATGateways.count - 1, 0) * Self.spacing
            var natX = columnX[index] + (column.width - total) / 2
            for gateway in column.edgeNATGateways {
                let rect = DiagramRect(
                    x: natX, y: gatewayTop, width: headerSize(of: gateway).width, height: gatewayHeight)
                place(gateway, in: rect, parentID: vpcBox.id)
                gatewayRects[gateway.id] = rect
                natX = rect.maxX + Self.spacing
            }
        }
        var strayX = cursor
        for gateway in strayNATs {
            let rect = DiagramRect(
                x: strayX, y: gatewayTop, width: headerSize(of: gateway).width, height: gatewayHeight)
            place(gateway, in: rect, parentID: vpcBox.id)
            gatewayRects[gateway.id] = rect
            strayX = rect.maxX + Self.spacing
        }

        // Arrows: right from the source, along its zone's lane, then into the gateway.
        func laneX(column: Int, lane: Int) -> Int {
            columnX[column] + Self.inset + columns[column].contentWidth + 8 + lane * Self.laneSpacing
        }
        for (index, column) in columns.enumerated() {
            for route in column.routes {
                guard let from = sourceRects[route.sourceID], let to = gatewayRects[route.gatewayID] else { continue }
                let sourceLaneX = laneX(column: index, lane: route.laneInZone)
                let startY =
                    route.fromNATGateway
                    ? from.y + (route.rankInSource + 1) * (from.height / 2) / (route.sourceRouteCount + 1)
                    : from.y + 20 + route.rankInSource * 6
                let sameGateway = routes.filter { $0.gatewayID == route.gatewayID }
                let rank = sameGateway.firstIndex { $0.sourceID == route.sourceID } ?? 0
                let start = [DiagramPoint(x: from.maxX, y: startY), DiagramPoint(x: sourceLaneX, y: startY)]
                var points: [DiagramPoint]
                switch route.target {
                case .internetGateway:
                    let lane = topRoutes.firstIndex { $0.sourceID == route.sourceID && $0.gatewayID == route.gatewayID }
                    let laneY = topLaneBase + (lane ?? 0) * Self.laneSpacing
                    let entryX = to.x + (rank + 1) * to.width / (sameGateway.count + 1)
                    points = start + [
                        DiagramPoint(x: sourceLaneX, y: laneY), DiagramPoint(x: entryX, y: laneY),
                        DiagramPoint(x: entryX, y: to.maxY),
                    ]
                case .edgeNATGateway:
                    let lane = bottomRoutes.firstIndex {
                        $0.sourceID == route.sourceID && $0.gatewayID == route.gatewayID
                    }
                    let laneY = bottomLaneBase + (lane ?? 0) * Self.laneSpacing
                    let entryX = to.x + (rank + 1) * to.width / (sameGateway.count + 1)
                    points = start + [
                        DiagramPoint(x: sourceLaneX, y: laneY), DiagramPoint(x: entryX, y: laneY),
                        DiagramPoint(x: entryX, y: to.y),
                    ]
                case .natGateway(let targetColumn):
                    // Arrivals share the lower half of the gateway's right edge; departures use the upper half.
                    let entryY = to.y + to.height / 2 + (rank + 1) * (to.height / 2) / (sameGateway.count + 1)
                    if let arrivalIndex = route.arrivalIndex {
                        let lane = bottomRoutes.firstIndex {
                            $0.sourceID == route.sourceID && $0.gatewayID == route.gatewayID
                        }
                        let laneY = bottomLaneBase + (lane ?? 0) * Self.laneSpacing
                        let arrivalX = laneX(column: targetColumn, lane: columns[targetColumn].routes.count + arrivalIndex)
                        points = start + [
                            DiagramPoint(x: sourceLaneX, y: laneY), DiagramPoint(x: arrivalX, y: laneY),
                            DiagramPoint(x: arrivalX, y: entryY), DiagramPoint(x: to.maxX, y: entryY),
                        ]
                    } else {
                        points = start + [
                            DiagramPoint(x: sourceLaneX, y: entryY), DiagramPoint(x: to.maxX, y: entryY),
                        ]
                    }
                }
                connectors.append(
                    DiagramLayout.Connector(fromID: route.sourceID, toID: route.gatewayID, points: points))
            }
        }
        return vpcRect
    }

    /// Measures each zone's column: its subnets, routes, edge NAT gateways and widths.
    ///
    /// A subnet's routes leave the subnet; the NAT gateways inside it also get a route to each
    /// internet gateway the subnet routes to, because their traffic follows the subnet's table.
    private func measureColumns(of vpc: ArchitectureGraph.VPC) -> [Column] {
        let internetGateways = Set(vpc.internetGateways.map(\.id))
        let edgeNATs = Set(vpc.natGateways.map(\.id))
        var natColumns: [String: Int] = [:]
        for (zoneIndex, zone) in vpc.zones.enumerated() {
            for subnet in zone.subnets {
                for gateway in subnet.natGateways {
                    natColumns[gateway.id] = zoneIndex
                }
            }
        }
        func target(_ id: String) -> Route.Target? {
            if internetGateways.contains(id) { return .internetGateway }
            if let column = natColumns[id] { return .natGateway(column: column) }
            return edgeNATs.contains(id) ? .edgeNATGateway : nil
        }

        var columns: [Column] = vpc.zones.enumerated().map { zoneIndex, zone in
            let subnets = zone.subnets.filter(\.isPublic) + zone.subnets.filter { !$0.isPublic }
            var routes: [Route] = []
            func addRoutes(from sourceID: String, to targets: [String], fromNATGateway: Bool) {
                for (rank, gatewayID) in targets.enumerated() {
                    guard let target = target(gatewayID) else { continue }
                    routes.append(
                        Route(
                            sourceID: sourceID, gatewayID: gatewayID, rankInSource: rank,
                            sourceRouteCount: targets.count, laneInZone: routes.count, target: target,
                            fromNATGateway: fromNATGateway))
                }
            }
            for subnet in subnets {
                let targets = subnet.routeTargets.filter { target($0) != nil }
                addRoutes(from: subnet.node.id, to: targets, fromNATGateway: false)
                for gateway in subnet.natGateways {
                    addRoutes(
                        from: gateway.id, to: subnet.routeTargets.filter { internetGateways.contains($0) },
                        fromNATGateway: true)
                }
            }
            let zoneNATs = zone.name.map { name in vpc.natGateways.filter { vpc.natGatewayZones[$0.id] == name } } ?? []
            let label = zone.name ?? DiagramVocabulary.unknownZone(language)
            let zoneNode = ArchitectureGraph.Node(
                id: "\(vpc.node.id)/zone/\(zoneIndex)", kind: .availabilityZone, label: label)
            let natWidth =
                zoneNATs.reduce(0) { $0 + headerSize(of: $1).width }
                + max(zoneNATs.count - 1, 0) * Self.spacing
            let contentWidth = max(
                subnets.map { size(of: $0).width }.max() ?? 0, headerSize(of: zoneNode).width,
                natWidth - 2 * Self.inset)
            return Column(
                zoneNode: zoneNode, subnets: subnets, routes: routes, edgeNATGateways: zoneNATs,
                contentWidth: contentWidth)
        }

        // Routes to a NAT gateway in another zone arrive through a lane in that zone's margin.
        for index in columns.indices {
            for routeIndex in columns[index].routes.indices {
                guard case .natGateway(let targetColumn) = columns[index].routes[routeIndex].target,
                    targetColumn != index
                else { continue }
                columns[index].routes[routeIndex].arrivalIndex = columns[targetColumn].arrivalCount
                columns[targetColumn].arrivalCount += 1
            }
        }
        return columns
    }

    /// Returns the heights of the public band and the private band, the tallest over all zones.
    private func bandHeights(of columns: [Column]) -> (public: Int, private: Int) {
        func height(_ subnets: [ArchitectureGraph.Subnet]) -> Int {
            guard !subnets.isEmpty else { return 0 }
            return subnets.reduce(0) { $0 + size(of: $1).height } + (subnets.count - 1) * Self.spacing
        }
        let publicHeight = columns.map { height($0.subnets.filter(\.isPublic)) }.max() ?? 0
        let privateHeight = columns.map { height($0.subnets.filter { !$0.isPublic }) }.max() ?? 0
        return (publicHeight, privateHeight)
    }
}
