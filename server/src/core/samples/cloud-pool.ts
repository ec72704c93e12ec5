/** Value pools for the synthetic cloud tenants: one AWS organisation, one Entra tenant, one Okta org. */

export const AWS_ACCOUNT = '111122223333';
export const AWS_REGIONS: readonly string[] = ['eu-west-1', 'eu-west-1', 'eu-west-1', 'us-east-1', 'eu-central-1'];

export interface AwsPrincipal {
  type: 'IAMUser' | 'AssumedRole' | 'AWSService';
  name: string;
  principalId: string;
  userAgent: string;
  sourceIp: string;
}

export const AWS_PRINCIPALS: readonly AwsPrincipal[] = [
  { type: 'IAMUser', name: 'alice.moreau', principalId: 'AIDAQ3EGRL5KXMPL7ALC', userAgent: 'aws-cli/2.22.4 md/awscrt#0.23.4 ua/2.1 os/linux#6.8.0-49-generic md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/prompt#off md/command#ec2.describe-instances', sourceIp: '198.51.100.24' },
  { type: 'IAMUser', name: 'jon.berg', principalId: 'AIDAQ3EGRL5KXMPLJBRG', userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', sourceIp: '198.51.100.24' },
  { type: 'AssumedRole', name: 'ci-deploy', principalId: 'AROAQ3EGRL5KCIDEPLOY:gitlab-ci-8842', userAgent: 'Boto3/1.35.76 md/Botocore#1.35.76 ua/2.0 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.7 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.35.76', sourceIp: '198.51.100.61' },
  { type: 'AssumedRole', name: 'app-server', principalId: 'AROAQ3EGRL5KAPPSRVR1:i-0a1b2c3d4e5f60718', userAgent: 'aws-sdk-java/2.29.20 Linux/6.1.115-126.197.amzn2023.x86_64 OpenJDK_64-Bit_Server_VM/21.0.5+11-LTS Java/21.0.5 vendor/Amazon.com_Inc. io/sync http/Apache cfg/retry-mode/legacy', sourceIp: '198.51.100.77' },
  { type: 'AssumedRole', name: 'AWSServiceRoleForConfig', principalId: 'AROAQ3EGRL5KCONFIGSV:AWSConfig-Describe', userAgent: 'config.amazonaws.com', sourceIp: 'config.amazonaws.com' },
];

/** Read-heavy API calls, as most CloudTrail traffic is. */
export const AWS_CALLS: readonly { source: string; name: string; readOnly: boolean; params?: Record<string, unknown> }[] = [
  { source: 'ec2.amazonaws.com', name: 'DescribeInstances', readOnly: true, params: { instancesSet: {}, filterSet: {} } },
  { source: 'ec2.amazonaws.com', name: 'DescribeSecurityGroups', readOnly: true, params: { securityGroupSet: {}, filterSet: {} } },
  { source: 'ec2.amazonaws.com', name: 'DescribeVolumes', readOnly: true, params: { volumeSet: {}, filterSet: {} } },
  { source: 's3.amazonaws.com', name: 'ListBuckets', readOnly: true, params: { Host: 's3.eu-west-1.amazonaws.com' } },
  { source: 's3.amazonaws.com', name: 'GetBucketLocation', readOnly: true, params: { bucketName: 'corp-app-artifacts', Host: 'corp-app-artifacts.s3.eu-west-1.amazonaws.com', location: '' } },
  { source: 'sts.amazonaws.com', name: 'GetCallerIdentity', readOnly: true },
  { source: 'kms.amazonaws.com', name: 'Decrypt', readOnly: true, params: { encryptionAlgorithm: 'SYMMETRIC_DEFAULT' } },
  { source: 'logs.amazonaws.com', name: 'DescribeLogGroups', readOnly: true, params: { limit: 50 } },
  { source: 'iam.amazonaws.com', name: 'ListRoles', readOnly: true, params: { maxItems: 100 } },
  { source: 'iam.amazonaws.com', name: 'GetUser', readOnly: true },
  { source: 'lambda.amazonaws.com', name: 'ListFunctions20150331', readOnly: true },
  { source: 'cloudtrail.amazonaws.com', name: 'DescribeTrails', readOnly: true, params: { trailNameList: [], includeShadowTrails: true } },
  { source: 'ssm.amazonaws.com', name: 'GetParameter', readOnly: true, params: { name: '/app/prod/db-host', withDecryption: false } },
  { source: 'ecr.amazonaws.com', name: 'GetAuthorizationToken', readOnly: true },
  { source: 'ec2.amazonaws.com', name: 'CreateTags', readOnly: false, params: { resourcesSet: { items: [{ resourceId: 'i-0a1b2c3d4e5f60718' }] }, tagSet: { items: [{ key: 'Owner', value: 'platform' }] } } },
  { source: 'lambda.amazonaws.com', name: 'UpdateFunctionCode20150331v2', readOnly: false, params: { functionName: 'thumbnailer', s3Bucket: 'corp-app-artifacts', s3Key: 'lambda/thumbnailer-1.14.2.zip' } },
  { source: 'ecs.amazonaws.com', name: 'UpdateService', readOnly: false, params: { cluster: 'prod', service: 'api', forceNewDeployment: true } },
];

export const ENTRA_TENANT = '4f1c2b3a-9d8e-4c7b-a6f5-0e1d2c3b4a59';

export const ENTRA_USERS: readonly { upn: string; id: string; name: string }[] = [
  { upn: 'alice.moreau@corp.example.com', id: '0f3d6a2e-8c1b-4e7a-9d5f-2b6c8e1a3f70', name: 'Alice Moreau' },
  { upn: 'bob.nguyen@corp.example.com', id: '1a4e7b3f-9d2c-4f8b-8e6a-3c7d9f2b4a81', name: 'Bob Nguyen' },
  { upn: 'carla.diaz@corp.example.com', id: '2b5f8c4a-0e3d-4a9c-9f7b-4d8e0a3c5b92', name: 'Carla Diaz' },
  { upn: 'dan.okafor@corp.example.com', id: '3c6a9d5b-1f4e-4b0d-8a8c-5e9f1b4d6ca3', name: 'Dan Okafor' },
  { upn: 'emma.schultz@corp.example.com', id: '4d7b0e6c-2a5f-4c1e-9b9d-6f0a2c5e7db4', name: 'Emma Schultz' },
  { upn: 'grace.lee@corp.example.com', id: '5e8c1f7d-3b6a-4d2f-8cae-7a1b3d6f8ec5', name: 'Grace Lee' },
  { upn: 'jon.berg@corp.example.com', id: '6f9d2a8e-4c7b-4e3a-9dbf-8b2c4e7a9fd6', name: 'Jon Berg' },
];

export const ENTRA_APPS: readonly { name: string; id: string; resource: string }[] = [
  { name: 'Office 365 Exchange Online', id: '00000002-0000-0ff1-ce00-000000000000', resource: 'Office 365 Exchange Online' },
  { name: 'Microsoft Teams', id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', resource: 'Microsoft Teams Services' },
  { name: 'OfficeHome', id: '4765445b-32c6-49b0-83e6-1d93765276ca', resource: 'OfficeHome' },
  { name: 'Microsoft Azure Portal', id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', resource: 'Windows Azure Service Management API' },
  { name: 'Microsoft Office', id: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', resource: 'Microsoft Graph' },
];

export const OKTA_USERS: readonly { login: string; id: string; name: string }[] = [
  { login: 'alice.moreau@corp.example.com', id: '00u8f2k3m4n5p6q7r8s9', name: 'Alice Moreau' },
  { login: 'bob.nguyen@corp.example.com', id: '00u9g3l4n5o6q7r8s9t0', name: 'Bob Nguyen' },
  { login: 'carla.diaz@corp.example.com', id: '00uah4m5o6p7r8s9t0u1', name: 'Carla Diaz' },
  { login: 'hiro.tanaka@corp.example.com', id: '00ubi5n6p7q8s9t0u1v2', name: 'Hiro Tanaka' },
  { login: 'kate.obrien@corp.example.com', id: '00ucj6o7q8r9t0u1v2w3', name: 'Kate OBrien' },
];

export const OKTA_APPS: readonly { name: string; id: string }[] = [
  { name: 'Slack', id: '0oa1slk2c3k4e5x6a7m8' },
  { name: 'GitHub Enterprise Cloud', id: '0oa2ghb3e4n5t6e7r8p9' },
  { name: 'Salesforce.com', id: '0oa3sfd4c5f6o7r8c9e0' },
  { name: 'AWS IAM Identity Center', id: '0oa4aws5s6s7o8x9a0b1' },
];

/** Office egress addresses and residential ranges staff work from (documentation ranges only). */
export const OFFICE_EGRESS: readonly string[] = ['198.51.100.24', '198.51.100.25'];
export const HOME_IPS: readonly string[] = ['198.51.100.140', '198.51.100.151', '198.51.100.163', '198.51.100.172', '2001:db8:4a1::17'];

export const BROWSER_UAS: readonly string[] = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
];
