import RempartModel
import RempartSupport
import RempartTemplate

/// Turns resolved CloudFormation templates into the AWS state.
///
/// Each service has its own adapter under `CloudFormation/`, listed in `serviceAdapters`.
/// Adapters receive every template of the scan at once, so a resource that configures another
/// (an `AWS::EC2::SecurityGroupIngress`, an `AWS::S3::BucketPolicy`) can be folded into its
/// target even when the two live in different files.
public enum CloudFormationAdapter {
    /// The service adapters, one per service, sorted by name.
    static let serviceAdapters: [any ServiceAdapter.Type] = [
        APIGatewayAdapter.self,
        AppSyncAdapter.self,
        AthenaAdapter.self,
        BackupAdapter.self,
        BedrockAdapter.self,
        CloudFrontAdapter.self,
        CloudTrailAdapter.self,
        CloudWatchAdapter.self,
        CodeBuildAdapter.self,
        CognitoAdapter.self,
        ConfigAdapter.self,
        DMSAdapter.self,
        DocumentDBAdapter.self,
        DynamoDBAdapter.self,
        EC2Adapter.self,
        ECRAdapter.self,
        ECSAdapter.self,
        EFSAdapter.self,
        EKSAdapter.self,
        ElastiCacheAdapter.self,
        ElasticsearchAdapter.self,
        ELBAdapter.self,
        GlueAdapter.self,
        IAMAdapter.self,
        KinesisAdapter.self,
        KMSAdapter.self,
        LambdaAdapter.self,
        MQAdapter.self,
        MSKAdapter.self,
        NeptuneAdapter.self,
        QLDBAdapter.self,
        RDSAdapter.self,
        RedshiftAdapter.self,
        S3Adapter.self,
        SageMakerAdapter.self,
        SAMAdapter.self,
        SecretsManagerAdapter.self,
        SNSAdapter.self,
        SQSAdapter.self,
        SSMAdapter.self,
        TimestreamAdapter.self,
        TransferAdapter.self,
        WAFv2Adapter.self,
        WorkSpacesAdapter.self,
    ]

    /// Returns the AWS state described by `templates`.
    public static func adapt(_ templates: [ResolvedTemplate]) -> AWSState {
        let input = AdapterInput(templates: templates)
        var state = AWSState()
        for adapter in serviceAdapters {
            state.add(contentsOf: adapter.adapt(input))
        }
        return state
    }
}

/// The adapter of one service: reads the resource types it owns from every template.
protocol ServiceAdapter: SendableMetatype {
    /// Returns the model resources built from `input`.
    static func adapt(_ input: AdapterInput) -> [any AWSResource]
}

/// The templates of one scan, with lookups shared by the service adapters.
struct AdapterInput: Sendable {
    /// The resolved templates, in the scan's order.
    let templates: [ResolvedTemplate]
    /// For each resource type, the template and resource positions of its resources, in order;
    /// every adapter asks for several types, so the templates are walked once here.
    private let positionsByType: [String: [(template: Int, resource: Int)]]
    /// The position of the first template of each file.
    private let templateByFile: [String: Int]

    /// Indexes `templates` by resource type and file.
    init(templates: [ResolvedTemplate]) {
        self.templates = templates
        var positionsByType: [String: [(template: Int, resource: Int)]] = [:]
        var templateByFile: [String: Int] = [:]
        for (templateIndex, template) in templates.enumerated() {
            if templateByFile[template.file] == nil { templateByFile[template.file] = templateIndex }
            for (resourceIndex, resource) in template.resources.enumerated() {
                positionsByType[resource.type, default: []].append((templateIndex, resourceIndex))
            }
        }
        self.positionsByType = positionsByType
        self.templateByFile = templateByFile
    }

    /// Returns every resource of `type` with its template, sorted by file then logical ID.
    func resources(ofType type: String) -> [(template: ResolvedTemplate, resource: ResolvedResource)] {
        (positionsByType[type] ?? []).map { position in
            let template = templates[position.template]
            return (template, template.resources[position.resource])
        }
    }

    /// Returns the resource a reference points at, with its template.
    func resource(for reference: ResourceReference) -> (template: ResolvedTemplate, resource: ResolvedResource)? {
        guard let index = templateByFile[reference.file],
            let resource = templates[index].resource(reference.logicalID)
        else { return nil }
        return (templates[index], resource)
    }
}
