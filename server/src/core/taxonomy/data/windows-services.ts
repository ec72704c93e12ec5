import type { LogsourceSpec } from '../model';

// Windows services: one logsource per event log channel. Field names are the EventData names the channel's
// events carry; Security and System hold many event ids, so their lists are the union of the common ones.

const SUBJECT = ['SubjectUserSid', 'SubjectUserName', 'SubjectDomainName', 'SubjectLogonId'];
const TARGET = ['TargetUserSid', 'TargetUserName', 'TargetDomainName', 'TargetLogonId'];
const LOGON = ['LogonType', 'LogonProcessName', 'AuthenticationPackageName', 'WorkstationName', 'LogonGuid', 'TransmittedServices', 'LmPackageName', 'KeyLength', 'ProcessId', 'ProcessName', 'IpAddress', 'IpPort', 'ImpersonationLevel', 'RestrictedAdminMode', 'TargetOutboundUserName', 'TargetOutboundDomainName', 'VirtualAccount', 'TargetLinkedLogonId', 'ElevatedToken', 'Status', 'FailureReason', 'SubStatus', 'TargetLogonGuid', 'TargetServerName', 'TargetInfo'];
const OBJECT_ACCESS = ['ObjectServer', 'ObjectType', 'ObjectName', 'HandleId', 'TransactionId', 'AccessList', 'AccessReason', 'AccessMask', 'PrivilegeList', 'RestrictedSidCount', 'ResourceAttributes', 'OperationType', 'ObjectValueName', 'OldValueType', 'OldValue', 'NewValueType', 'NewValue', 'Properties', 'AdditionalInfo', 'AdditionalInfo2', 'ObjectGuid'];
const PROCESS_4688 = ['NewProcessId', 'NewProcessName', 'TokenElevationType', 'MandatoryLabel', 'ParentProcessName', 'CommandLine', 'TargetProcessId'];
const SERVICE_4697 = ['ServiceName', 'ServiceFileName', 'ServiceType', 'ServiceStartType', 'ServiceAccount'];
const TASK = ['TaskName', 'TaskContent', 'TaskContentNew', 'ClientProcessStartKey', 'ClientProcessId', 'ParentProcessId', 'RpcCallClientLocality', 'FQDN'];
const ACCOUNT = ['SamAccountName', 'DisplayName', 'UserPrincipalName', 'HomeDirectory', 'HomePath', 'ScriptPath', 'ProfilePath', 'UserWorkstations', 'PasswordLastSet', 'AccountExpires', 'PrimaryGroupId', 'AllowedToDelegateTo', 'OldUacValue', 'NewUacValue', 'UserAccountControl', 'UserParameters', 'SidHistory', 'LogonHours', 'DnsHostName', 'ServicePrincipalNames', 'ComputerAccountChange', 'MemberName', 'MemberSid', 'TargetSid', 'OldTargetUserName', 'NewTargetUserName', 'Dummy', 'CallerProcessId', 'CallerProcessName', 'ComputerName'];
const KERBEROS = ['ServiceSid', 'TicketOptions', 'TicketEncryptionType', 'PreAuthType', 'CertIssuerName', 'CertSerialNumber', 'CertThumbprint', 'ResponseTicket', 'PackageName', 'Workstation', 'TargetName'];
const DIRECTORY = ['OpCorrelationID', 'AppCorrelationID', 'DSName', 'DSType', 'ObjectDN', 'ObjectGUID', 'ObjectClass', 'AttributeLDAPDisplayName', 'AttributeSyntaxOID', 'AttributeValue', 'OldObjectDN', 'NewObjectDN'];
const SHARE = ['ShareName', 'ShareLocalPath', 'RelativeTargetName'];
const FILTERING = ['Application', 'Direction', 'SourceAddress', 'SourcePort', 'DestAddress', 'DestPort', 'Protocol', 'FilterRTID', 'LayerName', 'LayerRTID', 'RemoteUserID', 'RemoteMachineID', 'FilterName', 'FilterOrigin', 'ProviderContextName', 'FilterId', 'FilterKey', 'ProviderKey', 'ProviderName', 'ChangeType', 'Weight', 'Conditions', 'Action', 'CalloutKey', 'CalloutName', 'InterfaceName', 'ProfileChanged', 'RuleId', 'RuleName', 'ProfileUsed', 'SettingType', 'SettingValue'];
const POLICY = ['CategoryId', 'SubcategoryId', 'SubcategoryGuid', 'AuditPolicyChanges', 'AuditSourceName', 'EventSourceId', 'ProcessName', 'CrashOnAuditFailValue', 'OldSd', 'NewSd'];
const CERTIFICATES = ['RequestId', 'Requester', 'Attributes', 'Disposition', 'SubjectKeyIdentifier', 'Subject', 'TemplateInternalName', 'TemplateVersion', 'TemplateSchemaVersion', 'TemplateOID', 'TemplateContent', 'NewTemplateContent', 'SecurityDescriptor', 'NewSecurityDescriptor'];
const DEVICES = ['DeviceId', 'DeviceDescription', 'ClassId', 'ClassName', 'VendorIds', 'CompatibleIds', 'LocationInformation'];
const PRIVILEGES = ['Service', 'EnabledPrivilegeList', 'DisabledPrivilegeList', 'param1', 'param2', 'CountOfCredentialsReturned', 'ReadOperation', 'ReturnCode', 'FileName', 'SessionName', 'ClientName', 'ClientAddress', 'AuditSourceName'];

