import type { LogsourceSpec } from '../model';

// Cloud and SaaS audit logs. Their records are nested JSON: a name ending in `.*` accepts any sub-path.
// Azure logs reach SIEMs with two casings (the Azure Monitor export uses camelCase, Log Analytics PascalCase),
// so both spellings are listed where rules use both.

const CLOUDTRAIL = [
  'eventVersion', 'eventTime', 'eventSource', 'eventName', 'eventType', 'eventCategory', 'eventID', 'awsRegion', 'sourceIPAddress', 'userAgent', 'errorCode', 'errorMessage',
  'requestID', 'readOnly', 'managementEvent', 'recipientAccountId', 'sharedEventID', 'vpcEndpointId', 'apiVersion', 'sessionCredentialFromConsole', 'status',
  'userIdentity.*', 'requestParameters', 'requestParameters.*', 'responseElements', 'responseElements.*', 'additionalEventData.*', 'resources.*', 'tlsDetails.*', 'serviceEventDetails.*',
  'src_ip', 'src_country',
];

const AZURE_COMMON = [
  'time', 'resourceId', 'ResourceId', 'operationName', 'OperationName', 'operationVersion', 'category', 'Category', 'resultType', 'ResultType', 'resultSignature', 'resultDescription',
  'ResultDescription', 'durationMs', 'callerIpAddress', 'correlationId', 'identity', 'Level', 'location', 'properties', 'properties.*', 'tenantId', 'Status', 'status',
];

const SIGNIN = [
  'AppDisplayName', 'AppId', 'AuthenticationRequirement', 'authenticationRequirement', 'ClientAppUsed', 'ClientApp', 'ConditionalAccessStatus', 'conditionalAccessStatus', 'DeviceDetail.*',
  'IPAddress', 'IsInteractive', 'Location', 'LocationDetails.*', 'NetworkLocationDetails', 'ResourceDisplayName', 'RiskDetail', 'RiskLevelAggregated', 'RiskLevelDuringSignIn', 'RiskState',
  'UserAgent', 'userAgent', 'UserDisplayName', 'UserPrincipalName', 'Username', 'UserId', 'ActivityDetails', 'homeTenantId', 'resourceTenantId', 'CrossTenantAccessType',
  'AuthenticationDetails.*', 'MfaDetail.*', 'Status.*', 'TokenIssuerType', 'IncomingTokenType',
  // Microsoft Graph's signIn resource (what exports from the Graph API carry) spells fields in camelCase.
  'appDisplayName', 'appId', 'authenticationProtocol', 'clientAppUsed', 'createdDateTime', 'ipAddress', 'isInteractive', 'riskDetail',
  'riskLevelAggregated', 'riskLevelDuringSignIn', 'riskState', 'userDisplayName', 'userPrincipalName', 'userId', 'location.*', 'deviceDetail.*',
  'status.errorCode', 'status.failureReason', 'appliedConditionalAccessPolicies', 'resourceDisplayName',
];

const AUDIT = [
  'ActivityDisplayName', 'activityDisplayName', 'ActivityDateTime', 'ActivityType', 'activityType', 'AdditionalDetails', 'additionalDetails.*', 'AADOperationType', 'Identity', 'InitiatedBy',
  'InitiatedBy.*', 'LoggedByService', 'Result', 'ResultReason', 'TargetResources', 'TargetResources.*', 'targetResources.*', 'Target', 'ConsentContext.*', 'failure_status_reason',
];

const OKTA = ['eventType', 'legacyEventType', 'displayMessage', 'severity', 'uuid', 'published', 'version', 'actor.*', 'client.*', 'outcome.*', 'target.*', 'transaction.*', 'debugContext.*', 'authenticationContext.*', 'securityContext.*', 'request.*'];

const M365 = [
  'Operation', 'Workload', 'RecordType', 'ResultStatus', 'UserId', 'UserType', 'UserKey', 'ClientIP', 'ObjectId', 'OrganizationId', 'CreationTime', 'Parameters', 'Parameters.*', 'ApplicationId',
  'Directionality', 'DeliveryAction', 'RequestType', 'OperationProperties', 'ModifiedProperties', 'ExtendedProperties', 'eventSource', 'eventName', 'status', 'Payload', 'Severity', 'Category', 'Name', 'Source',
];

