/**
 * Times the porting checker on 1 MB of realistic input (a provisioning script, a Dockerfile,
 * cloud-init user data and Ansible tasks, repeated) for every target, and prints the figures.
 * The budget is 200 ms per check; this is a measurement, not a test.
 * Usage: node bench/port-check.ts [megabytes]
 */
import { performance } from 'node:perf_hooks';
import { PORT_TARGETS } from '../src/data/port-rules.ts';
import { checkPort } from '../src/lib/domain/port-check.ts';

const SAMPLE = `#!/bin/bash
# Provision a web node (written for CentOS 7 and AL2)
set -euo pipefail
if [ -f /etc/redhat-release ]; then
  yum install -y epel-release
fi
amazon-linux-extras install -y nginx1 epel
yum-config-manager --enable epel
yum install -y ntp python2 aws-cli iptables-services httpd git
systemctl enable ntpd && systemctl start ntpd
systemctl enable iptables
cat > /etc/sysconfig/network-scripts/ifcfg-eth1 <<'EOF'
DEVICE=eth1
BOOTPROTO=dhcp
ONBOOT=yes
EOF
systemctl restart network
echo "*/5 * * * * /usr/local/bin/health.sh" | crontab -
tail -n 50 /var/log/messages
curl -s https://example.com/repo/el/$releasever/app.repo -o /etc/yum.repos.d/app.repo
subscription-manager register --auto-attach
FROM centos:7
RUN yum install -y python2 && yum clean all
COPY app /opt/app
CMD ["/opt/app/run"]
#cloud-config
packages:
  - ntp
  - awscli
runcmd:
  - [ systemctl, enable, --now, httpd ]
- name: Install tools
  ansible.builtin.yum:
    name:
      - aws-cli
      - amazon-efs-utils
  when: ansible_distribution == 'RedHat' and ansible_distribution_major_version | int >= 7
- name: Plain tasks that need no change
  ansible.builtin.service:
    name: httpd
    state: started
`;

const megabytes = Number(process.argv[2] ?? 1);
const size = Math.round(megabytes * 1024 * 1024);
const input = SAMPLE.repeat(Math.ceil(size / SAMPLE.length)).slice(0, size);
const RUNS = 15;

console.log(
  `Porting checker on ${(input.length / 1024 / 1024).toFixed(2)} MB (${input.split('\n').length.toLocaleString('en-US')} lines), ${RUNS} runs per target after 2 warm-up runs`,
);
for (const target of PORT_TARGETS) {
  checkPort(input, target);
  checkPort(input, target);
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    total = checkPort(input, target).total;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const worst = times.at(-1)!;
  console.log(
    `  ${target.padEnd(7)} median ${median.toFixed(1)} ms, slowest ${worst.toFixed(1)} ms, ${total.toLocaleString('en-US')} findings${worst > 200 ? '  OVER the 200 ms budget' : ''}`,
  );
}
