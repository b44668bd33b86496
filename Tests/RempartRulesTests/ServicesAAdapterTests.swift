import Foundation
import RempartModel
import RempartScanner
import RempartSupport
import Testing

/// Reads the lab's hardening resources and folded resources through the CloudFormation
/// adapters of IAM, CloudTrail, CloudWatch and SQS.
struct ServicesAAdapterTests {
    private func state(_ template: String) -> AWSState {
        Pipeline.run([Pipeline.Source(file: "lab.yaml", text: template)], rules: []).state
    }

    @Test func alarmOnInstancePackets() throws {
        let state = state(
            """
            Resources:
              Web:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: ami-0a1b2c3d
              PacketsIn:
                Type: AWS::CloudWatch::Alarm
                Properties:
                  AlarmName: !Sub alarm-packetsIn-${Web}
                  Namespace: AWS/EC2
                  MetricName: NetworkPacketsIn
                  Statistic: Sum
                  ComparisonOperator: GreaterThanThreshold
                  Threshold: 1000
                  Period: 300
                  EvaluationPeriods: 1
                  Dimensions:
                    - Name: InstanceId
                      Value: !Ref Web
            """)
        let alarm = try #require(state.all(CloudWatchAlarm.self).first)
        #expect(alarm.metricName.value == "NetworkPacketsIn")
        #expect(alarm.namespace.value == "AWS/EC2")
        #expect(alarm.threshold.value == 1000)
        #expect(alarm.period.value == 300)
        #expect(alarm.evaluationPeriods.value == 1)
        #expect(alarm.comparisonOperator.value == "GreaterThanThreshold")
        #expect(alarm.dimensions.count == 1)
        #expect(alarm.dimensions.first?.name.value == "InstanceId")
        #expect(alarm.dimensions.first?.value.value??.link?.logicalID == "Web")
        #expect(!alarm.datapointsToAlarm.isExplicit)
    }

    @Test func trailWithBucketDataEvents() throws {
        let state = state(
            """
            Resources:
              Data:
                Type: AWS::S3::Bucket
              Trail:
                Type: AWS::CloudTrail::Trail
                Properties:
                  IsLogging: true
                  S3BucketName: audit-logs
                  EventSelectors:
                    - ReadWriteType: All
                      IncludeManagementEvents: false
                      DataResources:
                        - Type: AWS::S3::Object
                          Values:
                            - !Sub ${Data.Arn}/
            """)
        let trail = try #require(state.all(CloudTrailTrail.self).first)
        #expect(trail.isLogging.value == true)
        #expect(trail.s3Bucket.value??.literal == "audit-logs")
        #expect(trail.isMultiRegion.value == false)
        #expect(!trail.isMultiRegion.isExplicit)
        let selector = try #require(trail.eventSelectors.first)
        #expect(selector.readWriteType.value == "All")
        #expect(selector.includesManagementEvents.value == false)
        #expect(selector.dataResources.first?.type.value == "AWS::S3::Object")
        #expect(selector.dataResources.first?.values.count == 1)
    }

    @Test func queuePolicyFoldsIntoItsQueue() throws {
        let state = state(
            """
            Resources:
              Jobs:
                Type: AWS::SQS::Queue
              Other:
                Type: AWS::SQS::Queue
              JobsPolicy:
                Type: AWS::SQS::QueuePolicy
                Properties:
                  Queues: [!Ref Jobs]
                  PolicyDocument:
                    Statement:
                      Effect: Allow
                      Principal: {Service: sns.amazonaws.com}
                      Action: sqs:SendMessage
                      Resource: '*'
            """)
        let queues = Dictionary(uniqueKeysWithValues: state.all(SQSQueue.self).map { ($0.address.name, $0) })
        #expect(queues["Jobs"]?.policies.count == 1)
        #expect(queues["Other"]?.policies.isEmpty == true)
    }

    @Test func accessKeyDefaultsToActive() throws {
        let state = state(
            """
            Resources:
              Deployer:
                Type: AWS::IAM::User
              Key:
                Type: AWS::IAM::AccessKey
                Properties:
                  UserName: !Ref Deployer
              Profile:
                Type: AWS::IAM::InstanceProfile
                Properties:
                  Roles: [lab-instance-role]
            """)
        let key = try #require(state.all(IAMAccessKey.self).first)
        #expect(key.status.value == "Active")
        #expect(!key.status.isExplicit)
        #expect(key.user.value?.link?.logicalID == "Deployer")
        let profile = try #require(state.all(IAMInstanceProfile.self).first)
        #expect(profile.roles.map { $0.value?.literal } == ["lab-instance-role"])
    }
}
