import RempartSupport

extension DiagramCanvas {
    /// A route from a subnet to a gateway of the same VPC, before it is drawn.
    private struct Route {
        var subnetID: String
        var gatewayID: String
        /// The route's rank among the routes of its subnet, to separate their starting points.
        var rankInSubnet: Int
        /// The route's lane in the zone's right margin.
        var laneInZone: Int
        var toInternetGateway: Bool
    }

    /// The measured column of one availability zone.
    private struct Column {
        var zoneNode: ArchitectureGraph.Node
        /// Public subnets first, then private ones, each group in the graph's order.
        var subnets: [ArchitectureGraph.Subnet]
        var routes: [Route]
        var natGateways: [ArchitectureGraph.Node]
        /// The width of the subnets, which all get the same width.
        var contentWidth: Int
        /// The right margin reserved for arrow lanes.
        var gutter: Int
        var width: Int { DiagramCanvas.inset + contentWidth + gutter + DiagramCanvas.inset }
    }

    /// Places `vpc` with its top left corner at (`x`, `y`) and returns its rectangle.
    ///
    /// Gateways straddle the returned rectangle's top and bottom edges by half their height.
    mutating func placeVPC(_ vpc: ArchitectureGraph.VPC, x: Int, y: Int) -> DiagramRect {
        let columns = measureColumns(of: vpc)
        let routes = columns.flatMap(\.routes)
        let topRoutes = routes.filter(\.toInternetGateway)
        let bottomRoutes = routes.filter { !$0.toInternetGateway }
        let gatewayHeight = DiagramLayoutEngine.gatewayHeight
        let header = headerSize(of: vpc.node)

        // Vertical bands: header, lanes to the internet gateways, zones, lanes to the NAT gateways.
        let topLaneBase = y + header.height + 6
        let zoneTop = topRoutes.isEmpty ? y + header.height + 6 : topLaneBase + topRoutes.count * Self.laneSpacing + 4
        let bands = bandHeights(of: columns)
        let zoneHeight =
            Self.headerHeight + bands.public + (bands.public > 0 && bands.private > 0 ? Self.spacing : 0)
            + bands.private + Self.inset
        let zoneBottom = zoneTop + zoneHeight
        let bottomLaneBase = zoneBottom + 8
        let gatewayTop = bottomRoutes.isEmpty ? zoneBottom + 12 : bottomLaneBase + bottomRoutes.count * Self.laneSpacing
        let vpcBottom = vpc.natGateways.isEmpty ? zoneBottom + 16 : gatewayTop + gatewayHeight / 2

        // Horizontal extent: the zones, NAT gateways of unknown zone, and the header beside the internet gateways.
        var columnX: [Int] = []
        var cursor = x + 16
        for column in columns {
            columnX.append(cursor)
            cursor += column.width + 16
        }
        let placedNATs = Set(columns.flatMap(\.natGateways).map(\.id))
        let strayNATs = vpc.natGateways.filter { !placedNATs.contains($0.id) }
        let strayWidth = strayNATs.reduce(0) { $0 + headerSize(of: $1).width + Self.spacing }
        let gatewaysWidth = vpc.internetGateways.reduce(0) { $0 + headerSize(of: $1).width + Self.spacing }
        let width = max(
            cursor + strayWidth - x, header.width + 16 + gatewaysWidth + 24, 240)
        let vpcRect = DiagramRect(x: x, y: y, width: width, height: vpcBottom - y)
        let vpcBox = place(vpc.node, in: vpcRect, parentID: nil)

        // Zones and their subnets.
        var subnetRects: [String: DiagramRect] = [:]
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
                subnetRects[subnet.node.id] = box.rect
            }
        }

        // Gateways on the edges: internet gateways right-aligned on top, NAT gateways under their zone.
        var gatewayRects: [String: DiagramRect] = [:]
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
                column.natGateways.reduce(0) { $0 + headerSize(of: $1).width }
                + max(column.natGateways.count - 1, 0) * Self.spacing
            var natX = columnX[index] + (column.width - total) / 2
            for gateway in column.natGateways {
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

        // Arrows: right from the subnet, along its zone's lane, along a horizontal lane, into the gateway.
        for (index, column) in columns.enumerated() {
            for route in column.routes {
                guard let from = subnetRects[route.subnetID], let to = gatewayRects[route.gatewayID] else { continue }
                let laneX = columnX[index] + Self.inset + column.contentWidth + 8 + route.laneInZone * Self.laneSpacing
                let startY = from.y + 20 + route.rankInSubnet * 6
                let sameGateway = routes.filter { $0.gatewayID == route.gatewayID }
                let rank = sameGateway.firstIndex { $0.subnetID == route.subnetID } ?? 0
                let entryX = to.x + (rank + 1) * to.width / (sameGateway.count + 1)
                let laneY: Int
                let endY: Int
                if route.toInternetGateway {
                    let lane = topRoutes.firstIndex { $0.subnetID == route.subnetID && $0.gatewayID == route.gatewayID }
                    laneY = topLaneBase + (lane ?? 0) * Self.laneSpacing
                    endY = to.maxY
                } else {
                    let lane = bottomRoutes.firstIndex {
                        $0.subnetID == route.subnetID && $0.gatewayID == route.gatewayID
                    }
                    laneY = bottomLaneBase + (lane ?? 0) * Self.laneSpacing
                    endY = to.y
                }
                let points = [
                    DiagramPoint(x: from.maxX, y: startY), DiagramPoint(x: laneX, y: startY),
                    DiagramPoint(x: laneX, y: laneY), DiagramPoint(x: entryX, y: laneY),
                    DiagramPoint(x: entryX, y: endY),
                ]
                connectors.append(
                    DiagramLayout.Connector(fromID: route.subnetID, toID: route.gatewayID, points: points))
            }
        }
        return vpcRect
    }

    /// Measures each zone's column: its subnets, routes, NAT gateways and widths.
    private func measureColumns(of vpc: ArchitectureGraph.VPC) -> [Column] {
        let internetGateways = Set(vpc.internetGateways.map(\.id))
        let natGateways = Set(vpc.natGateways.map(\.id))
        return vpc.zones.enumerated().map { zoneIndex, zone in
            let subnets = zone.subnets.filter(\.isPublic) + zone.subnets.filter { !$0.isPublic }
            var routes: [Route] = []
            for subnet in subnets {
                let targets = subnet.routeTargets.filter { internetGateways.contains($0) || natGateways.contains($0) }
                for (rank, target) in targets.enumerated() {
                    routes.append(
                        Route(
                            subnetID: subnet.node.id, gatewayID: target, rankInSubnet: rank,
                            laneInZone: routes.count, toInternetGateway: internetGateways.contains(target)))
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
            let gutter = routes.isEmpty ? 0 : 8 + routes.count * Self.laneSpacing
            return Column(
                zoneNode: zoneNode, subnets: subnets, routes: routes, natGateways: zoneNATs,
                contentWidth: contentWidth, gutter: gutter)
        }
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
