import type { Rng } from './prng';
import { fakeUuid } from './fake-values';
import { createRng, seedFromText } from './prng';
import type { AwsPrincipal } from './cloud-pool';
import { AWS_ACCOUNT, ENTRA_TENANT } from './cloud-pool';

/** Record builders in the shapes the providers write: CloudTrail, Entra ID sign-in logs, Okta System Log. */

/** CloudTrail's `userIdentity` for a principal of our account. */
export function awsIdentity(principal: AwsPrincipal, rng: Rng, timeMs: number): Record<string, unknown> {
  if (principal.type === 'IAMUser') {
    // A user's long-term access key stays the same from call to call.
    const keyId = createRng(seedFromText(`key/${principal.name}`)).hex(8).toUpperCase();
    return { type: 'IAMUser', principalId: principal.principalId, arn: `arn:aws:iam::${AWS_ACCOUNT}:user/${principal.name}`, accountId: AWS_ACCOUNT, accessKeyId: `AKIAQ3EGRL5K${keyId}`, userName: principal.name };
  }
  if (principal.type === 'AWSService') return { type: 'AWSService', invokedBy: principal.name };
  const [roleId, session] = principal.principalId.split(':');
  return {
    type: 'AssumedRole', principalId: principal.principalId, arn: `arn:aws:sts::${AWS_ACCOUNT}:assumed-role/${principal.name}/${session}`, accountId: AWS_ACCOUNT,
    accessKeyId: `ASIAQ3EGRL5K${rng.hex(8).toUpperCase()}`,
    sessionContext: {
      sessionIssuer: { type: 'Role', principalId: roleId, arn: `arn:aws:iam::${AWS_ACCOUNT}:role/${principal.name}`, accountId: AWS_ACCOUNT, userName: principal.name },
      attributes: { creationDate: new Date(timeMs - 900_000).toISOString().replace(/\.\d{3}Z$/, 'Z'), mfaAuthenticated: 'false' },
    },
  };
}

