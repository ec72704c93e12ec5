import type { Rng } from './prng';
import { pickWeighted } from './prng';
import type { EvtxEvent } from './evtx-event';
import type { HostProcesses, WindowsLog } from './windows-log';
import { createWindowsLog, hostProcesses } from './windows-log';
import type { WinActivity, WinContext } from './windows-activities';
import * as act from './windows-activities';
import { processCreateData, spawn } from './windows-process';
import { scriptBlockData } from './security-data';
import { fakeGuid } from './fake-values';
import { ADMINS, SERVERS, USERS, WORKSTATIONS } from './windows-pool';
import type { BaselineWindow } from './baseline-types';

/** Where each kind of activity happens: workstations, domain controllers or any host. */
const ACTIVITIES: readonly (readonly [{ run: WinActivity; hosts: 'ws' | 'dc' | 'any' }, number])[] = [
  [{ run: act.userApplication, hosts: 'ws' }, 20],
  [{ run: act.systemMaintenance, hosts: 'any' }, 20],
  [{ run: act.adminPowerShell, hosts: 'any' }, 4],
  [{ run: act.agentPowerShell, hosts: 'ws' }, 6],
  [{ run: act.logonSession, hosts: 'any' }, 14],
  [{ run: act.mistypedPassword, hosts: 'ws' }, 1],
  [{ run: act.serviceTicket, hosts: 'dc' }, 10],
  [{ run: act.serviceChange, hosts: 'any' }, 8],
  [{ run: act.scheduledTaskRun, hosts: 'any' }, 6],
  [{ run: act.taskRegistration, hosts: 'ws' }, 1],
  [{ run: act.registryWrite, hosts: 'ws' }, 6],
  [{ run: act.lsassAccess, hosts: 'any' }, 5],
];

interface Host {
  log: WindowsLog;
  procs: HostProcesses;
  owner: (typeof USERS)[number];
}

/** Generates `count` benign Windows records (evtx_dump shape) spread over the window, in time order. */
export function generateWindowsBaseline(rng: Rng, window: BaselineWindow, count: number): EvtxEvent[] {
  const hosts = new Map<string, Host>();
  const host = (computer: string): Host => {
    let found = hosts.get(computer);
    if (!found) {
      const owner = USERS[WORKSTATIONS.indexOf(computer)] ?? ADMINS[0];
      found = { log: createWindowsLog(rng, computer), procs: hostProcesses(rng, computer, owner.name), owner };
      hosts.set(computer, found);
    }
    return found;
  };
  const events = adminKnownFalsePositives(rng, host(WORKSTATIONS[0]), window);
  while (events.length < count) {
    const activity = pickWeighted(rng, ACTIVITIES);
    const target = host(pickComputer(rng, activity.hosts));
    const user = activity.hosts === 'ws' ? target.owner : rng.pick([...USERS, ...ADMINS]);
    const ctx: WinContext = { rng, log: target.log, procs: target.procs, user, timeMs: window.startMs + Math.floor(rng.next() * window.spanMs) };
    events.push(...activity.run(ctx));
  }
  return sortByTime(events.slice(0, count));
}

function pickComputer(rng: Rng, hosts: 'ws' | 'dc' | 'any'): string {
  if (hosts === 'dc') return rng.pick(SERVERS.slice(0, 2));
  if (hosts === 'ws') return rng.pick(WORKSTATIONS);
  return rng.chance(0.75) ? rng.pick(WORKSTATIONS) : rng.pick(SERVERS);
}

function sortByTime(events: EvtxEvent[]): EvtxEvent[] {
  const time = (e: EvtxEvent): string => (e.Event.System.TimeCreated as { '#attributes': { SystemTime: string } })['#attributes'].SystemTime;
  return events.map((e) => [time(e), e] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, e]) => e);
}

/**
 * Legitimate admin actions that look like attacks, placed on purpose so the example rules
 * can show known false positives: a CRL refresh with certutil and a Chocolatey bootstrap.
 */
function adminKnownFalsePositives(rng: Rng, host: Host, window: BaselineWindow): EvtxEvent[] {
  const admin = { ...host.procs.explorer, user: `CORP\\${ADMINS[1].name}`, integrity: 'High' as const };
  const cmd = spawn(rng, host.log.computer, admin, { image: 'C:\\Windows\\System32\\cmd.exe', commandLine: '"C:\\Windows\\system32\\cmd.exe" ' });
  const events: EvtxEvent[] = [];
  for (const [i, crl] of ['CORP-ROOT-CA.crl', 'CORP-ISSUING-CA01.crl'].entries()) {
    const t = window.startMs + 9 * 3_600_000 + i * 20_000;
    const certutil = spawn(rng, host.log.computer, cmd, { image: 'C:\\Windows\\System32\\certutil.exe', commandLine: `certutil  -urlcache -split -f http://pki.corp.example.com/CertEnroll/${crl} C:\\PKI\\${crl}` });
    events.push(host.log.emit('sysmon', 1, t, { data: processCreateData(certutil, cmd, t), userSid: 'S-1-5-18', version: 5, task: 1 }));
  }
  const t = window.startMs + 14 * 3_600_000;
  const choco = "Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))";
  events.push(host.log.emit('powershell', 4104, t, { data: scriptBlockData(choco, fakeGuid(rng), ''), userSid: ADMINS[1].sid, version: 1, task: 2 }));
  return events;
}
