// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Rempart",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rempart", targets: ["rempart"]),
        .library(name: "RempartScanner", targets: ["RempartScanner"]),
        .library(name: "RempartAWS", targets: ["RempartAWS"]),
    ],
    targets: [
        // C libraries from Debian: libyaml-dev and libssl-dev.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl"])]
        ),

        .target(name: "RempartSupport"),
        .target(name: "RempartTemplate", dependencies: ["RempartSupport", "CYAML"]),
        .target(name: "RempartModel", dependencies: ["RempartSupport"]),
        .target(name: "RempartInfra", dependencies: ["RempartSupport", "RempartTemplate"]),
        .target(name: "RempartAdapters", dependencies: ["RempartSupport", "RempartTemplate", "RempartModel"]),
        .target(name: "RempartRules", dependencies: ["RempartSupport", "RempartModel", "RempartSecrets"]),
        .target(
            name: "RempartScanner",
            dependencies: [
                "RempartSupport", "RempartTemplate", "RempartModel", "RempartAdapters", "RempartRules", "RempartSecrets",
            ]
        ),
        .target(
            name: "RempartReport",
            dependencies: ["RempartSupport", "RempartModel", "RempartRules", "RempartScanner", "RempartSecrets"]
        ),
        .target(name: "RempartAWS", dependencies: ["RempartSupport", "CCrypto"]),
        .target(
            name: "RempartAudit",
            dependencies: [
                "RempartSupport", "RempartTemplate", "RempartModel", "RempartAdapters", "RempartRules", "RempartScanner",
                "RempartAWS",
            ]
        ),
        .target(name: "RempartSecrets", dependencies: ["RempartSupport"]),
        .target(
            name: "RempartDeploy",
            dependencies: [
                "RempartSupport", "RempartTemplate", "RempartInfra", "RempartScanner", "RempartReport", "RempartAWS",
            ]
        ),
        .target(
            name: "RempartCLI",
            dependencies: [
                "RempartSupport", "RempartTemplate", "RempartModel", "RempartRules", "RempartScanner",
                "RempartReport", "RempartAWS", "RempartInfra", "RempartAudit", "RempartDeploy",
            ]
        ),
        .executableTarget(name: "rempart", dependencies: ["RempartCLI"]),

        .testTarget(
            name: "RempartDeployTests",
            dependencies: ["RempartDeploy", "RempartAWS", "RempartInfra", "RempartSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "RempartInfraTests", dependencies: ["RempartInfra", "RempartTemplate"]),
        .testTarget(name: "RempartTemplateTests", dependencies: ["RempartTemplate"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "RempartRulesTests",
            dependencies: ["RempartTemplate", "RempartModel", "RempartAdapters", "RempartRules", "RempartScanner"],
            // The tests read their fixtures from the source tree by path.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "RempartAuditTests",
            dependencies: [
                "RempartAudit", "RempartAWS", "RempartDeploy", "RempartInfra", "RempartModel", "RempartReport",
                "RempartRules", "RempartScanner", "RempartSupport",
            ],
            // The tests read their fixtures and golden files from the source tree by path.
            exclude: ["Fixtures", "Snapshots"]
        ),
        .testTarget(name: "RempartAWSTests", dependencies: ["RempartAWS", "RempartSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "RempartSecretsTests", dependencies: ["RempartSecrets"]),
        .testTarget(
            name: "RempartCLITests",
            dependencies: ["RempartAWS", "RempartCLI", "RempartScanner", "RempartReport", "RempartTemplate"],
            resources: [.copy("Snapshots")]
        ),
        .testTarget(
            name: "RempartReportTests",
            dependencies: [
                "RempartModel", "RempartReport", "RempartRules", "RempartScanner", "RempartSupport", "RempartTemplate",
            ],
            exclude: ["Snapshots"]
        ),
    ]
)
