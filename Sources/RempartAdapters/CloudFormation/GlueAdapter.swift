import RempartModel
import RempartTemplate

/// Reads AWS Glue catalog encryption settings, security configurations, crawlers, development endpoints and jobs.
enum GlueAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let catalogs: [any AWSResource] = input.resources(ofType: "AWS::Glue::DataCatalogEncryptionSettings").map {
            template, resource in
            let settings = PropertyReader(resource, file: template.file).child("DataCatalogEncryptionSettings")
            return GlueDataCatalogEncryptionSettings(
                address: PropertyReader.address(of: resource),
                returnsConnectionPasswordEncrypted: settings.bool(
                    "ConnectionPasswordEncryption", "ReturnConnectionPasswordEncrypted", default: false),
                catalogEncryptionMode: settings.optionalString("EncryptionAtRest", "CatalogEncryptionMode"))
        }
        let configurations: [any AWSResource] = input.resources(ofType: "AWS::Glue::SecurityConfiguration").map {
            template, resource in
            let encryption = PropertyReader(resource, file: template.file).child("EncryptionConfiguration")
            return GlueSecurityConfiguration(
                address: PropertyReader.address(of: resource),
                cloudWatchEncryptionMode: encryption.optionalString("CloudWatchEncryption", "CloudWatchEncryptionMode"),
                jobBookmarksEncryptionMode: encryption.optionalString(
                    "JobBookmarksEncryption", "JobBookmarksEncryptionMode"),
                s3EncryptionModes: s3Modes(encryption))
        }
        let components: [any AWSResource] = ["AWS::Glue::Crawler", "AWS::Glue::DevEndpoint", "AWS::Glue::Job"]
            .flatMap { input.resources(ofType: $0) }
            .map { template, resource in
                let properties = PropertyReader(resource, file: template.file)
                let key =
                    resource.type == "AWS::Glue::Crawler" ? "CrawlerSecurityConfiguration" : "SecurityConfiguration"
                return GlueComponent(
                    address: PropertyReader.address(of: resource),
                    securityConfiguration: properties.optionalIdentifier(key))
            }
        return catalogs + configurations + components
    }

    private static func s3Modes(_ encryption: PropertyReader) -> Resolved<[String?]> {
        let entries = encryption.elements("S3Encryptions")
        guard let readers = entries.value else { return entries.map { _ in [] } }
        var modes: [String?] = []
        for reader in readers {
            let mode = reader.optionalString("S3EncryptionMode")
            if case .unknown(let reason) = mode.state { return .unresolved(reason, at: mode.origin) }
            modes.append(mode.value ?? nil)
        }
        return entries.map { _ in modes }
    }
}
