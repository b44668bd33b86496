import RempartModel
import RempartTemplate

/// Reads Amazon Timestream databases.
enum TimestreamAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let timestreamDatabases: [any AWSResource] = input.resources(ofType: "AWS::Timestream::Database").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return TimestreamDatabase(
                address: PropertyReader.address(of: resource),
                kmsKeyID: properties.optionalIdentifier("KmsKeyId"))
        }
        return timestreamDatabases
    }
}
