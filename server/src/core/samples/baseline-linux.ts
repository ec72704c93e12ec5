import type { Rng } from './prng';
import { fakeGuid } from './fake-values';
import { LINUX_COMMANDS, LINUX_HOSTS, LINUX_USERS, SSH_KEY_FINGERPRINTS } from './linux-pool';
import type { BaselineWindow } from './baseline-types';

/** Benign Linux events: eBPF-style process starts, sshd and cron syslog lines, all flat JSON. */

function timeAt(rng: Rng, window: BaselineWindow): number {
  return window.startMs + Math.floor(rng.next() * window.spanMs);
}

function byTimestamp<T extends { '@timestamp': string }>(events: T[]): T[] {
  return events.sort((a, b) => (a['@timestamp'] < b['@timestamp'] ? -1 : a['@timestamp'] > b['@timestamp'] ? 1 : 0));
}

/** Process creation records with Sysmon-for-Linux field names (Image, CommandLine, ParentImage, User...). */
export function generateLinuxProcessBaseline(rng: Rng, window: BaselineWindow, count: number): object[] {
  const events: Record<string, string | number>[] = [];
  for (let i = 0; i < count; i++) {
    const command = rng.pick(LINUX_COMMANDS);
    const uid = LINUX_USERS.find((u) => u.name === command.user)?.uid ?? 0;
    events.push({
      '@timestamp': new Date(timeAt(rng, window)).toISOString(), Computer: rng.pick(LINUX_HOSTS), ProcessGuid: fakeGuid(rng), ProcessId: rng.int(1000, 400000),
      Image: command.image, CommandLine: command.commandLine(rng), CurrentDirectory: command.cwd, User: command.user, LogonId: uid,
      ParentProcessGuid: fakeGuid(rng), ParentProcessId: rng.int(1, 400000), ParentImage: command.parent.image, ParentCommandLine: command.parent.commandLine, ParentUser: command.user,
    });
  }
  return byTimestamp(events as { '@timestamp': string }[]);
}

/** sshd lines from key-based logins, their sessions, and the odd mistyped password from inside. */
export function generateSshdBaseline(rng: Rng, window: BaselineWindow, count: number): object[] {
  const events: { '@timestamp': string; [key: string]: string | number }[] = [];
  while (events.length < count) {
    const host = rng.pick(LINUX_HOSTS);
    const user = rng.pick(['deploy', 'alice', 'jon', 'gitlab-runner']);
    const ip = `10.20.${rng.pick([0, 1])}.${rng.int(10, 40)}`;
    const port = rng.int(40000, 65000);
    const pid = rng.int(2000, 90000);
    const t = timeAt(rng, window);
    const line = (offset: number, message: string): void => {
      events.push({ '@timestamp': new Date(t + offset).toISOString(), host, program: 'sshd', pid, facility: 'auth', severity: 'info', message });
    };
    if (rng.chance(0.06)) line(-4000, `Failed password for ${user} from ${ip} port ${port} ssh2`);
    line(0, rng.chance(0.85) ? `Accepted publickey for ${user} from ${ip} port ${port} ssh2: ${rng.pick(SSH_KEY_FINGERPRINTS)}` : `Accepted password for ${user} from ${ip} port ${port} ssh2`);
    line(5, `pam_unix(sshd:session): session opened for user ${user}(uid=${LINUX_USERS.find((u) => u.name === user)?.uid ?? 1000}) by ${user}(uid=0)`);
    line(rng.int(60_000, 3_600_000), `Received disconnect from ${ip} port ${port}:11: disconnected by user`);
    line(rng.int(3_600_001, 3_600_100), `pam_unix(sshd:session): session closed for user ${user}`);
  }
  return byTimestamp(events.slice(0, count));
}

const CRON_JOBS: readonly [string, string][] = [
  ['root', '   cd / && run-parts --report /etc/cron.hourly'],
  ['root', 'test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.daily; }'],
  ['www-data', 'php /var/www/app/artisan schedule:run >> /dev/null 2>&1'],
  ['postgres', 'pg_dump -Fc -f /var/backups/pg/app.dump app'],
  ['root', '[ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then /usr/lib/php/sessionclean; fi'],
  ['prometheus', '/usr/local/bin/textfile-collector.sh > /var/lib/node_exporter/textfile/backup.prom'],
];

/** cron syslog lines: CMD lines with the PAM session around them. */
export function generateCronBaseline(rng: Rng, window: BaselineWindow, count: number): object[] {
  const events: { '@timestamp': string; [key: string]: string | number }[] = [];
  while (events.length < count) {
    const host = rng.pick(LINUX_HOSTS);
    const [user, command] = rng.pick(CRON_JOBS);
    const pid = rng.int(2000, 90000);
    const t = timeAt(rng, window);
    const uid = LINUX_USERS.find((u) => u.name === user)?.uid ?? 0;
    const line = (offset: number, message: string): void => {
      events.push({ '@timestamp': new Date(t + offset).toISOString(), host, program: 'CRON', pid, facility: 'cron', severity: 'info', message });
    };
    line(0, `pam_unix(cron:session): session opened for user ${user}(uid=${uid}) by ${user}(uid=0)`);
    line(2, `(${user}) CMD (${command})`);
    line(rng.int(500, 60_000), `pam_unix(cron:session): session closed for user ${user}`);
  }
  return byTimestamp(events.slice(0, count));
}