function service(name: string, description: string, fields: string[], extra: Partial<LogsourceSpec> = {}): LogsourceSpec {
  return { product: 'windows', service: name, description, fields, ...extra };
}

export const WINDOWS_SERVICES: LogsourceSpec[] = [
  service('security', 'The Security event log (Microsoft-Windows-Security-Auditing): logons, object access, account and policy changes.', [
    ...SUBJECT, ...TARGET, ...LOGON, ...OBJECT_ACCESS, ...PROCESS_4688, ...SERVICE_4697, ...TASK, ...ACCOUNT, ...KERBEROS,
    ...DIRECTORY, ...SHARE, ...FILTERING, ...POLICY, ...CERTIFICATES, ...DEVICES, ...PRIVILEGES,
  ]),
  service('system', 'The System event log: service control manager, kernel, drivers, time and boot events.', [
    'ImagePath', 'ServiceName', 'ServiceType', 'StartType', 'AccountName', 'param1', 'param2', 'param3', 'param4', 'param5', 'param6', 'param7', 'param8',
    'Binary', 'Caption', 'HiveName', 'DeviceName', 'Origin', 'Description', 'ProcessId', 'IsatapRouter', 'ImageName', 'FileName', 'Data',
    'TargetUserName', 'TargetDomainName', 'ErrorCode', 'ErrorDescription', 'Reason', 'Path', 'DriverName', 'UserSid', 'SubjectUserName',
  ]),
  service('application', 'The Application event log: events that applications and services write (MSSQL, Windows Error Reporting, ...).', [
    'AppName', 'AppVersion', 'AppTimeStamp', 'ModuleName', 'ModuleVersion', 'ModuleTimeStamp', 'ExceptionCode', 'FaultingOffset', 'Message', 'Data', 'Binary',
  ], { open: true }),
  service('sysmon', 'The Sysmon operational channel as a whole; prefer a category (process_creation, ...) for the events it maps to.', [
    'RuleName', 'UtcTime', 'ProcessGuid', 'ProcessId', 'Image', 'User', 'TargetFilename', 'Hashes', 'State', 'Configuration', 'ConfigurationFileHash', 'Description', 'IsExecutable', 'Archived',
  ], { open: true }),
  service('powershell', 'The Microsoft-Windows-PowerShell/Operational channel; prefer ps_script or ps_module for events 4104 and 4103.', [
    'ScriptBlockText', 'ScriptBlockId', 'MessageNumber', 'MessageTotal', 'Path', 'ContextInfo', 'UserData', 'Payload', 'Message',
  ]),
  service('powershell-classic', 'The classic "Windows PowerShell" channel (events 400, 600, 800).', ['Data', 'HostName', 'HostApplication', 'HostVersion', 'EngineVersion', 'CommandLine', 'NewEngineState', 'PreviousEngineState', 'ProviderName']),
  service('taskscheduler', 'Microsoft-Windows-TaskScheduler/Operational: task registration, start and completion.', ['TaskName', 'UserContext', 'UserName', 'Path', 'ProcessID', 'Priority', 'ActionName', 'EnginePID', 'TaskInstanceId', 'ResultCode']),
  service('wmi', 'Microsoft-Windows-WMI-Activity/Operational: WMI provider loads, query errors and permanent subscriptions.', ['Operation', 'Provider', 'Query', 'User', 'PossibleCause', 'ClientMachine', 'ClientProcessId', 'Component', 'ResultCode', 'Namespace', 'ESS', 'CONSUMER', 'Consumer', 'ProviderName', 'ProviderPath', 'HostProcess']),
  service('windefend', 'Microsoft-Windows-Windows Defender/Operational: detections, scans and configuration changes.', [
    'ProcessName', 'NewValue', 'OldValue', 'Path', 'SourceName', 'Value', 'Feature_Name', 'Reason', 'ThreatName', 'Threat_ID', 'Severity_Name', 'Category_Name', 'Detection_User',
    'Action_Name', 'Error_Code', 'Error_Description', 'Product_Version', 'Engine_Version', 'Detection_ID', 'Detection_Time', 'FWLink', 'Origin_Name', 'Execution_Name', 'Type_Name', 'Source_Name', 'Product_Name',
  ]),
  service('dns-server', 'The DNS Server event log: zone and server configuration, plugin DLL loads.', ['ServiceName', 'Zone', 'Name', 'Type', 'param1', 'param2'], { open: true }),
  service('dns-server-analytic', 'Microsoft-Windows-DNSServer/Analytical: per-query DNS server events.', ['QNAME', 'QTYPE', 'Source', 'Destination', 'RCODE', 'Flags', 'InterfaceIP', 'TCP', 'XID', 'Zone', 'PacketData']),
  service('dns-client', 'Microsoft-Windows-DNS Client Events/Operational: name resolution by the DNS client.', ['QueryName', 'QueryType', 'QueryOptions', 'QueryStatus', 'QueryResults', 'NetworkIndex', 'InterfaceIndex', 'Status', 'ClientPID', 'QueryBlob', 'DnsServerIpAddress', 'ResponseStatus', 'SendBlob', 'SendBlobContext', 'AddressLength', 'Address']),
  service('driver-framework', 'Microsoft-Windows-DriverFrameworks-UserMode/Operational: device (e.g. USB) arrivals.', ['DeviceId', 'InstanceId', 'FrameworkVersion', 'LifetimeId', 'UMDFHostProcessId'], { open: true }),
  service('bits-client', 'Microsoft-Windows-Bits-Client/Operational: BITS jobs and transfers.', ['RemoteName', 'LocalName', 'processPath', 'processId', 'jobTitle', 'jobId', 'jobOwner', 'User', 'url', 'fileTime', 'fileLength', 'bytesTotal', 'bytesTransferred', 'name', 'Id', 'string', 'string2']),
  service('codeintegrity-operational', 'Microsoft-Windows-CodeIntegrity/Operational: blocked or audited images and policy events.', [
    'FileNameLength', 'FileNameBuffer', 'ProcessNameLength', 'ProcessNameBuffer', 'RequestedPolicy', 'ValidatedPolicy', 'Status', 'RequestedSigningLevel', 'ValidatedSigningLevel',
    'FileName', 'ProcessName', 'SHA1Hash', 'SHA1HashSize', 'SHA256Hash', 'SHA256HashSize', 'SHA1FlatHash', 'SHA1FlatHashSize', 'SHA256FlatHash', 'SHA256FlatHashSize',
    'USN', 'SISigningScenario', 'PolicyNameLength', 'PolicyName', 'PolicyIDLength', 'PolicyID', 'PolicyHashSize', 'PolicyHash', 'PolicyGUID', 'UserWriteable',
    'OriginalFileNameLength', 'OriginalFileName', 'InternalNameLength', 'InternalName', 'FileDescriptionLength', 'FileDescription', 'ProductNameLength', 'ProductName',
    'FileVersion', 'PackageFamilyNameLength', 'PackageFamilyName',
  ]),
  service('firewall-as', 'Microsoft-Windows-Windows Firewall With Advanced Security/Firewall: rule and setting changes.', [
    'RuleId', 'RuleName', 'Origin', 'ApplicationPath', 'ServiceName', 'Direction', 'Protocol', 'LocalPorts', 'RemotePorts', 'Action', 'Profiles', 'LocalAddresses', 'RemoteAddresses',
    'RemoteMachineAuthorizationList', 'RemoteUserAuthorizationList', 'EmbeddedContext', 'Flags', 'Active', 'EdgeTraversal', 'LooseSourceMapped', 'SecurityOptions', 'ModifyingUser',
    'ModifyingApplication', 'SchemaVersion', 'RuleStatus', 'LocalOnlyMapped', 'ErrorCode', 'PolicyAppId', 'SettingType', 'SettingValue', 'SettingValueSize', 'InterfaceGuid', 'InterfaceName', 'ProfileChanged',
  ]),
  service('ntlm', 'Microsoft-Windows-NTLM/Operational: NTLM authentication audit and block events.', ['CallerPID', 'ClientDomainName', 'ClientLUID', 'ClientUserName', 'DomainName', 'MechanismOID', 'ProcessName', 'SChannelName', 'SChannelType', 'TargetName', 'UserName', 'WorkstationName', 'SecureChannelType', 'SecureChannelName']),
  service('applocker', 'Microsoft-Windows-AppLocker (EXE and DLL, MSI and Script, Packaged app) channels.', ['PolicyName', 'RuleId', 'RuleName', 'RuleSddl', 'TargetUser', 'TargetProcessId', 'FilePath', 'FileHash', 'Fqbn', 'TargetLogonId', 'FullFilePath', 'PackageFullName']),
  service('msexchange-management', 'The MSExchange Management log: cmdlets run through the Exchange management shell.', ['Data'], { open: true }),
  service('printservice-admin', 'Microsoft-Windows-PrintService/Admin: printer driver and spooler errors.', ['ErrorCode', 'param1', 'param2', 'param3', 'param4', 'param5', 'param6'], { open: true }),
  service('printservice-operational', 'Microsoft-Windows-PrintService/Operational: printing and printer changes.', ['param1', 'param2', 'param3', 'param4', 'param5', 'param6', 'param7', 'param8'], { open: true }),
  service('smbclient-security', 'Microsoft-Windows-SmbClient/Security: SMB client authentication and access.', ['Reason', 'Status', 'ShareNameLength', 'ShareName', 'ObjectNameLength', 'ObjectName', 'UserNameLength', 'UserName', 'ServerNameLength', 'ServerName']),
  service('smbclient-connectivity', 'Microsoft-Windows-SmbClient/Connectivity: SMB client connections.', ['ServerName', 'ServerAddress', 'Address', 'RemoteAddress', 'Reason', 'Status', 'ShareName', 'InstanceName', 'ConnectionType']),
  service('smbserver-connectivity', 'Microsoft-Windows-SMBServer/Connectivity: SMB server connections and signing.', ['ClientAddress', 'ClientName', 'ShareName', 'SigningUsed', 'EncyptionUsed', 'UserName', 'SessionId', 'Status']),
  service('terminalservices-localsessionmanager', 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational: RDP session logon, reconnect and logoff.', ['User', 'SessionID', 'Address']),
  service('openssh', 'OpenSSH for Windows (OpenSSH/Operational).', ['process', 'payload']),
  service('shell-core', 'Microsoft-Windows-Shell-Core/Operational: Run and RunOnce key execution and app launches.', ['Name', 'AppID', 'Flags', 'Command', 'KeyName', 'Value']),
  service('appxdeployment-server', 'Microsoft-Windows-AppXDeploymentServer/Operational: MSIX and AppX package deployment.', [
    'Path', 'AppId', 'FilePath', 'ErrorCode', 'DeploymentOperation', 'PackageFullName', 'PackageSourceUri', 'PackageDisplayName', 'CallingProcess', 'Flags', 'HasFullTrust',
    'DeploymentOptions', 'ExternalLocation', 'FlagsHigh', 'HasWin32alacarte', 'IsCentennial', 'IsInRelatedSet', 'IsOptional', 'IsPackageEncrypted', 'IsPackageUsingBDC',
    'IsStreamingPackage', 'MainPackageFamilyName', 'MountPoint', 'PackageFlags', 'PackageFlags2', 'PackageType', 'StorageId', 'SystemVolume', 'TargetPlatform',
  ]),
  service('appxpackaging-om', 'Microsoft-Windows-AppxPackaging/Operational: package signature and manifest checks.', ['subjectName', 'packageFullName', 'errorCode']),
  service('appmodel-runtime', 'Microsoft-Windows-AppModel-Runtime/Admin: packaged app activation.', ['ProcessID', 'PackageName', 'ImageName', 'ApplicationName', 'Message']),
  service('capi2', 'Microsoft-Windows-CAPI2/Operational: certificate chain building and verification.', [], { open: true }),
  service('certificateservicesclient-lifecycle-system', 'Microsoft-Windows-CertificateServicesClient-Lifecycle-System/Operational: certificate enrollment and export.', ['Thumbprint', 'SubjectName', 'TemplateName'], { open: true }),
  service('diagnosis-scripted', 'Microsoft-Windows-Diagnosis-Scripted/Operational: troubleshooting packs.', ['PackagePath', 'PackageId']),
  service('iis-configuration', 'Microsoft-IIS-Configuration/Operational: IIS configuration changes.', ['PhysicalPath', 'ConfigPath', 'EffectiveLocationPath', 'Configuration', 'TokenCacheModule', 'EditOperationType', 'OldValue', 'NewValue']),
  service('ldap', 'Microsoft-Windows-LDAP-Client/Debug: LDAP searches made by a process.', ['ScopeOfSearch', 'SearchFilter', 'DistinguishedName', 'AttributeList', 'ProcessId']),
  service('lsa-server', 'Microsoft-Windows-LSA/Operational: LSA protection and SID lookups.', ['TargetUserSid', 'TargetUserName', 'TargetDomainName', 'TargetLogonId', 'TargetLogonGuid', 'EventOrginal', 'EventCountTotal', 'SidList']),
  service('microsoft-servicebus-client', 'Microsoft-ServiceBus-Client: Azure Service Bus client events (ADFS, AAD Connect).', [], { open: true }),
  service('security-mitigations', 'Microsoft-Windows-Security-Mitigations (Kernel and User Mode): exploit protection audits and blocks.', [
    'ProcessPathLength', 'ProcessPath', 'ProcessCommandLineLength', 'ProcessCommandLine', 'ProcessId', 'ProcessCreateTime', 'ProcessStartKey', 'ProcessSignatureLevel',
    'ProcessSectionSignatureLevel', 'ProcessProtection', 'TargetThreadId', 'TargetThreadCreateTime', 'RequiredSignatureLevel', 'SignatureLevel', 'ImageNameLength', 'ImageName',
  ]),
  service('bitlocker', 'Microsoft-Windows-BitLocker/BitLocker Management.', ['VolumeName', 'VolumeMountPoint', 'ProtectorGUID', 'ProtectorType']),
  service('vhdmp', 'Microsoft-Windows-VHDMP/Operational: virtual disk mounts.', ['VhdFileName', 'VmId'], { open: true }),
  service('iis', 'IIS W3C access logs written to the event log.', ['date', 'time', 'c-ip', 'cs-username', 's-sitename', 's-computername', 's-ip', 'cs-method', 'cs-uri-stem', 'cs-uri-query', 's-port', 'sc-status', 'sc-substatus', 'sc-win32-status', 'sc-bytes', 'cs-bytes', 'time-taken', 'cs-version', 'cs-host', 'cs-user-agent', 'cs-referer', 'cs-cookie']),
];