/** One CloudTrail management event. */
export function cloudTrailRecord(rng: Rng, call: { timeMs: number; identity: Record<string, unknown>; source: string; name: string; region: string; sourceIp: string; userAgent: string; readOnly: boolean; requestParameters?: unknown; responseElements?: unknown; errorCode?: string; errorMessage?: string; additionalEventData?: unknown; eventType?: string }): Record<string, unknown> {
  const record: Record<string, unknown> = {
    eventVersion: '1.10', userIdentity: call.identity, eventTime: new Date(call.timeMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    eventSource: call.source, eventName: call.name, awsRegion: call.region, sourceIPAddress: call.sourceIp, userAgent: call.userAgent,
  };
  if (call.errorCode) Object.assign(record, { errorCode: call.errorCode, errorMessage: call.errorMessage ?? '' });
  Object.assign(record, { requestParameters: call.requestParameters ?? null, responseElements: call.responseElements ?? null });
  if (call.additionalEventData) record.additionalEventData = call.additionalEventData;
  Object.assign(record, {
    requestID: call.eventType === 'AwsConsoleSignIn' ? undefined : fakeUuid(rng), eventID: fakeUuid(rng), readOnly: call.readOnly,
    eventType: call.eventType ?? 'AwsApiCall', managementEvent: true, recipientAccountId: AWS_ACCOUNT, eventCategory: 'Management',
  });
  if (record.requestID === undefined) delete record.requestID;
  if (!call.source.startsWith('signin')) record.tlsDetails = { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: `${call.source.split('.')[0]}.${call.region}.amazonaws.com` };
  return record;
}

/** Approximate coordinates of the cities our sign-ins come from. */
const CITY_COORDINATES: Record<string, [number, number]> = {
  Paris: [48.8566, 2.3522], Lyon: [45.764, 4.8357], Nantes: [47.2184, -1.5536], Lille: [50.6292, 3.0573], Amsterdam: [52.3676, 4.9041],
  Frankfurt: [50.1109, 8.6821], Bucharest: [44.4268, 26.1025], Ashburn: [39.0438, -77.4874],
};

function coordinates(city: string): [number, number] {
  return CITY_COORDINATES[city] ?? [0, 0];
}

/** What distinguishes one Entra ID sign-in from another. */
export interface SignInSpec {
  timeMs: number;
  user: { upn: string; id: string; name: string };
  app: { name: string; id: string; resource: string };
  ip: string;
  errorCode: number;
  failureReason?: string;
  clientAppUsed?: string;
  authenticationRequirement?: 'singleFactorAuthentication' | 'multiFactorAuthentication';
  authenticationProtocol?: string;
  conditionalAccessStatus?: 'success' | 'failure' | 'notApplied';
  risk?: 'none' | 'low' | 'medium' | 'high';
  userAgent: string;
  device?: { displayName: string; operatingSystem: string; browser: string; isCompliant: boolean; isManaged: boolean; trustType: string; deviceId: string };
  location: { city: string; state: string; countryOrRegion: string };
}

/** An Entra ID sign-in in the Microsoft Graph shape, plus the ResultType/ResultDescription columns Sentinel adds. */
export function entraSignIn(rng: Rng, spec: SignInSpec): Record<string, unknown> {
  const risk = spec.risk ?? 'none';
  return {
    id: fakeUuid(rng), createdDateTime: new Date(spec.timeMs).toISOString().replace(/\.\d{3}Z$/, 'Z'), userDisplayName: spec.user.name, userPrincipalName: spec.user.upn,
    userId: spec.user.id, appId: spec.app.id, appDisplayName: spec.app.name, ipAddress: spec.ip, clientAppUsed: spec.clientAppUsed ?? 'Browser', correlationId: fakeUuid(rng),
    conditionalAccessStatus: spec.conditionalAccessStatus ?? 'success', isInteractive: true, riskDetail: risk === 'none' ? 'none' : 'hidden',
    riskLevelAggregated: risk, riskLevelDuringSignIn: risk, riskState: risk === 'none' ? 'none' : 'atRisk', riskEventTypes_v2: risk === 'none' ? [] : ['unfamiliarFeatures'],
    resourceDisplayName: spec.app.resource, resourceTenantId: ENTRA_TENANT, homeTenantId: ENTRA_TENANT,
    authenticationRequirement: spec.authenticationRequirement ?? 'multiFactorAuthentication', authenticationProtocol: spec.authenticationProtocol ?? 'none',
    status: { errorCode: spec.errorCode, failureReason: spec.failureReason ?? (spec.errorCode === 0 ? 'Other.' : 'Invalid username or password or Invalid on-premise username or password.'), additionalDetails: spec.errorCode === 0 ? 'MFA requirement satisfied by claim in the token' : null },
    deviceDetail: spec.device ?? { deviceId: '', displayName: '', operatingSystem: 'Windows10', browser: 'Chrome 131.0.0', isCompliant: false, isManaged: false, trustType: '' },
    location: { ...spec.location, geoCoordinates: { altitude: null, latitude: coordinates(spec.location.city)[0], longitude: coordinates(spec.location.city)[1] } },
    userAgent: spec.userAgent, ResultType: String(spec.errorCode), ResultDescription: spec.errorCode === 0 ? '' : spec.failureReason ?? 'Invalid username or password or Invalid on-premise username or password.',
  };
}

/** What distinguishes one Okta System Log event from another. */
export interface OktaSpec {
  timeMs: number;
  eventType: string;
  displayMessage: string;
  actor: { id: string; alternateId: string; displayName: string; type?: string };
  ip: string;
  result: 'SUCCESS' | 'FAILURE' | 'DENY' | 'ALLOW' | 'CHALLENGE';
  reason?: string | null;
  severity?: 'INFO' | 'WARN' | 'ERROR';
  target?: { id: string; type: string; alternateId: string; displayName: string }[];
  userAgent: string;
  city?: string;
  country?: string;
  isProxy?: boolean;
  requestUri?: string;
}

/** An Okta System Log event as the System Log API returns it. */
export function oktaEvent(rng: Rng, spec: OktaSpec): Record<string, unknown> {
  const os = spec.userAgent.includes('Mac OS') ? 'Mac OS X' : spec.userAgent.includes('iPhone') ? 'iOS' : 'Windows 10';
  return {
    uuid: fakeUuid(rng), published: new Date(spec.timeMs).toISOString(), eventType: spec.eventType, version: '0', severity: spec.severity ?? 'INFO', legacyEventType: null,
    displayMessage: spec.displayMessage,
    actor: { id: spec.actor.id, type: spec.actor.type ?? 'User', alternateId: spec.actor.alternateId, displayName: spec.actor.displayName, detailEntry: null },
    client: {
      userAgent: { rawUserAgent: spec.userAgent, os, browser: spec.userAgent.includes('Chrome') ? 'CHROME' : 'SAFARI' }, zone: 'null', device: os === 'iOS' ? 'Mobile' : 'Computer', id: null, ipAddress: spec.ip,
      geographicalContext: { city: spec.city ?? 'Paris', state: null, country: spec.country ?? 'France', postalCode: null, geolocation: { lat: coordinates(spec.city ?? 'Paris')[0], lon: coordinates(spec.city ?? 'Paris')[1] } },
    },
    device: null,
    authenticationContext: { authenticationProvider: null, credentialProvider: null, credentialType: null, issuer: null, interface: null, authenticationStep: 0, externalSessionId: `idx${rng.hex(22)}` },
    outcome: { result: spec.result, reason: spec.reason ?? null },
    target: spec.target ?? [],
    transaction: { type: 'WEB', id: rng.hex(27), detail: {} },
    debugContext: { debugData: { requestId: rng.hex(27), requestUri: spec.requestUri ?? '/idp/idx/identify', url: `${spec.requestUri ?? '/idp/idx/identify'}?` } },
    securityContext: { asNumber: 64496, asOrg: 'documentation net', isp: 'documentation net', domain: 'example.net', isProxy: spec.isProxy ?? false },
    request: { ipChain: [{ ip: spec.ip, geographicalContext: { city: spec.city ?? 'Paris', country: spec.country ?? 'France' }, version: spec.ip.includes(':') ? 'V6' : 'V4', source: null }] },
  };
}
