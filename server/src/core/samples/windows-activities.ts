import type { Rng } from './prng';
import type { EvtxEvent } from './evtx-event';
import type { WindowsLog, HostProcesses } from './windows-log';
import { systemProcess } from './windows-log';
import type { SpawnSpec, WinProcess } from './windows-process';
import { logonGuid, processCreateData, spawn } from './windows-process';
import { fakeGuid, fakeLogonId } from './fake-values';
import { fileCreateData, networkConnectData, processAccessData, registrySetData } from './sysmon-data';
import { logoffData, logonData, logonFailedData, moduleLogData, scriptBlockData, serviceInstalledData, serviceStateData, serviceTicketData, specialPrivilegesData, taskCreatedData, taskSchedulerData } from './security-data';
import type { WinUser } from './windows-pool';
import { ADMINS, DOMAIN, DNS_DOMAIN, internalIp } from './windows-pool';
import * as pool from './windows-benign-pool';

/** Everything one benign activity needs: the host it happens on and when. */
export interface WinContext {
  rng: Rng;
  log: WindowsLog;
  procs: HostProcesses;
  user: WinUser;
  timeMs: number;
}

/** One benign activity: a short burst of related records. */
export type WinActivity = (ctx: WinContext) => EvtxEvent[];

/** Sysmon 1 for a new child of `parent`; `identity` overrides the inherited user and logon session. */
function sysmon1(ctx: WinContext, parent: WinProcess, spec: SpawnSpec, offsetMs = 0, identity?: Pick<WinProcess, 'user' | 'logonId' | 'logonGuid'>): { proc: WinProcess; event: EvtxEvent } {
  const proc = { ...spawn(ctx.rng, ctx.log.computer, parent, spec), ...(identity && { user: identity.user, logonId: identity.logonId, logonGuid: identity.logonGuid }) };
  const t = ctx.timeMs + offsetMs;
  return { proc, event: ctx.log.emit('sysmon', 1, t, { data: processCreateData(proc, parent, t), userSid: 'S-1-5-18', version: 5, task: 1 }) };
}

/** A user starts an application from Explorer, sometimes with helper child processes. */
export const userApplication: WinActivity = (ctx) => {
  const app = ctx.rng.pick(pool.USER_APPS);
  const image = app.image.replace('{U}', ctx.user.name);
  const cwd = image.slice(0, image.lastIndexOf('\\') + 1);
  const main = sysmon1(ctx, ctx.procs.explorer, { image, commandLine: app.commandLine(ctx.rng, ctx.user.name), cwd });
  const events = [main.event];
  for (let i = 0; i < app.children.length; i++) {
    const child = app.children[i];
    events.push(sysmon1(ctx, main.proc, { image: child.image, commandLine: child.commandLine(ctx.rng, ctx.user.name), cwd }, 200 + i * 150).event);
  }
  if (app.connects) events.push(outboundConnection(ctx, main.proc, app.connects));
  return events;
};

function outboundConnection(ctx: WinContext, proc: WinProcess, hostname: string): EvtxEvent {
  const data = networkConnectData(proc, ctx.timeMs + 900, { ip: `198.51.100.${ctx.rng.int(2, 250)}`, port: 443, hostname, sourceIp: internalIp(ctx.log.computer), sourcePort: ctx.rng.int(49152, 65535) });
  return ctx.log.emit('sysmon', 3, ctx.timeMs + 900, { data, userSid: 'S-1-5-18', version: 5, task: 3 });
}

/** A Windows service or scheduled maintenance job runs a system binary. */
export const systemMaintenance: WinActivity = (ctx) => {
  const job = ctx.rng.pick(pool.SYSTEM_JOBS);
  const parent = job.parent === 'services' ? ctx.procs.services : job.parent === 'wmi' ? ctx.procs.wmiPrvSe : ctx.procs.svchost;
  const first = sysmon1(ctx, parent, { image: job.image, commandLine: job.commandLine(ctx.rng), cwd: 'C:\\Windows\\system32\\' });
  const events = [first.event];
  if (job.conhost) events.push(sysmon1(ctx, first.proc, { image: 'C:\\Windows\\System32\\conhost.exe', commandLine: '\\??\\C:\\Windows\\system32\\conhost.exe 0xffffffff -ForceV1' }, 40).event);
  if (job.writes) {
    const t = ctx.timeMs + 700;
    events.push(ctx.log.emit('sysmon', 11, t, { data: fileCreateData(first.proc, t, job.writes(ctx.rng)), userSid: 'S-1-5-18', version: 2, task: 11 }));
  }
  return events;
};

