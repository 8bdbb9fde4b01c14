import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../core/problems.ts';
import { COMMAND_IDS, SOURCE_IDS } from '../../data/index.ts';
import { findDataProblems } from '../../data/validate.ts';
import {
  PORT_RULES,
  PORT_TARGETS,
  portRuleGuideProblems,
  portRuleProblems,
  type GuidePage,
  type PortRule,
  type PortRuleId,
  type PortTarget,
} from '../../data/port-rules.ts';
import { MAX_FINDINGS, adviceParts, checkPort, findingsChecklist, guessInputKind, summarizePortCheck } from './port-check.ts';

const docsDir = path.resolve(import.meta.dirname, '../../../content/docs');
const guides: GuidePage[] = readdirSync(docsDir)
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => ({
    slug: f.replace(/\.mdx?$/, ''),
    headingIds: [...readFileSync(path.join(docsDir, f), 'utf8').matchAll(/\{#([a-z0-9-]+)\}/g)].map((m) => m[1]!),
  }));
const known = { sourceIds: SOURCE_IDS, commandIds: COMMAND_IDS };

/** Rule ids found in the text for a target. */
function found(text: string, target: PortTarget): string[] {
  return [...new Set(checkPort(text, target).findings.map((f) => f.ruleId))];
}

interface Case {
  target: PortTarget;
  /** Text the rule must flag. */
  positive: string;
  /** Similar text it must not flag. */
  negative: string;
}

/** A positive and a negative case for every rule (and for each target where the wording of the match differs). */
const CASES: Record<PortRuleId, readonly Case[]> = {
  'amazon-linux-extras': [
    { target: 'al2023', positive: 'sudo amazon-linux-extras install docker', negative: 'sudo dnf install docker' },
    { target: 'rhel9', positive: 'amazon-linux-extras enable python3.8', negative: 'sudo dnf install python3.11' },
  ],
  epel: [
    { target: 'al2023', positive: 'yum install -y epel-release', negative: 'dnf install -y spal-release' },
    {
      target: 'al2023',
      positive: 'rpm -Uvh https://dl.fedoraproject.org/pub/epel/epel-release-latest-7.noarch.rpm',
      negative: 'enable_repo_list: []',
    },
  ],
  'epel-other-major': [
    {
      target: 'rhel9',
      positive: 'dnf install -y https://dl.fedoraproject.org/pub/epel/epel-release-latest-8.noarch.rpm',
      negative: 'dnf install -y https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm',
    },
    {
      target: 'rhel10',
      positive: 'baseurl=https://dl.fedoraproject.org/pub/epel/9/Everything/x86_64/',
      negative: 'dnf install https://dl.fedoraproject.org/pub/epel/epel-release-latest-10.noarch.rpm',
    },
  ],
  'epel-release-by-name': [
    {
      target: 'rhel9',
      positive: 'yum install -y epel-release',
      negative: 'dnf install https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm',
    },
  ],
  'yum-config-manager': [
    {
      target: 'al2023',
      positive: 'sudo yum-config-manager --add-repo https://example.com/x.repo',
      negative: 'sudo dnf config-manager --add-repo https://example.com/x.repo',
    },
  ],
  ntp: [
    { target: 'rhel9', positive: 'yum install -y ntp', negative: 'yum install -y chrony' },
    { target: 'rhel10', positive: 'systemctl enable --now ntpd', negative: 'systemctl enable --now chronyd' },
    {
      target: 'al2023',
      positive: 'echo "server 10.0.0.1" >> /etc/ntp.conf',
      negative: 'echo "server 10.0.0.1 iburst" | sudo tee /etc/chrony.d/local.conf',
    },
  ],
  'iptables-service': [
    {
      target: 'al2023',
      positive: 'yum install -y iptables-services && systemctl enable iptables',
      negative: 'rpm -q firewalld nftables iptables-nft',
    },
    { target: 'rhel9', positive: 'service iptables save', negative: 'nft list ruleset' },
  ],
  'network-scripts': [
    {
      target: 'al2023',
      positive: 'cat > /etc/sysconfig/network-scripts/ifcfg-eth1 <<EOF',
      negative: 'cat > /etc/systemd/network/10-eth1.network <<EOF',
    },
    { target: 'rhel9', positive: 'systemctl restart network', negative: 'systemctl restart NetworkManager' },
  ],
  python2: [
    { target: 'al2023', positive: 'yum install -y python2-pip', negative: 'dnf install -y python3-pip' },
    { target: 'rhel9', positive: '#!/usr/bin/python2.7', negative: '#!/usr/bin/python3' },
  ],
  'unversioned-python': [
    { target: 'rhel9', positive: '#!/usr/bin/env python', negative: '#!/usr/bin/env python3' },
    { target: 'al2023', positive: 'yum install -y python', negative: 'yum install -y python3' },
  ],
  'redhat-release-test': [
    { target: 'al2023', positive: 'if [ -f /etc/redhat-release ]; then', negative: 'if grep -q "^ID=\\"amzn\\"" /etc/os-release; then' },
  ],
  'subscription-manager': [
    { target: 'al2023', positive: 'subscription-manager register --auto-attach', negative: 'dnf install -y spal-release' },
    { target: 'rhel10', positive: '- community.general.redhat_subscription:', negative: '- ansible.builtin.dnf:' },
  ],
  'cron-without-cronie': [
    { target: 'al2023', positive: 'echo "0 2 * * * /opt/backup.sh" | crontab -', negative: 'systemctl enable --now backup.timer' },
    { target: 'al2023', positive: 'cp backup /etc/cron.daily/', negative: 'dnf install -y cronie\ncp backup /etc/cron.daily/' },
  ],
  'aws-cli-package': [
    { target: 'al2023', positive: 'yum install -y aws-cli', negative: 'dnf install -y awscli-2' },
    { target: 'rhel9', positive: '      - awscli', negative: 'pip3 install --user awscli' },
  ],
  'selinux-config-disabled': [
    {
      target: 'al2023',
      positive: "sudo sed -i 's/^SELINUX=.*/SELINUX=disabled/' /etc/selinux/config",
      negative: "sudo sed -i 's/^SELINUX=.*/SELINUX=permissive/' /etc/selinux/config",
    },
    {
      target: 'rhel10',
      positive: 'echo "SELINUX=disabled" > /etc/selinux/config',
      negative: 'sudo grubby --update-kernel ALL --args selinux=0',
    },
  ],
  'aws-cli-v1-pip': [
    { target: 'al2023', positive: 'pip3 install --user awscli', negative: 'pip3 install --user awscli-local' },
    { target: 'rhel9', positive: 'sudo pip install awscli==1.32.0', negative: 'sudo dnf install awscli2' },
  ],
  'sysv-service-commands': [
    { target: 'al2023', positive: 'sudo service httpd restart', negative: 'sudo systemctl restart httpd' },
    { target: 'rhel9', positive: 'chkconfig httpd on', negative: '# the service is started by systemd' },
  ],
  'var-log-messages': [
    { target: 'al2023', positive: 'tail -f /var/log/messages', negative: 'journalctl -f' },
    { target: 'al2023', positive: 'grep error /var/log/messages', negative: 'dnf install -y rsyslog\ngrep error /var/log/messages' },
  ],
  'releasever-in-repo': [
    {
      target: 'al2023',
      positive: 'baseurl=https://repo.example.com/el/$releasever/$basearch/',
      negative: 'baseurl=https://repo.example.com/amzn/2023/$basearch/',
    },
  ],
  'ansible-distribution-redhat': [
    {
      target: 'al2023',
      positive: "  when: ansible_distribution == 'RedHat'",
      negative: "  when: ansible_facts['distribution'] == 'Amazon'",
    },
    {
      target: 'al2023',
      positive: "  when: ansible_facts['distribution'] in ['CentOS', 'RedHat']",
      negative: "  when: ansible_distribution_major_version == '2023'",
    },
  ],
  'ansible-os-family': [
    { target: 'al2023', positive: '  when: ansible_os_family == "RedHat"', negative: '  when: ansible_os_family == "Debian"' },
  ],
  'ansible-major-version': [
    {
      target: 'al2023',
      positive: '  when: ansible_distribution_major_version | int >= 8',
      negative: "  when: ansible_facts['distribution_major_version'] == '2023'",
    },
  ],
  'base-image': [
    { target: 'al2023', positive: 'FROM centos:7', negative: 'FROM public.ecr.aws/amazonlinux/amazonlinux:2023' },
    {
      target: 'rhel9',
      positive: 'FROM registry.access.redhat.com/ubi8/ubi AS build',
      negative: 'FROM registry.access.redhat.com/ubi9/ubi AS build',
    },
  ],
  'docker-package': [{ target: 'rhel9', positive: 'yum install -y docker', negative: 'sudo dnf install -y container-tools' }],
  'amazon-efs-utils': [{ target: 'rhel10', positive: 'dnf install -y amazon-efs-utils', negative: 'dnf install -y nfs-utils' }],
  'yum-cron': [{ target: 'rhel9', positive: 'systemctl enable yum-cron', negative: 'systemctl enable --now dnf-automatic-install.timer' }],
};

describe('the rules', () => {
  test('pass validation: sources, tasks, guide pages and their headings exist', () => {
    expect(portRuleProblems(PORT_RULES, known)).toEqual([]);
    expect(portRuleGuideProblems(PORT_RULES, guides)).toEqual([]);
  });

  test('a broken rule is reported with the file, the rule, the field and a suggestion', () => {
    const broken: PortRule = {
      ...(PORT_RULES[0] as PortRule),
      id: 'broken-rule',
      keywords: ['Amazon'],
      targets: { al2023: { severity: 'error', breaks: 'x', instead: 'y', sources: ['aws-al2023-epl' as never] } },
      task: 'enable-epl' as never,
      guide: { slug: 'pakages' },
    };
    expect(portRuleProblems([broken, { ...broken }], known).map(formatProblem)).toEqual([
      'src/data/port-rules.ts › rule "broken-rule" › keywords[0] = "Amazon": expected a non-empty lower-case word',
      'src/data/port-rules.ts › rule "broken-rule" › targets.al2023.sources[0] = "aws-al2023-epl": expected the id of a source in src/data/sources.ts (did you mean "aws-al2023-epel"?)',
      'src/data/port-rules.ts › rule "broken-rule" › task = "enable-epl": expected the id of a task in src/data/commands.ts (did you mean "enable-epel"?)',
      'src/data/port-rules.ts › rule "broken-rule" › id = "broken-rule": expected an id no other rule has',
      'src/data/port-rules.ts › rule "broken-rule" › keywords[0] = "Amazon": expected a non-empty lower-case word',
      'src/data/port-rules.ts › rule "broken-rule" › targets.al2023.sources[0] = "aws-al2023-epl": expected the id of a source in src/data/sources.ts (did you mean "aws-al2023-epel"?)',
      'src/data/port-rules.ts › rule "broken-rule" › task = "enable-epl": expected the id of a task in src/data/commands.ts (did you mean "enable-epel"?)',
    ]);
    expect(portRuleGuideProblems([broken], guides).map(formatProblem)).toEqual([
      'src/data/port-rules.ts › rule "broken-rule" › guide.slug = "pakages": expected the name of a guide page in content/docs (did you mean "packages"?)',
    ]);
    const badAnchor: PortRule = { ...broken, guide: { slug: 'packages', anchor: 'epel-and-spall' } };
    expect(portRuleGuideProblems([badAnchor], guides).map(formatProblem)).toEqual([
      'src/data/port-rules.ts › rule "broken-rule" › guide.anchor = "epel-and-spall": expected a heading id on content/docs/packages (did you mean "epel-and-spal"?)',
    ]);
  });

  test('a broken rule stops the data module from loading, with everything else it validates', () => {
    const broken = { ...(PORT_RULES[0] as PortRule), task: 'enable-epl' as never };
    const raw = { sources: [], releases: [], categories: [], commands: [], commandReleases: [], portRules: [broken] };
    expect(findDataProblems(raw).problems.map((p) => `${p.file} › ${p.field}`)).toContain('src/data/port-rules.ts › task');
  });

  test('a rule without a target or a link is reported', () => {
    const bare = { id: 'Bad Id', title: '', keywords: [], match: [], targets: {} } as unknown as PortRule;
    expect(portRuleProblems([bare], known).map((p) => p.field)).toEqual(['id', 'title', 'keywords', 'match', 'targets', 'task']);
  });

  test('every rule has cases', () => {
    expect(Object.keys(CASES).sort()).toEqual(PORT_RULES.map((r) => r.id).sort());
  });

  for (const rule of PORT_RULES as readonly PortRule[]) {
    describe(rule.id, () => {
      for (const c of CASES[rule.id as PortRuleId]) {
        test(`flags "${c.positive.split('\n').at(-1)}" for ${c.target}`, () => {
          expect(rule.targets[c.target], `${rule.id} has advice for ${c.target}`).toBeDefined();
          expect(found(c.positive, c.target)).toContain(rule.id);
        });
        test(`does not flag "${c.negative.split('\n').at(-1)}" for ${c.target}`, () => {
          expect(found(c.negative, c.target)).not.toContain(rule.id);
        });
      }
    });
  }
});

describe('checkPort', () => {
  const script = [
    '#!/bin/bash',
    '# amazon-linux-extras in a comment is ignored',
    'set -e',
    'amazon-linux-extras install -y epel',
    'yum install -y ntp python2 aws-cli',
    'if [ -f /etc/redhat-release ]; then echo rhel; fi',
  ].join('\n');

  test('lists findings by line with the column and the matched text', () => {
    const result = checkPort(script, 'al2023');
    expect(result.findings.map((f) => [f.line, f.ruleId, f.severity])).toEqual([
      [4, 'amazon-linux-extras', 'error'],
      [4, 'epel', 'error'],
      [5, 'ntp', 'warning'],
      [5, 'python2', 'error'],
      [5, 'aws-cli-package', 'warning'],
      [6, 'redhat-release-test', 'error'],
    ]);
    expect(result.findings[0]).toMatchObject({ column: 1, match: 'amazon-linux-extras', excerpt: 'amazon-linux-extras install -y epel' });
    expect(result.counts).toEqual({ error: 4, warning: 2, info: 0 });
    expect(result.lines).toBe(6);
    expect(summarizePortCheck(result, 'AL2023')).toBe('Read 6 lines as a script. For AL2023: 4 errors, 2 warnings.');
  });

  test('the same script reads differently for another target', () => {
    const result = checkPort(script, 'rhel9');
    expect(result.findings.map((f) => f.ruleId)).toEqual(['amazon-linux-extras', 'ntp', 'python2', 'aws-cli-package']);
    expect(result.counts.error).toBe(3);
  });

  test('a clean script says so, without promising too much', () => {
    const result = checkPort('#!/bin/sh\ndnf install -y httpd\nsystemctl enable --now httpd\n', 'al2023');
    expect(result.total).toBe(0);
    expect(summarizePortCheck(result, 'AL2023')).toMatch(/No known porting problems for AL2023\. .* not a guarantee\.$/);
    expect(summarizePortCheck(checkPort('', 'al2023'), 'AL2023')).toBe('Nothing to check yet.');
  });

  test('guesses what kind of text it reads', () => {
    expect(guessInputKind(['FROM centos:7', 'RUN yum install -y httpd'])).toBe('dockerfile');
    expect(guessInputKind(['#cloud-config', 'packages:', '  - ntp'])).toBe('cloud-init');
    expect(guessInputKind(['- name: Install', '  ansible.builtin.yum:'])).toBe('ansible');
    expect(guessInputKind(['#!/bin/bash', 'yum update -y'])).toBe('shell');
  });

  test('reads cloud-init package lists and Ansible tasks', () => {
    expect(found('#cloud-config\npackages:\n  - ntp\n  - epel-release\nruncmd:\n  - [ systemctl, enable, ntpd ]', 'al2023')).toEqual([
      'ntp',
      'epel',
    ]);
    const ansible =
      "- name: Tools\n  ansible.builtin.yum:\n    name:\n      - aws-cli\n      - amazon-efs-utils\n  when: ansible_distribution == 'RedHat'";
    expect(found(ansible, 'rhel10')).toEqual(['aws-cli-package', 'amazon-efs-utils']);
    expect(found(ansible, 'al2023')).toEqual(['aws-cli-package', 'ansible-distribution-redhat']);
  });

  test('splits advice into text and code parts for safe rendering', () => {
    expect(adviceParts('Run `dnf install x`, then `y`.')).toEqual([
      { code: false, text: 'Run ' },
      { code: true, text: 'dnf install x' },
      { code: false, text: ', then ' },
      { code: true, text: 'y' },
      { code: false, text: '.' },
    ]);
  });
});

describe('hostile and large input', () => {
  test('HTML and script payloads come back as plain text in the excerpt', () => {
    const payload = '<img src=x onerror=alert(1)> amazon-linux-extras <script>alert(1)</script>';
    const [finding] = checkPort(payload, 'al2023').findings;
    expect(finding?.excerpt).toBe(payload);
  });

  test('binary bytes, 5 MB of text and very long lines do not throw', () => {
    const binary = String.fromCharCode(...Array.from({ length: 16384 }, (_, i) => (i * 13) % 256));
    expect(() => checkPort(binary, 'al2023')).not.toThrow();
    const longLine = `yum ${'install '.repeat(700_000)}ntp`;
    const result = checkPort(longLine, 'rhel9');
    expect(result.longLines).toBe(1);
    const many = checkPort('amazon-linux-extras install epel\n'.repeat(150_000), 'al2023');
    expect(many.total).toBe(300_000);
    expect(many.findings).toHaveLength(MAX_FINDINGS);
  });

  test('never throws, and every finding points at a real line (property)', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom(
        'yum install -y ntp epel-release',
        '# yum install ntp',
        'FROM centos:7',
        'crontab -l',
        "when: ansible_distribution == 'RedHat'",
        '/etc/redhat-release',
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom(...PORT_TARGETS), (lines, target) => {
        const text = lines.join('\n');
        const result = checkPort(text, target);
        const split = text.split('\n');
        for (const f of result.findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(split.length);
          expect(split[f.line - 1]!.trimStart().startsWith('# ')).toBe(false);
        }
        expect(result.total).toBe(result.counts.error + result.counts.warning + result.counts.info);
      }),
      { numRuns: 300 },
    );
  });

  test('never throws on arbitrary Unicode (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 500 }),
        fc.constantFrom(...PORT_TARGETS),
        (text, target) => void checkPort(text, target),
      ),
      { numRuns: 300 },
    );
  });
});

describe('findingsChecklist', () => {
  test('one task per rule that found something, worst first, with its lines and the fix', () => {
    const result = checkPort(
      'tail -f /var/log/messages\nsudo amazon-linux-extras install docker\nsudo amazon-linux-extras enable nginx1\n',
      'al2023',
    );
    const text = findingsChecklist(result, 'AL2023', (id) => (id === 'amazon-linux-extras' ? 'https://example.test/x' : undefined));
    const lines = text.split('\n');
    expect(lines[0]).toBe('## Porting to AL2023: 3 findings');
    expect(lines[2]).toMatch(/^- \[ \] \*\*amazon-linux-extras\*\* \(error, lines 2, 3\): .+ Instead: .+ \(https:\/\/example\.test\/x\)$/);
    expect(lines[3]).toMatch(/^- \[ \] \*\*\/var\/log\/messages\*\* \(\w+, line 1\): /);
    expect(lines).toHaveLength(5);
  });
});
