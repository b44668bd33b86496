import Foundation
import RempartAWS
import Testing

struct ErrorDecodingTests {
    private func failure(_ service: AWSService, status: Int, body: String, headers: [HTTPHeader] = []) async
        -> AWSError?
    {
        let stub = StubTransport([HTTPResponse(status: status, headers: headers, body: Data(body.utf8))])
        let client = TestClients.client(transport: stub, maxAttempts: 1)
        do {
            switch service.wireProtocol {
            case .json: _ = try await client.json(service, "DescribeKey", ["KeyId": "x"])
            case .restXML:
                _ = try await client.send(service: service, operation: "GetBucketPolicy", method: "GET", path: "/b")
            case .ec2, .query: _ = try await client.query(service, "DescribeVpcs")
            }
            return nil
        } catch {
            return error as? AWSError
        }
    }

    @Test func decodesEC2ErrorShape() async {
        let body = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Response><Errors><Error><Code>InvalidVpcID.NotFound</Code><Message>The vpc ID 'vpc-1' does not exist</Message></Error></Errors>
            <RequestID>req-ec2</RequestID></Response>
            """
        #expect(
            await failure(.ec2, status: 400, body: body)
                == .service(
                    AWSErrorContext(
                        service: "ec2", operation: "DescribeVpcs", statusCode: 400, code: "InvalidVpcID.NotFound",
                        message: "The vpc ID 'vpc-1' does not exist", requestID: "req-ec2")))
    }

    @Test func decodesQueryErrorShape() async {
        let body = """
            <ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type>
            <Code>NoSuchEntity</Code><Message>The role with name lab cannot be found.</Message></Error>
            <RequestId>req-iam</RequestId></ErrorResponse>
            """
        #expect(
            await failure(.iam, status: 404, body: body)
                == .service(
                    AWSErrorContext(
                        service: "iam", operation: "DescribeVpcs", statusCode: 404, code: "NoSuchEntity",
                        message: "The role with name lab cannot be found.", requestID: "req-iam")))
    }

    @Test func decodesS3ErrorShape() async {
        let body = """
            <Error><Code>NoSuchBucketPolicy</Code><Message>The bucket policy does not exist</Message>
            <BucketName>b</BucketName><RequestId>req-s3</RequestId></Error>
            """
        #expect(
            await failure(.s3, status: 404, body: body)
                == .service(
                    AWSErrorContext(
                        service: "s3", operation: "GetBucketPolicy", statusCode: 404, code: "NoSuchBucketPolicy",
                        message: "The bucket policy does not exist", requestID: "req-s3")))
    }

    @Test func decodesJSONErrorWithNamespace() async {
        let body = #"{"__type":"com.amazonaws.kms#NotFoundException","message":"Key 'x' does not exist"}"#
        #expect(
            await failure(.kms, status: 400, body: body, headers: [HTTPHeader("x-amzn-RequestId", "req-kms")])
                == .service(
                    AWSErrorContext(
                        service: "kms", operation: "DescribeKey", statusCode: 400, code: "NotFoundException",
                        message: "Key 'x' does not exist", requestID: "req-kms")))
    }

    @Test func reportsHTMLPageAsUnexpected() async throws {
        let html =
            "<!doctype html>\n<html><title>500 Internal Server Error</title><h1>Internal Server Error</h1></html>"
        let error = try #require(await failure(.cloudTrail, status: 500, body: html))
        #expect(
            error
                == .unexpectedResponse(
                    service: "cloudtrail", operation: "DescribeKey", statusCode: 500,
                    bodyPrefix:
                        "<!doctype html> <html><title>500 Internal Server Error</title><h1>Internal Server Error</h1></html>"
                ))
        #expect(error.description.hasPrefix("cloudtrail DescribeKey returned HTTP 500 without an AWS error body"))
    }

    @Test func messagesExistInFrench() {
        let error = AWSError.service(
            AWSErrorContext(
                service: "s3", operation: "CreateBucket", statusCode: 409, code: "BucketAlreadyExists",
                message: "taken", requestID: "r1"))
        #expect(
            error.message.english == "s3 CreateBucket failed with BucketAlreadyExists (HTTP 409): taken (request ID r1)"
        )
        #expect(
            error.message.french
                == "s3 CreateBucket a échoué avec BucketAlreadyExists (HTTP 409) : taken (ID de requête r1)")
    }
}
