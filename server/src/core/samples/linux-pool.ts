import type { Rng } from './prng';

/** Value pools for the synthetic Linux fleet. */

export const LINUX_HOSTS: readonly string[] = ['web01', 'web02', 'app01', 'app02', 'db01', 'bastion01', 'ci-runner01', 'k8s-node01', 'k8s-node02', 'mon01'];

export interface LinuxUser {
  name: string;
  uid: number;
}

export const LINUX_USERS: readonly LinuxUser[] = [
  { name: 'root', uid: 0 }, { name: 'deploy', uid: 1001 }, { name: 'alice', uid: 1002 }, { name: 'jon', uid: 1003 },
  { name: 'www-data', uid: 33 }, { name: 'postgres', uid: 113 }, { name: 'gitlab-runner', uid: 998 }, { name: 'prometheus', uid: 997 },
];

type Line = (rng: Rng) => string;

/** A benign process start: who runs it, its parent and command line. */
export interface LinuxCommand {
  user: string;
  parent: { image: string; commandLine: string };
  image: string;
  commandLine: Line;
  cwd: string;
}

const bash = { image: '/usr/bin/bash', commandLine: '-bash' };
const cronSh = { image: '/usr/bin/dash', commandLine: '/bin/sh -c' };

export const LINUX_COMMANDS: readonly LinuxCommand[] = [
  { user: 'root', parent: { image: '/usr/sbin/cron', commandLine: '/usr/sbin/cron -f -P' }, image: '/usr/bin/dash', commandLine: () => '/bin/sh -c    cd / && run-parts --report /etc/cron.hourly', cwd: '/root' },
  { user: 'root', parent: cronSh, image: '/usr/bin/run-parts', commandLine: () => 'run-parts --report /etc/cron.hourly', cwd: '/' },
  { user: 'root', parent: cronSh, image: '/usr/sbin/logrotate', commandLine: () => '/usr/sbin/logrotate /etc/logrotate.conf', cwd: '/' },
  { user: 'www-data', parent: cronSh, image: '/usr/bin/php8.3', commandLine: () => 'php /var/www/app/artisan schedule:run', cwd: '/var/www' },
  { user: 'root', parent: { image: '/usr/bin/python3.12', commandLine: '/usr/bin/python3 /usr/bin/unattended-upgrade' }, image: '/usr/bin/dpkg', commandLine: (rng) => `/usr/bin/dpkg --status-fd 9 --configure ${rng.pick(['libssl3t64:amd64', 'openssl:amd64', 'tzdata:all', 'curl:amd64', 'libcurl4t64:amd64'])}`, cwd: '/' },
  { user: 'root', parent: { image: '/usr/lib/systemd/systemd', commandLine: '/sbin/init' }, image: '/usr/bin/apt-get', commandLine: () => '/usr/bin/apt-get -qq -y update', cwd: '/' },
  { user: 'root', parent: { image: '/usr/lib/systemd/systemd', commandLine: '/sbin/init' }, image: '/usr/bin/systemd-tmpfiles', commandLine: () => '/usr/bin/systemd-tmpfiles --clean', cwd: '/' },
  { user: 'prometheus', parent: { image: '/usr/lib/systemd/systemd', commandLine: '/sbin/init' }, image: '/usr/bin/curl', commandLine: () => 'curl -fsS -m 5 http://127.0.0.1:9100/metrics', cwd: '/var/lib/prometheus' },
  { user: 'deploy', parent: bash, image: '/usr/bin/git', commandLine: () => 'git pull --ff-only origin main', cwd: '/srv/app' },
  { user: 'deploy', parent: bash, image: '/usr/bin/docker', commandLine: (rng) => rng.pick(['docker ps --format {{.Names}}', 'docker compose pull', 'docker compose up -d --remove-orphans', 'docker logs --tail 100 app-web-1']), cwd: '/srv/app' },
  { user: 'alice', parent: bash, image: '/usr/bin/sudo', commandLine: (rng) => `sudo systemctl ${rng.pick(['restart nginx', 'status postgresql', 'reload nginx', 'restart app-worker'])}`, cwd: '/home/alice' },
  { user: 'alice', parent: bash, image: '/usr/bin/ls', commandLine: (rng) => rng.pick(['ls -la', 'ls -lh /var/log/nginx', 'ls /etc/nginx/sites-enabled']), cwd: '/home/alice' },
  { user: 'alice', parent: bash, image: '/usr/bin/vim.basic', commandLine: () => 'vim /etc/nginx/sites-available/app.conf', cwd: '/home/alice' },
  { user: 'jon', parent: bash, image: '/usr/bin/tail', commandLine: () => 'tail -n 200 -f /var/log/syslog', cwd: '/home/jon' },
  { user: 'jon', parent: bash, image: '/usr/bin/kubectl', commandLine: (rng) => `kubectl ${rng.pick(['get pods -A', 'describe node k8s-node02', 'rollout status deploy/api -n prod', 'top pods -n prod'])}`, cwd: '/home/jon' },
  { user: 'jon', parent: bash, image: '/usr/bin/chmod', commandLine: () => 'chmod +x ./scripts/rotate-certs.sh', cwd: '/home/jon/ops' },
  { user: 'postgres', parent: cronSh, image: '/usr/bin/pg_dump', commandLine: () => 'pg_dump -Fc -f /var/backups/pg/app.dump app', cwd: '/var/lib/postgresql' },
  { user: 'root', parent: cronSh, image: '/usr/bin/rsync', commandLine: () => 'rsync -a --delete /var/backups/ backup@10.20.0.12:/backups/db01/', cwd: '/' },
  { user: 'gitlab-runner', parent: { image: '/usr/bin/gitlab-runner', commandLine: '/usr/bin/gitlab-runner run --working-directory /home/gitlab-runner' }, image: '/usr/bin/bash', commandLine: () => 'bash --login', cwd: '/home/gitlab-runner/builds' },
  { user: 'gitlab-runner', parent: bash, image: '/usr/bin/npm', commandLine: (rng) => rng.pick(['npm ci --no-audit', 'npm test', 'npm run build']), cwd: '/home/gitlab-runner/builds/app' },
  { user: 'root', parent: { image: '/usr/sbin/sshd', commandLine: 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups' }, image: '/usr/sbin/sshd', commandLine: () => 'sshd: deploy [priv]', cwd: '/' },
  { user: 'alice', parent: bash, image: '/usr/bin/cat', commandLine: () => 'cat /etc/os-release', cwd: '/home/alice' },
  { user: 'root', parent: { image: '/usr/bin/sudo', commandLine: 'sudo -i' }, image: '/usr/sbin/useradd', commandLine: () => 'useradd -m -s /bin/bash -G docker svc-metrics', cwd: '/root' },
];

export const SSH_KEY_FINGERPRINTS: readonly string[] = [
  'ED25519 SHA256:3kq9Zb1vV7mYp0rT6cXw2nLd8sJf4aHg5eUi1oPzQxA',
  'ED25519 SHA256:Vn8p2QwE5rT7yU1iO3pA6sD9fG0hJ4kL2zX5cV8bN1m',
  'RSA SHA256:q1W2e3R4t5Y6u7I8o9P0aSdFgHjKlZxCvBnM1234567',
];
