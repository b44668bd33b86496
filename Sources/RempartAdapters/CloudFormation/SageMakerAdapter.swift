import RempartModel
import RempartTemplate

/// Reads Amazon SageMaker notebook instances, domains, data quality job definitions and models.
enum SageMakerAdapter: ServiceAdapter {
    static func adapt(_ input: AdapterInput) -> [any AWSResource] {
        let sageMakerNotebookInstances: [any AWSResource] = input.resources(ofType: "AWS::SageMaker::NotebookInstance")
            .map { template, resource in
                let properties = PropertyReader(resource, file: template.file)
                return SageMakerNotebookInstance(
                    address: PropertyReader.address(of: resource),
                    kmsKeyID: properties.optionalIdentifier("KmsKeyId"),
                    minimumIMDSVersion: properties.optionalString(
                        "InstanceMetadataServiceConfiguration", "MinimumInstanceMetadataServiceVersion"))
            }
        let sageMakerDomains: [any AWSResource] = input.resources(ofType: "AWS::SageMaker::Domain").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return SageMakerDomain(
                address: PropertyReader.address(of: resource),
                kmsKeyID: properties.optionalIdentifier("KmsKeyId"))
        }
        let sageMakerDataQualityJobDefinitions: [any AWSResource] = input.resources(
            ofType: "AWS::SageMaker::DataQualityJobDefinition"
        ).map { template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return SageMakerDataQualityJobDefinition(
                address: PropertyReader.address(of: resource),
                outputKMSKeyID: properties.optionalIdentifier("DataQualityJobOutputConfig", "KmsKeyId"),
                volumeKMSKeyID: properties.optionalIdentifier("JobResources", "ClusterConfig", "VolumeKmsKeyId"),
                encryptsInterContainerTraffic: properties.bool(
                    "NetworkConfig", "EnableInterContainerTrafficEncryption", default: false))
        }
        let sageMakerModels: [any AWSResource] = input.resources(ofType: "AWS::SageMaker::Model").map {
            template, resource in
            let properties = PropertyReader(resource, file: template.file)
            return SageMakerModel(
                address: PropertyReader.address(of: resource),
                isNetworkIsolated: properties.bool("EnableNetworkIsolation", default: false))
        }
        return sageMakerNotebookInstances + sageMakerDomains + sageMakerDataQualityJobDefinitions + sageMakerModels
    }
}