const GCP_AUDIT = ['gcp.audit.method_name', 'gcp.audit.service_name', 'gcp.audit.resource_name', 'gcp.audit.*', 'data.protoPayload.*', 'protoPayload.*', 'resource.*', 'severity', 'logName', 'insertId'];
const WORKSPACE = ['eventService', 'eventName', 'eventType', 'setting_name', 'new_value', 'old_value', 'application_name', 'user_email', 'actor.*', 'id.*', 'parameters.*', 'protoPayload.*'];
const GITHUB = ['action', 'actor', 'actor_location.*', 'org', 'repo', 'user', 'created_at', 'business', 'team', 'transport_protocol_name', 'public_repo', 'visibility', 'permission', 'config.*', 'hashed_token', 'programmatic_access_type', 'token_scopes'];
const KUBERNETES = ['verb', 'objectRef.*', 'apiGroup', 'apiVersion', 'user.*', 'userAgent', 'sourceIPs', 'requestURI', 'responseStatus.*', 'requestObject.*', 'responseObject.*', 'annotations.*', 'stage', 'level', 'auditID', 'hostPath', 'capabilities'];

function cloud(product: string, service: string, description: string, fields: string[], extra: Partial<LogsourceSpec> = {}): LogsourceSpec {
  return { product, service, description, fields, ...extra };
}

export const CLOUD_LOGSOURCES: LogsourceSpec[] = [
  cloud('aws', 'cloudtrail', 'AWS CloudTrail management and data events.', CLOUDTRAIL),
  cloud('azure', 'activitylogs', 'Azure Activity log: control-plane operations on subscriptions and resources.', [...AZURE_COMMON, 'CategoryValue', 'ResourceProviderValue', 'OperationNameValue', 'ActivityStatusValue', 'Caller', 'ResourceGroup', 'SubscriptionId', 'Authorization', 'Claims', 'HTTPRequest']),
  cloud('azure', 'auditlogs', 'Microsoft Entra ID (Azure AD) audit logs: directory changes.', [...AZURE_COMMON, ...AUDIT]),
  cloud('azure', 'signinlogs', 'Microsoft Entra ID (Azure AD) sign-in logs.', [...AZURE_COMMON, ...SIGNIN]),
  cloud('azure', 'riskdetection', 'Microsoft Entra ID Protection risk detections.', [...AZURE_COMMON, 'riskEventType', 'riskLevel', 'riskState', 'riskDetail', 'detectionTimingType', 'activity', 'userPrincipalName', 'ipAddress']),
  cloud('azure', 'pim', 'Microsoft Entra Privileged Identity Management alerts.', [...AZURE_COMMON, 'riskEventType', 'alertDefinitionId', 'severity', 'isActive']),
  cloud('azure', 'identityprotection', 'Microsoft Entra ID Protection (legacy service name).', [...AZURE_COMMON, 'riskEventType'], { open: true }),
  cloud('m365', 'audit', 'Microsoft 365 unified audit log.', M365),
  cloud('m365', 'exchange', 'Microsoft 365 Exchange Online audit events.', M365),
  cloud('m365', 'threat_management', 'Microsoft 365 Defender / security and compliance alerts.', M365),
  cloud('m365', 'threat_detection', 'Microsoft 365 threat detection (Defender for Cloud Apps) alerts.', M365),
  cloud('okta', 'okta', 'Okta System Log events.', OKTA),
  cloud('gcp', 'gcp.audit', 'Google Cloud audit logs.', GCP_AUDIT),
  cloud('gcp', 'google_workspace.admin', 'Google Workspace admin console activity.', WORKSPACE),
  cloud('gcp', 'google_workspace.login', 'Google Workspace login activity.', WORKSPACE),
  cloud('github', 'audit', 'GitHub organisation or enterprise audit log.', GITHUB),
  cloud('onelogin', 'onelogin.events', 'OneLogin events.', ['event_type_id', 'user_name', 'user_id', 'actor_user_name', 'actor_user_id', 'ipaddr', 'app_name', 'notes', 'account_id', 'risk_score', 'risk_reasons']),
  cloud('bitbucket', 'audit', 'Bitbucket Server (Data Center) audit log.', ['auditType.category', 'auditType.action', 'auditType.*', 'author.*', 'affectedObjects.*', 'changedValues.*', 'extraAttributes.*', 'method', 'node', 'source', 'system']),
  cloud('cisco', 'duo', 'Cisco Duo authentication and administrator logs.', ['event_type', 'reason', 'result', 'factor', 'user.*', 'application.*', 'access_device.*', 'auth_device.*', 'action', 'username', 'txid']),
  cloud('kubernetes', 'audit', 'Kubernetes API server audit log.', KUBERNETES),
  { product: 'kubernetes', category: 'application', service: 'audit', description: 'Kubernetes API server audit log (SigmaHQ\'s older spelling with category application).', fields: KUBERNETES },
  { product: 'qualys', description: 'Qualys vulnerability scan findings.', fields: ['host.scan.vuln', 'host.scan.vuln_name', 'event.category', 'host.*', 'event.*'] },
];
