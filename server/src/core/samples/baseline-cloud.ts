import type { Rng } from './prng';
import { createRng, seedFromText } from './prng';
import { fakeUuid } from './fake-values';
import { awsIdentity, cloudTrailRecord, entraSignIn, oktaEvent } from './cloud-records';
import { AWS_CALLS, AWS_PRINCIPALS, AWS_REGIONS, BROWSER_UAS, ENTRA_APPS, ENTRA_USERS, HOME_IPS, OFFICE_EGRESS, OKTA_APPS, OKTA_USERS } from './cloud-pool';
import type { BaselineWindow } from './baseline-types';

/** Benign cloud activity: CloudTrail reads and deployments, Entra ID and Okta sign-ins. */

function timeAt(rng: Rng, window: BaselineWindow): number {
  return window.startMs + Math.floor(rng.next() * window.spanMs);
}

function sortBy<T>(events: T[], key: (e: T) => string): T[] {
  return events.map((e) => [key(e), e] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, e]) => e);
}

/** Mostly read-only API calls by people, CI and workloads, plus console logins with MFA. */
export function generateCloudTrailBaseline(rng: Rng, window: BaselineWindow, count: number): object[] {
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const timeMs = timeAt(rng, window);
    const principal = rng.pick(AWS_PRINCIPALS);
    if (principal.type === 'IAMUser' && rng.chance(0.03)) {
      events.push(consoleLogin(rng, timeMs, principal));
      continue;
    }
    const call = rng.pick(AWS_CALLS);
    const identity = awsIdentity(principal, rng, timeMs);
    events.push(cloudTrailRecord(rng, { timeMs, identity, source: call.source, name: call.name, region: rng.pick(AWS_REGIONS), sourceIp: principal.sourceIp, userAgent: principal.userAgent, readOnly: call.readOnly, requestParameters: call.params ?? null }));
  }
  return sortBy(events, (e) => e.eventTime as string);
}

function consoleLogin(rng: Rng, timeMs: number, principal: (typeof AWS_PRINCIPALS)[number]): Record<string, unknown> {
  const identity = { type: 'IAMUser', principalId: principal.principalId, arn: `arn:aws:iam::111122223333:user/${principal.name}`, accountId: '111122223333', userName: principal.name };
  return cloudTrailRecord(rng, {
    timeMs, identity, source: 'signin.amazonaws.com', name: 'ConsoleLogin', region: 'us-east-1', sourceIp: rng.pick(OFFICE_EGRESS), userAgent: rng.pick(BROWSER_UAS), readOnly: false,
    responseElements: { ConsoleLogin: 'Success' }, additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true', MobileVersion: 'No', MFAIdentifier: `arn:aws:iam::111122223333:mfa/${principal.name}`, MFAUsed: 'Yes' }, eventType: 'AwsConsoleSignIn',
  });
}

const MANAGED_DEVICE = (name: string): { displayName: string; operatingSystem: string; browser: string; isCompliant: boolean; isManaged: boolean; trustType: string; deviceId: string } => ({
  displayName: name, operatingSystem: 'Windows10', browser: 'Edge 131.0.0', isCompliant: true, isManaged: true, trustType: 'Hybrid Azure AD joined', deviceId: fakeUuid(createRng(seedFromText(name))),
});

/** Interactive sign-ins: MFA from managed devices, a few interrupts and mistyped passwords. */
export function generateEntraBaseline(rng: Rng, window: BaselineWindow, count: number): object[] {
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const user = rng.pick(ENTRA_USERS);
    const atOffice = rng.chance(0.6);
    const roll = rng.next();
    const errorCode = roll < 0.04 ? 50126 : roll < 0.1 ? 50074 : roll < 0.13 ? 50140 : 0;
    const failureReason = errorCode === 50074 ? 'Strong Authentication is required.' : errorCode === 50140 ? "This error occurred due to 'Keep me signed in' interrupt when the user was signing in." : undefined;
    events.push(entraSignIn(rng, {
      timeMs: timeAt(rng, window), user, app: rng.pick(ENTRA_APPS), ip: atOffice ? rng.pick(OFFICE_EGRESS) : rng.pick(HOME_IPS), errorCode, failureReason,
      clientAppUsed: rng.chance(0.7) ? 'Browser' : 'Mobile Apps and Desktop clients', authenticationRequirement: atOffice && rng.chance(0.5) ? 'singleFactorAuthentication' : 'multiFactorAuthentication',
      userAgent: rng.pick(BROWSER_UAS), device: atOffice ? MANAGED_DEVICE(`WS${String(ENTRA_USERS.indexOf(user) + 1).padStart(2, '0')}`) : undefined,
      location: atOffice ? { city: 'Paris', state: 'Paris', countryOrRegion: 'FR' } : { city: rng.pick(['Lyon', 'Nantes', 'Lille']), state: 'FR', countryOrRegion: 'FR' },
    }));
  }
  return sortBy(events, (e) => e.createdDateTime as string);
}

const OKTA_FLOWS: readonly { eventType: string; displayMessage: string; requestUri: string }[] = [
  { eventType: 'user.session.start', displayMessage: 'User login to Okta', requestUri: '/idp/idx/identify' },
  { eventType: 'user.authentication.auth_via_mfa', displayMessage: 'Authentication of user via MFA', requestUri: '/idp/idx/challenge/answer' },
  { eventType: 'system.push.send_factor_verify_push', displayMessage: 'A push notification was sent to the user for verification', requestUri: '/idp/idx/challenge' },
  { eventType: 'user.authentication.sso', displayMessage: 'User single sign on to app', requestUri: '/app/slack/exk1slk2c3k4e5x6a7m8/sso/saml' },
  { eventType: 'policy.evaluate_sign_on', displayMessage: 'Evaluation of sign-on policy', requestUri: '/idp/idx/introspect' },
  { eventType: 'app.oauth2.as.token.grant.access_token', displayMessage: 'OAuth2 access token is granted', requestUri: '/oauth2/v1/token' },
  { eventType: 'user.session.end', displayMessage: 'User logout from Okta', requestUri: '/login/signout' },
];

/** Okta System Log: sign-ins, push MFA, SSO into apps, token grants. */
export function generateOktaBaseline(rng: Rng, window: BaselineWindow, count: number): object[] {
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const user = rng.pick(OKTA_USERS);
    const flow = rng.pick(OKTA_FLOWS);
    const failed = flow.eventType === 'user.session.start' && rng.chance(0.05);
    const app = rng.pick(OKTA_APPS);
    const target = flow.eventType === 'user.authentication.sso' ? [{ id: app.id, type: 'AppInstance', alternateId: app.name, displayName: app.name }] : undefined;
    events.push(oktaEvent(rng, {
      timeMs: timeAt(rng, window), eventType: flow.eventType, displayMessage: flow.displayMessage, actor: { id: user.id, alternateId: user.login, displayName: user.name },
      ip: rng.chance(0.6) ? rng.pick(OFFICE_EGRESS) : rng.pick(HOME_IPS), result: failed ? 'FAILURE' : flow.eventType === 'policy.evaluate_sign_on' ? 'ALLOW' : 'SUCCESS',
      reason: failed ? 'INVALID_CREDENTIALS' : null, severity: failed ? 'WARN' : 'INFO', target, userAgent: rng.pick(BROWSER_UAS), requestUri: flow.requestUri,
    }));
  }
  return sortBy(events, (e) => e.published as string);
}
