import Foundation
import RempartAWS
import Testing

struct ProtocolEncodingTests {
    @Test func ec2ListsUseBareIndexes() {
        let items = AWSProtocol.ec2(version: "2016-11-15").queryItems(
            action: "DescribeVpcs",
            parameters: [
                ("VpcId", ["vpc-1", "vpc-2"]),
                (
                    "Filter",
                    [["Name": "tag:Name", "Value": ["web", "db"]], ["Name": "state", "Value": ["available"]]]
                ),
            ])
        #expect(
            items == [
                QueryItem("Action", "DescribeVpcs"), QueryItem("Version", "2016-11-15"),
                QueryItem("VpcId.1", "vpc-1"), QueryItem("VpcId.2", "vpc-2"),
                QueryItem("Filter.1.Name", "tag:Name"), QueryItem("Filter.1.Value.1", "web"),
                QueryItem("Filter.1.Value.2", "db"),
                QueryItem("Filter.2.Name", "state"), QueryItem("Filter.2.Value.1", "available"),
            ])
    }

    @Test func ec2TagSpecificationIsNested() {
        let items = AWSProtocol.ec2(version: "2016-11-15").queryItems(
            action: "CreateVpc",
            parameters: [("TagSpecification", [["ResourceType": "vpc", "Tag": [["Key": "Name", "Value": "lab"]]]])])
        #expect(
            items.dropFirst(2).map { "\($0.name)=\($0.value)" } == [
                "TagSpecification.1.ResourceType=vpc", "TagSpecification.1.Tag.1.Key=Name",
                "TagSpecification.1.Tag.1.Value=lab",
            ])
    }

    @Test func queryListsUseMember() {
        let items = AWSProtocol.query(version: "2010-05-15").queryItems(
            action: "CreateStack",
            parameters: [
                ("StackName", "lab"), ("Capabilities", ["CAPABILITY_IAM"]),
                ("Parameters", [["ParameterKey": "Env", "ParameterValue": "prod"]]),
            ])
        #expect(
            items.dropFirst(2).map { "\($0.name)=\($0.value)" } == [
                "StackName=lab", "Capabilities.member.1=CAPABILITY_IAM", "Parameters.member.1.ParameterKey=Env",
                "Parameters.member.1.ParameterValue=prod",
            ])
    }

    @Test func queryMapsUseEntryKeyValue() {
        let items = AWSProtocol.query(version: "2010-08-01").queryItems(
            action: "X", parameters: [("Attributes", .map([("a", "1"), ("b", "2")]))])
        #expect(
            items.dropFirst(2).map { "\($0.name)=\($0.value)" } == [
                "Attributes.entry.1.key=a", "Attributes.entry.1.value=1", "Attributes.entry.2.key=b",
                "Attributes.entry.2.value=2",
            ])
    }

    @Test func formBodyEncodesReservedCharacters() {
        let body = URIEncoding.queryString([QueryItem("PolicyDocument", "{\"a\": \"b/c+d\"}")])
        #expect(body == "PolicyDocument=%7B%22a%22%3A%20%22b%2Fc%2Bd%22%7D")
    }

    @Test func contentTypesFollowProtocol() {
        #expect(AWSService.ec2.wireProtocol.contentType == "application/x-www-form-urlencoded; charset=utf-8")
        #expect(AWSService.kms.wireProtocol.contentType == "application/x-amz-json-1.1")
        #expect(AWSService.s3.wireProtocol.contentType == "application/xml")
    }

    @Test func serviceTableHoldsQuirks() {
        #expect(AWSService.iam.signingRegion(for: "ca-central-1") == "us-east-1")
        #expect(AWSService.iam.defaultEndpoint(region: "ca-central-1") == "https://iam.amazonaws.com")
        #expect(
            AWSService.cloudWatch.defaultEndpoint(region: "ca-central-1")
                == "https://monitoring.ca-central-1.amazonaws.com")
        #expect(AWSService.s3.usesPathStyle)
        #expect(
            AWSService.all.map(\.environmentName) == [
                "CLOUDFORMATION", "CLOUDTRAIL", "CLOUDWATCH", "EC2", "IAM", "KMS", "CLOUDWATCH_LOGS", "S3", "SSM", "STS",
            ])
    }

    @Test func jsonCallSendsTargetAndBody() async throws {
        let stub = StubTransport(bodies: [
            #"{"KeyMetadata":{"KeyId":"k-1","Arn":"arn:aws:kms:us-east-1:123456789012:key/k-1","KeyState":"Enabled","Enabled":true}}"#
        ])
        let key = try await KMS(client: TestClients.client(transport: stub)).describeKey("alias/lab")
        #expect(key.keyID == "k-1")
        #expect(key.isEnabled)
        let request = try #require(stub.requests.first)
        #expect(request.headers.value(for: "X-Amz-Target") == "TrentService.DescribeKey")
        #expect(request.headers.value(for: "Content-Type") == "application/x-amz-json-1.1")
        #expect(String(decoding: request.body, as: UTF8.self) == #"{"KeyId":"alias/lab"}"#)
    }

    @Test func xmlWriterEscapes() {
        let document = XMLWriter.element("A", [.text("B", "x<&>\"'y")]).document()
        #expect(
            document
                == #"<?xml version="1.0" encoding="UTF-8"?><A xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><B>x&lt;&amp;&gt;&quot;&apos;y</B></A>"#
        )
    }
}