/** An administrator opens an elevated PowerShell and runs routine commands. */
export const adminPowerShell: WinActivity = (ctx) => {
  // Admins start an elevated shell under their separate admin identity (Run as different user).
  const admin = ctx.rng.pick(ADMINS);
  const logonId = fakeLogonId(ctx.rng);
  const runAs: WinProcess = { ...ctx.procs.explorer, user: `${DOMAIN}\\${admin.name}`, logonId, logonGuid: logonGuid(ctx.log.computer, logonId) };
  const shell = sysmon1(ctx, ctx.procs.explorer, { image: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', commandLine: '"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" ', integrity: 'High' }, 0, runAs);
  const events = [shell.event];
  const runspace = fakeGuid(ctx.rng);
  const count = ctx.rng.int(1, 4);
  for (let i = 0; i < count; i++) {
    const script = ctx.rng.pick(pool.ADMIN_SCRIPTS);
    const t = ctx.timeMs + 2000 + i * 4000;
    events.push(ctx.log.emit('powershell', 4104, t, { data: scriptBlockData(script.text, fakeGuid(ctx.rng), ''), userSid: admin.sid, version: 1, task: 2 }));
    events.push(ctx.log.emit('powershell', 4103, t + 30, { data: moduleLogData(shell.proc, script.command, script.payload, runspace), userSid: admin.sid, version: 1, task: 106 }));
    if (script.spawns) events.push(sysmon1(ctx, shell.proc, { image: script.spawns.image, commandLine: script.spawns.commandLine }, 2100 + i * 4000).event);
  }
  return events;
};

/** Management agents run PowerShell non-interactively: noisy, often -EncodedCommand or -ExecutionPolicy Bypass. */
export const agentPowerShell: WinActivity = (ctx) => {
  const agent = ctx.rng.pick(pool.AGENT_POWERSHELL);
  const parent = systemProcess(ctx.rng, ctx.log.computer, agent.parentImage, agent.parentCommandLine);
  const shell = sysmon1(ctx, parent, { image: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', commandLine: agent.commandLine, cwd: agent.cwd });
  const t = ctx.timeMs + 1500;
  const block = ctx.log.emit('powershell', 4104, t, { data: scriptBlockData(agent.scriptBlock, fakeGuid(ctx.rng), agent.path), userSid: 'S-1-5-18', version: 1, task: 2 });
  const conhost = sysmon1(ctx, shell.proc, { image: 'C:\\Windows\\System32\\conhost.exe', commandLine: '\\??\\C:\\Windows\\system32\\conhost.exe 0xffffffff -ForceV1' }, 30);
  return [shell.event, conhost.event, block];
};

/** Interactive or network logon, its privileges, and the matching logoff later. */
export const logonSession: WinActivity = (ctx) => {
  const interactive = ctx.log.computer.startsWith('WS') && ctx.rng.chance(0.3);
  const type = interactive ? ctx.rng.pick([2, 7, 11]) : 3;
  const logonId = fakeLogonId(ctx.rng);
  const target = { sid: ctx.user.sid, name: ctx.user.name, domain: DOMAIN, logonId };
  const ip = interactive ? '127.0.0.1' : `10.20.1.${ctx.rng.int(21, 32)}`;
  const workstation = ctx.log.computer.split('.')[0];
  const events = [ctx.log.emit('security', 4624, ctx.timeMs, { data: logonData(target, { type, ip, workstation, process: 'C:\\Windows\\System32\\svchost.exe', package: interactive ? 'Negotiate' : 'Kerberos', logonGuid: fakeGuid(ctx.rng), elevated: false }), version: 2, task: 12544 })];
  if (ctx.user.admin) events.push(ctx.log.emit('security', 4672, ctx.timeMs, { data: specialPrivilegesData(target), task: 12548 }));
  events.push(ctx.log.emit('security', 4634, ctx.timeMs + ctx.rng.int(1000, 3_600_000), { data: logoffData(target, type), task: 12545 }));
  return events;
};

/** A mistyped password: one 4625, then the successful retry. */
export const mistypedPassword: WinActivity = (ctx) => {
  const workstation = ctx.log.computer.split('.')[0];
  const failed = ctx.log.emit('security', 4625, ctx.timeMs, { data: logonFailedData({ name: ctx.user.name, domain: DOMAIN }, { type: 2, status: '0xc000006d', subStatus: '0xc000006a', ip: '127.0.0.1', workstation }), task: 12544 });
  return [failed, ...logonSession({ ...ctx, timeMs: ctx.timeMs + 5000 })];
};

/** Domain controllers issue AES Kerberos service tickets all day. */
export const serviceTicket: WinActivity = (ctx) => {
  const service = ctx.rng.pick(pool.KERBEROS_SERVICES);
  const data = serviceTicketData({ name: ctx.user.name, domain: DNS_DOMAIN.toUpperCase() }, { serviceName: service.name, serviceSid: service.sid, encryptionType: '0x12', ip: `10.20.1.${ctx.rng.int(21, 32)}`, options: '0x40810000' });
  return [ctx.log.emit('security', 4769, ctx.timeMs, { data, task: 14337 })];
};

/** Services start and stop; sometimes an updater installs a new service. */
export const serviceChange: WinActivity = (ctx) => {
  const name = ctx.rng.pick(pool.SERVICE_DISPLAY_NAMES);
  const events = [ctx.log.emit('scm', 7036, ctx.timeMs, { data: serviceStateData(name, ctx.rng.pick(['running', 'stopped'] as const)) })];
  if (ctx.rng.chance(0.08)) {
    const service = ctx.rng.pick(pool.INSTALLED_SERVICES);
    events.push(ctx.log.emit('scm', 7045, ctx.timeMs + 300, { data: serviceInstalledData({ ...service, imagePath: service.imagePath(ctx.rng) }), userSid: 'S-1-5-18' }));
  }
  return events;
};

/** A built-in scheduled task runs: Task Scheduler 100/200/201/102. */
export const scheduledTaskRun: WinActivity = (ctx) => {
  const task = ctx.rng.pick(pool.SCHEDULED_TASKS);
  const instanceId = fakeGuid(ctx.rng);
  const base = { TaskName: task.name, InstanceId: instanceId };
  return [
    ctx.log.emit('taskScheduler', 100, ctx.timeMs, { data: taskSchedulerData(task.name, { UserContext: 'NT AUTHORITY\\System', InstanceId: instanceId }), userSid: 'S-1-5-18', task: 100 }),
    ctx.log.emit('taskScheduler', 200, ctx.timeMs + 10, { data: { ...base, ActionName: task.action, TaskInstanceId: instanceId, EnginePID: ctx.rng.int(300, 3000) * 4 }, userSid: 'S-1-5-18', task: 200 }),
    ctx.log.emit('taskScheduler', 201, ctx.timeMs + 4000, { data: { ...base, ActionName: task.action, TaskInstanceId: instanceId, ResultCode: 0, EnginePID: ctx.rng.int(300, 3000) * 4 }, userSid: 'S-1-5-18', task: 201 }),
    ctx.log.emit('taskScheduler', 102, ctx.timeMs + 4010, { data: taskSchedulerData(task.name, { UserContext: 'NT AUTHORITY\\System', InstanceId: instanceId }), userSid: 'S-1-5-18', task: 102 }),
  ];
};

/** Software updaters register their own tasks: Security 4698 and Task Scheduler 106. */
export const taskRegistration: WinActivity = (ctx) => {
  const task = ctx.rng.pick(pool.UPDATER_TASKS);
  const subject = { sid: 'S-1-5-18', name: `${ctx.log.computer.split('.')[0]}$`, domain: DOMAIN, logonId: '0x3e7' };
  return [
    ctx.log.emit('security', 4698, ctx.timeMs, { data: taskCreatedData(subject, task), version: 1, task: 12804 }),
    ctx.log.emit('taskScheduler', 106, ctx.timeMs + 5, { data: taskSchedulerData(task.name, { UserContext: `${DOMAIN}\\${ctx.log.computer.split('.')[0]}$` }), userSid: 'S-1-5-18', task: 106 }),
  ];
};

/** Installers and Windows itself write autostart and settings values. */
export const registryWrite: WinActivity = (ctx) => {
  const write = ctx.rng.pick(pool.REGISTRY_WRITES);
  const image = write.image.replace('{USER}', ctx.user.name);
  const proc = systemProcess(ctx.rng, ctx.log.computer, image, image);
  if (write.perUser) proc.user = `${DOMAIN}\\${ctx.user.name}`;
  const key = write.key.replace('{SID}', ctx.user.sid);
  return [ctx.log.emit('sysmon', 13, ctx.timeMs, { data: registrySetData(proc, ctx.timeMs, key, write.details.replace('{USER}', ctx.user.name)), userSid: 'S-1-5-18', version: 2, task: 13 })];
};

/** Defender, the WMI provider host and the session manager open LSASS legitimately. */
export const lsassAccess: WinActivity = (ctx) => {
  const lsass = systemProcess(ctx.rng, ctx.log.computer, 'C:\\Windows\\system32\\lsass.exe', 'C:\\Windows\\system32\\lsass.exe');
  const source = ctx.rng.pick(pool.LSASS_READERS);
  const proc = systemProcess(ctx.rng, ctx.log.computer, source.image, source.image);
  const data = processAccessData(proc, lsass, ctx.timeMs, { grantedAccess: source.access, callTrace: source.callTrace, threadId: ctx.rng.int(1000, 9000) });
  return [ctx.log.emit('sysmon', 10, ctx.timeMs, { data, userSid: 'S-1-5-18', version: 3, task: 10 })];
};
