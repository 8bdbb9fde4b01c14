/**
 * What the porting checker (src/lib/domain/port-check.ts, page /tools/port-check/) looks for in scripts,
 * Dockerfiles, cloud-init user data and Ansible tasks written for RHEL, CentOS or AL2, and what it
 * says about each finding on each target release. Every piece of advice cites sources from
 * sources.ts; links go to a command-reference task or a guide page (content/docs/<slug>.mdx).
 *
 * Plain TypeScript with type-only imports, so the browser bundle can import it without pulling in
 * the rest of the data module. The data module validates the rules on import
 * (portRuleProblems); the content check validates their links into the guide (portRuleGuideProblems).
 */
import type { Problem } from '../core/problems.ts';
import { closestId } from '../core/suggest.ts';
import type { CommandId } from './commands.ts';
import type { ReleaseId } from './releases.ts';
import type { SourceId } from './sources.ts';

export const PORT_RULES_FILE = 'src/data/port-rules.ts';

/**
 * Releases a script can be checked against. AL2023 is the default: it is where AL2 and CentOS
 * workloads usually move. RHEL 9 and 10 are the supported RHEL releases with full support. AL2
 * (end of support 2026-06-30) and the AL2027 preview are not offered as targets.
 */
export const PORT_TARGETS = ['al2023', 'rhel9', 'rhel10'] as const satisfies readonly ReleaseId[];
export type PortTarget = (typeof PORT_TARGETS)[number];
export const DEFAULT_PORT_TARGET: PortTarget = 'al2023';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
/** error: the step fails or silently does nothing; warning: it likely misbehaves or is deprecated; info: it works, but the target has a documented better way. */
export type Severity = (typeof SEVERITIES)[number];

export interface PortMatcher {
  /** What to find on one line. The checker runs it line by line; g and y flags are ignored. */
  pattern: RegExp;
  /** When set, the line must match this too (e.g. a package-manager command), or the match is dropped. */
  context?: RegExp;
}

export interface PortAdvice {
  severity: Severity;
  /** What breaks on this target and why, in our own words. */
  breaks: string;
  /** What to write instead; `backticks` mark commands. */
  instead: string;
  sources: readonly SourceId[];
  /** A match whose text matches this is not a problem on this target (e.g. its own EPEL major). */
  skipIfMatch?: RegExp;
}

export interface PortRule {
  /** Stable kebab-case id, shown with each finding. */
  id: string;
  /** Short name of what was found. */
  title: string;
  /** Lower-case words, at least one of which is on every matching line: a fast pre-filter, and what to grep for by hand. */
  keywords: readonly string[];
  match: readonly PortMatcher[];
  /** Comment lines (# …, not #!) are skipped unless this is true. */
  inComments?: boolean;
  /** When the whole input matches this, the rule does not apply (e.g. the script installs cronie itself). */
  unlessText?: RegExp;
  /** Advice per target; a target without an entry has nothing to report for this rule. */
  targets: Readonly<Partial<Record<PortTarget, PortAdvice>>>;
  /** The command-reference task that covers the replacement. */
  task?: CommandId;
  /** A guide page (content/docs/<slug>.mdx) and optional heading anchor. */
  guide?: { slug: string; anchor?: string };
  /** Link to this anchor of the target's release page (e.g. "platform" for container images). */
  releaseAnchor?: string;
}

/** A line that installs or lists packages: a yum/dnf/rpm command, a YAML list item, or a name/pkg/packages key. */
const PACKAGE_CONTEXT = /\b(?:yum|dnf|microdnf|rpm)\b|^\s*-\s|\b(?:name|pkg|packages?)\s*[:=]/;
/** A yum or dnf install command, or an Ansible `name:` key. */
const INSTALL_CONTEXT = /\b(?:yum|dnf|microdnf)\b.*\binstall\b|\bname\s*:/;

/** The same note on every target: each runs systemd. */
const SYSV_COMMANDS: PortAdvice = {
  severity: 'info',
  breaks: 'service and chkconfig come from SysV init; on systemd releases they act only through compatibility wrappers, where present.',
  instead: '`sudo systemctl enable --now <unit>`, `systemctl status <unit>`.',
  sources: ['redhat-rhel7-systemd'],
};

const definePortRules = <const T extends readonly PortRule[]>(rules: T) => rules;

export const PORT_RULES = definePortRules([
  {
    id: 'amazon-linux-extras',
    title: 'amazon-linux-extras',
    keywords: ['amazon-linux-extras'],
    match: [{ pattern: /\bamazon-linux-extras\b/ }],
    targets: {
      al2023: {
        severity: 'error',
        breaks:
          'AL2023 does not include amazon-linux-extras; AWS calls the tool end of life. Extras topics have no counterpart under that name.',
        instead:
          "Install the package from the AL2023 core repository, where newer versions sit side by side under their own names (for example python3.12, nodejs22, postgresql17), or enable AWS's SPAL repository with `sudo dnf install spal-release`.",
        sources: ['aws-al2-prepare-for-al2023', 'aws-al2023-spal', 'aws-al2023-relnotes-20260608'],
      },
      rhel9: {
        severity: 'error',
        breaks: 'amazon-linux-extras is an Amazon Linux 2 tool; RHEL has no such command.',
        instead: "Install from Red Hat's Application Streams in the AppStream repository with `dnf install`.",
        sources: ['aws-al2-extras', 'redhat-rhel9-dnf-commands'],
      },
      rhel10: {
        severity: 'error',
        breaks: 'amazon-linux-extras is an Amazon Linux 2 tool; RHEL has no such command.',
        instead: "Install the package from RHEL 10's AppStream repository with `dnf install`.",
        sources: ['aws-al2-extras'],
      },
    },
    task: 'amazon-linux-extras',
    guide: { slug: 'packages', anchor: 'amazon-linux-extras' },
  },
  {
    id: 'epel',
    title: 'EPEL repository',
    keywords: ['epel'],
    match: [{ pattern: /(?<![\w])epel(?![a-z])/i }],
    targets: {
      al2023: {
        severity: 'error',
        breaks:
          'AWS states that AL2023 supports neither EPEL nor EPEL-like repositories, so steps that install epel-release or point at EPEL have no supported counterpart.',
        instead:
          "Look for the package in the AL2023 core repository first, then in AWS's SPAL repository (`sudo dnf install spal-release`, from AL2023 2023.9.20251117 on).",
        sources: ['aws-al2023-epel', 'aws-al2023-spal'],
      },
    },
    task: 'enable-epel',
    guide: { slug: 'automation', anchor: 'epel' },
  },
  {
    id: 'epel-other-major',
    title: 'EPEL package for another major version',
    keywords: ['epel'],
    match: [{ pattern: /epel-release-latest-\d+/i }, { pattern: /\/pub\/epel\/\d+/i }],
    targets: {
      rhel9: {
        severity: 'error',
        breaks:
          'The URL names the EPEL release for another Enterprise Linux major version. On RHEL 9 the command reference installs epel-release-latest-9, after enabling CodeReady Builder. EPEL 7 itself has been unmaintained since 2024-06-30.',
        instead:
          '`sudo subscription-manager repos --enable codeready-builder-for-rhel-9-$(arch)-rpms`, then `sudo dnf install https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm`.',
        sources: ['checkmk-epel', 'aws-al2-extras'],
        skipIfMatch: /(?:latest-|\/)9$/,
      },
      rhel10: {
        severity: 'error',
        breaks:
          'The URL names the EPEL release for another Enterprise Linux major version. On RHEL 10 the command reference installs epel-release-latest-10, after enabling CodeReady Builder. EPEL 7 itself has been unmaintained since 2024-06-30.',
        instead:
          '`sudo subscription-manager repos --enable codeready-builder-for-rhel-10-$(arch)-rpms`, then `sudo dnf install https://dl.fedoraproject.org/pub/epel/epel-release-latest-10.noarch.rpm`.',
        sources: ['checkmk-epel', 'secureblue-rhel10-epel', 'aws-al2-extras'],
        skipIfMatch: /(?:latest-|\/)10$/,
      },
    },
    task: 'enable-epel',
    guide: { slug: 'packages', anchor: 'epel-and-spal' },
  },
  {
    id: 'epel-release-by-name',
    title: 'epel-release installed by name',
    keywords: ['epel-release'],
    match: [{ pattern: /(?<![\w./-])epel-release(?![\w.-])/i, context: PACKAGE_CONTEXT }],
    targets: {
      rhel9: {
        severity: 'warning',
        breaks:
          "The package name epel-release works where a repository carries it, as CentOS Stream's own extras do. For RHEL the command reference installs it from the EPEL URL instead.",
        instead:
          'Enable CodeReady Builder, then `sudo dnf install https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm`.',
        sources: ['checkmk-epel'],
      },
      rhel10: {
        severity: 'warning',
        breaks:
          "The package name epel-release works where a repository carries it, as CentOS Stream's own extras do. For RHEL the command reference installs it from the EPEL URL instead.",
        instead:
          'Enable CodeReady Builder, then `sudo dnf install https://dl.fedoraproject.org/pub/epel/epel-release-latest-10.noarch.rpm`.',
        sources: ['checkmk-epel', 'secureblue-rhel10-epel'],
      },
    },
    task: 'enable-epel',
    guide: { slug: 'packages', anchor: 'epel-and-spal' },
  },
  {
    id: 'yum-config-manager',
    title: 'yum-config-manager',
    keywords: ['yum-config-manager'],
    match: [{ pattern: /\byum-config-manager\b/ }],
    targets: {
      al2023: {
        severity: 'warning',
        breaks:
          'Users report "yum-config-manager: command not found" on AL2023. AL2023 runs DNF, where the config-manager plugin does the same work as `dnf config-manager`.',
        instead: '`sudo dnf config-manager --add-repo <url>`, or `sudo dnf config-manager --set-enabled <repo-id>`.',
        sources: ['teleport-issue-34538', 'dnf-config-manager-man', 'aws-al2023-issue-745'],
      },
      rhel9: {
        severity: 'info',
        breaks:
          'yum-config-manager is the yum-era tool. RHEL 9 runs DNF, and the command reference uses `dnf config-manager` for the same jobs.',
        instead: '`sudo dnf config-manager --add-repo <url>`, or `sudo dnf config-manager --set-enabled <repo-id>`.',
        sources: ['dnf-config-manager-man'],
      },
      rhel10: {
        severity: 'info',
        breaks:
          'yum-config-manager is the yum-era tool. RHEL 10 keeps DNF 4, whose `dnf config-manager` takes the same options as on RHEL 8 and 9.',
        instead: '`sudo dnf config-manager --add-repo <url>`, or `sudo dnf config-manager --set-enabled <repo-id>`.',
        sources: ['dnf-config-manager-man', 'dnf-plugins-core-pr-572'],
      },
    },
    task: 'enable-disable-repository',
    guide: { slug: 'packages', anchor: 'repository-files' },
  },
  {
    id: 'ntp',
    title: 'ntp and ntpd',
    keywords: ['ntp'],
    match: [
      { pattern: /\bntpd\b/ },
      { pattern: /\/etc\/ntp\.conf\b/ },
      { pattern: /\bntpdate\b/ },
      { pattern: /(?<![\w.+/-])ntp(?![\w.+-])/, context: PACKAGE_CONTEXT },
    ],
    targets: {
      al2023: {
        severity: 'warning',
        breaks:
          'AL2023 keeps time with chrony, already pointed at the Amazon Time Sync Service, so an ntpd setup adds a second time daemon. We have not confirmed whether AL2023 packages ntp at all.',
        instead: 'Keep chrony. To add NTP servers, put `server <host> iburst` lines in a file under /etc/chrony.d and restart chronyd.',
        sources: ['aws-ec2-configure-ntp', 'aws-al2023-relnotes-ga'],
      },
      rhel9: {
        severity: 'error',
        breaks:
          'From RHEL 8 on, Red Hat implements NTP with the chronyd daemon from the chrony package. ntpd and /etc/ntp.conf belong to the older ntp package, which these steps expect.',
        instead: 'Configure chrony: add `server <host> iburst` to /etc/chrony.conf, then `sudo systemctl restart chronyd`.',
        sources: ['redhat-rhel8-chrony'],
      },
      rhel10: {
        severity: 'error',
        breaks:
          'From RHEL 8 on, Red Hat implements NTP with the chronyd daemon from the chrony package. ntpd and /etc/ntp.conf belong to the older ntp package, which these steps expect.',
        instead: 'Configure chrony: add `server <host> iburst` to /etc/chrony.conf, then `sudo systemctl restart chronyd`.',
        sources: ['redhat-rhel8-chrony'],
      },
    },
    task: 'configure-ntp-server',
    guide: { slug: 'services', anchor: 'time' },
  },
  {
    id: 'iptables-service',
    title: 'iptables service',
    keywords: ['iptables'],
    match: [
      { pattern: /(?<![\w.-])iptables-services(?![\w.-])/ },
      { pattern: /\b(?:systemctl\s+(?:enable|start|restart|reload)(?:\s+--now)?|service)\s+iptables\b/ },
      { pattern: /\/etc\/sysconfig\/iptables\b/ },
    ],
    targets: {
      al2023: {
        severity: 'warning',
        breaks:
          'User reports say AL2023 does not install iptables by default, and that the minimal AMI has neither iptables nor nft, so an iptables service has nothing to run. On EC2 the security group is the first line of filtering.',
        instead:
          'Decide whether the host needs a firewall of its own. If it does, install the packages explicitly and check what is there with `rpm -q firewalld nftables iptables-nft`.',
        sources: ['firezone-issue-8481', 'cfn-nat-pr-16'],
      },
      rhel9: {
        severity: 'warning',
        breaks:
          'RHEL 9 deprecates the iptables framework, including its service package (iptables-nft-services). Red Hat recommends nftables, the nft tool, for new setups.',
        instead: 'Write the rules for nftables (`nft`), migrating existing ones where possible.',
        sources: ['redhat-rhel9-relnotes-networking-deprecated', 'redhat-rhel9-deprecated-packages'],
      },
      rhel10: {
        severity: 'warning',
        breaks:
          "RHEL 9 already deprecated the iptables framework and its service package, and Red Hat said such parts are likely to go in the next major release. We have not read RHEL 10's notes to confirm what remains.",
        instead: 'Write the rules for nftables (`nft`).',
        sources: ['redhat-rhel9-relnotes-networking-deprecated', 'redhat-rhel9-deprecated-packages'],
      },
    },
    task: 'firewall-default-state',
    guide: { slug: 'services', anchor: 'firewall' },
  },
  {
    id: 'network-scripts',
    title: 'network-scripts and ifcfg files',
    keywords: ['network-scripts', 'ifcfg-', 'network'],
    match: [
      { pattern: /\/etc\/sysconfig\/network-scripts\b/ },
      { pattern: /(?<![\w-])ifcfg-[\w.:-]+/ },
      { pattern: /(?<![\w./-])network-scripts(?![\w.-])/, context: PACKAGE_CONTEXT },
      {
        pattern:
          /\b(?:systemctl\s+(?:restart|start|enable|reload)\s+network(?:\.service)?|service\s+network\s+(?:restart|start|reload))(?![\w.-])/,
      },
    ],
    targets: {
      al2023: {
        severity: 'error',
        breaks:
          'AL2023 configures interfaces with systemd-networkd, fed by amazon-ec2-net-utils, which writes its files to /run/systemd/network. ifcfg files and the old network service are not used there, so these steps do nothing.',
        instead: 'Put a systemd-networkd drop-in under /etc/systemd/network, which takes precedence over the generated files.',
        sources: ['aws-al2023-networking'],
      },
      rhel9: {
        severity: 'warning',
        breaks:
          'RHEL 8 deprecated the legacy network-scripts package and no longer installs it by default; RHEL 9 deprecates ifcfg files as well. NetworkManager still reads existing ifcfg files but stores new profiles as keyfiles.',
        instead: 'Configure interfaces with `nmcli`, or with keyfiles in /etc/NetworkManager/system-connections.',
        sources: ['redhat-rhel8-legacy-network-scripts', 'redhat-rhel9-relnotes-networking-deprecated'],
      },
      rhel10: {
        severity: 'warning',
        breaks:
          "Red Hat's RHEL 9.0 notes announced that the next major release drops support for ifcfg files. We have not read RHEL 10's own notes.",
        instead: 'Configure interfaces with `nmcli`, or with keyfiles in /etc/NetworkManager/system-connections.',
        sources: ['redhat-rhel9-relnotes-networking-deprecated'],
      },
    },
    task: 'interface-config-location',
    guide: { slug: 'automation', anchor: 'network-scripts' },
  },
  {
    id: 'python2',
    title: 'Python 2',
    keywords: ['python2', 'python27'],
    match: [{ pattern: /\bpython2(?:\.\d+)?\b/ }, { pattern: /\bpython27\b/ }],
    targets: {
      al2023: {
        severity: 'error',
        breaks:
          'AL2023 has no Python 2. Its system Python is python3, version 3.9, for the life of the release, with newer versions installable beside it.',
        instead: 'Port the code to Python 3 and call `python3`, or a side-by-side version such as `python3.12`.',
        sources: ['aws-al2023-python'],
      },
      rhel9: {
        severity: 'error',
        breaks: 'Red Hat does not distribute Python 2 with RHEL 9; Python 3.9 is the default.',
        instead: 'Port the code to Python 3 and call `python3`, or an AppStream version such as `python3.11` or `python3.12`.',
        sources: ['redhat-rhel9-python'],
      },
      rhel10: {
        severity: 'warning',
        breaks:
          "RHEL 10's default Python is 3.12, and Red Hat already stopped distributing Python 2 with RHEL 9. We have not seen a RHEL 10 statement about Python 2 itself.",
        instead: 'Port the code to Python 3 and call `python3`.',
        sources: ['redhat-rhel10-python', 'redhat-rhel9-python'],
      },
    },
    task: 'system-python',
    guide: { slug: 'development', anchor: 'python' },
  },
  {
    id: 'unversioned-python',
    title: 'Unversioned python',
    keywords: ['python'],
    match: [
      { pattern: /^#!\s*\/usr\/bin\/(?:env\s+)?python\s*$/ },
      { pattern: /(?<![\w.+/-])python(?![\w.+-])/, context: INSTALL_CONTEXT },
    ],
    targets: {
      al2023: {
        severity: 'info',
        breaks:
          "On AL2 the plain name python meant Python 2.7. AL2023's system Python is python3, version 3.9; we have not verified whether AL2023 offers an unversioned python command.",
        instead: 'Name Python 3 explicitly: `python3`, and `#!/usr/bin/python3` in scripts.',
        sources: ['aws-al2023-python', 'aws-al2-compare-with-al1'],
      },
      rhel9: {
        severity: 'info',
        breaks:
          'On RHEL 9 the unversioned python command comes from the python-unversioned-command package, which some systems lack, and Red Hat recommends naming python3 in production.',
        instead: 'Name Python 3 explicitly: `python3`, and `#!/usr/bin/python3` in scripts.',
        sources: ['redhat-rhel9-python'],
      },
      rhel10: {
        severity: 'info',
        breaks:
          "On RHEL 10 the unversioned python command runs Python 3.12, so a script written for AL2's python (2.7) now runs under Python 3.",
        instead: 'Check the code under Python 3 and name `python3` explicitly.',
        sources: ['redhat-rhel10-python', 'aws-al2-compare-with-al1'],
      },
    },
    task: 'system-python',
    guide: { slug: 'development', anchor: 'python' },
  },
  {
    id: 'redhat-release-test',
    title: '/etc/redhat-release',
    keywords: ['redhat-release'],
    match: [{ pattern: /\/etc\/redhat-release\b/ }],
    targets: {
      al2023: {
        severity: 'error',
        breaks:
          'Amazon Linux has no /etc/redhat-release. Code that reads or tests for it treats AL2023 as an unsupported system or takes the wrong branch; installers and CI tools have failed this way.',
        instead: 'Read /etc/os-release and branch on ID and VERSION_ID (on AL2023: ID=amzn, VERSION_ID=2023).',
        sources: ['kitchen-ansible-216', 'hirs-90', 'actions-runner-4223', 'aws-al2023-ident-os-release'],
      },
    },
    task: 'detect-distro-in-script',
    guide: { slug: 'identify', anchor: 'redhat-release' },
  },
  {
    id: 'subscription-manager',
    title: 'subscription-manager',
    keywords: ['subscription-manager', 'redhat_subscription'],
    match: [{ pattern: /\bsubscription-manager\b/ }, { pattern: /\bredhat_subscription\b/ }],
    targets: {
      al2023: {
        severity: 'error',
        breaks:
          "subscription-manager registers a host with Red Hat and turns on Red Hat's repositories. AL2023 installs from AWS's own versioned repositories and has no Red Hat subscription to register.",
        instead: 'Drop the registration step. Enable repositories with `dnf config-manager`, or SPAL with `sudo dnf install spal-release`.',
        sources: ['redhat-subscription-how-it-works', 'aws-al2023-deterministic-upgrades'],
      },
      rhel9: {
        severity: 'info',
        breaks:
          'RHEL instances that take their packages from Red Hat Update Infrastructure (RHUI), as on-demand RHEL AMIs on EC2 do, do not use subscription-manager, and their repository ids differ.',
        instead: 'Check how the instance gets packages (`dnf repolist --all`) before registering it or enabling repositories by id.',
        sources: ['gist-rhel8-ec2-rhui'],
      },
      rhel10: {
        severity: 'info',
        breaks:
          'RHEL instances that take their packages from Red Hat Update Infrastructure (RHUI), as on-demand RHEL AMIs on EC2 do, do not use subscription-manager, and their repository ids differ.',
        instead: 'Check how the instance gets packages (`dnf repolist --all`) before registering it or enabling repositories by id.',
        sources: ['gist-rhel8-ec2-rhui'],
      },
    },
    task: 'enable-disable-repository',
  },
  {
    id: 'cron-without-cronie',
    title: 'cron without cronie',
    keywords: ['cron'],
    match: [
      { pattern: /\bcrontab\b/ },
      { pattern: /\/etc\/cron\.(?:d|daily|hourly|weekly|monthly)\b/ },
      { pattern: /\/var\/spool\/cron\b/ },
      { pattern: /\bcrond\b/ },
      { pattern: /^\s*(?:-\s+)?(?:ansible\.builtin\.)?cron\s*:/ },
    ],
    unlessText: /\bcronie\b/,
    targets: {
      al2023: {
        severity: 'error',
        breaks:
          'AL2023 does not install cronie by default, so the crontab command and the cron daemon are missing and files in /etc/cron.d never run. AWS suggests systemd timers instead.',
        instead:
          'Move the job to a systemd timer, or install cronie first: `sudo dnf install cronie`, then `sudo systemctl enable --now crond`.',
        sources: ['aws-al2023-cron', 'aws-al2-prepare-for-al2023'],
      },
    },
    task: 'cron-jobs',
    guide: { slug: 'services', anchor: 'scheduled-jobs' },
  },
  {
    id: 'aws-cli-package',
    title: 'AWS CLI package name',
    keywords: ['aws-cli', 'awscli'],
    match: [{ pattern: /(?<![\w.+/-])(?:aws-cli|awscli)(?![\w.+-])/, context: PACKAGE_CONTEXT }],
    targets: {
      al2023: {
        severity: 'warning',
        breaks:
          'AL2023 packages AWS CLI version 2 as awscli-2, and its default AMI has it. aws-cli and awscli are the version 1 names of AL1 and AL2; we found no source showing that AL2023 answers to them.',
        instead: '`sudo dnf install awscli-2`, then check with `aws --version`.',
        sources: ['aws-al2023-relnotes-2023-6-20241209', 'aws-ec2-amazon-linux-basics-2018'],
      },
      rhel9: {
        severity: 'warning',
        breaks:
          "Red Hat's image tests expect a package named awscli2 from RHEL 9.5 on (a secondary source); on older minor releases AWS's bundled installer is the documented route.",
        instead: "`sudo dnf install awscli2` on RHEL 9.5 and later; otherwise AWS's bundled installer.",
        sources: ['osbuild-civ-test-awscli2', 'aws-cli-install'],
      },
      rhel10: {
        severity: 'warning',
        breaks: "Red Hat's image tests expect a package named awscli2 on RHEL 10 (a secondary source), not aws-cli or awscli.",
        instead: '`sudo dnf install awscli2`, then check with `aws --version`.',
        sources: ['osbuild-civ-test-awscli2'],
      },
    },
    task: 'install-aws-cli',
    guide: { slug: 'automation', anchor: 'popular-example' },
  },
  {
    id: 'selinux-config-disabled',
    title: 'SELINUX=disabled in /etc/selinux/config',
    keywords: ['selinux'],
    match: [{ pattern: /\bSELINUX\s*=\s*["']?disabled\b/ }],
    targets: {
      al2023: {
        severity: 'error',
        breaks:
          "Writing SELINUX=disabled to /etc/selinux/config no longer turns SELinux off on kernels 6.4 and later, which includes AL2023's 6.12 and 6.18 lines; AWS documents the selinux=0 kernel argument instead.",
        instead:
          'Keep SELinux on in permissive mode if you can; to turn it off, `sudo grubby --update-kernel ALL --args selinux=0` and reboot.',
        sources: ['aws-al2023-selinux-disable', 'selinux-runtime-disable-deprecation'],
      },
      rhel9: {
        severity: 'warning',
        breaks:
          'Red Hat documents the selinux=0 kernel argument as the way to disable SELinux on RHEL 9; the config-file setting is not the reliable method there.',
        instead: 'Prefer permissive mode; to turn SELinux off, `sudo grubby --update-kernel ALL --args selinux=0` and reboot.',
        sources: ['redhat-rhel9-selinux-states', 'grubby-man'],
      },
      rhel10: {
        severity: 'error',
        breaks: "RHEL 10's 6.12 kernel is past the 6.4 cut-off after which SELINUX=disabled in the config file no longer disables SELinux.",
        instead: 'Prefer permissive mode; to turn SELinux off, `sudo grubby --update-kernel ALL --args selinux=0` and reboot.',
        sources: ['selinux-runtime-disable-deprecation', 'grubby-man'],
      },
    },
    task: 'selinux-disable',
    guide: { slug: 'selinux', anchor: 'disabling' },
  },
  {
    id: 'aws-cli-v1-pip',
    title: 'AWS CLI version 1 from pip',
    keywords: ['awscli'],
    match: [{ pattern: /\bpip[0-9.]*\s+install\b.*(?<![\w.-])awscli(?![\w.-])/ }],
    targets: {
      al2023: {
        severity: 'warning',
        breaks: "pip's awscli package is AWS CLI version 1. AL2023 packages version 2 as awscli-2, and its default AMI already has it.",
        instead: '`sudo dnf install awscli-2` (or keep the preinstalled one), then check with `aws --version`.',
        sources: ['aws-al2023-relnotes-2023-6-20241209', 'aws-cli-install'],
      },
      rhel9: {
        severity: 'warning',
        breaks: "pip's awscli package is AWS CLI version 1; AWS documents version 2 through its bundled installer.",
        instead: "AWS's bundled installer for version 2, then check with `aws --version`.",
        sources: ['aws-cli-install'],
      },
      rhel10: {
        severity: 'warning',
        breaks: "pip's awscli package is AWS CLI version 1; AWS documents version 2 through its bundled installer.",
        instead: "AWS's bundled installer for version 2, then check with `aws --version`.",
        sources: ['aws-cli-install'],
      },
    },
    task: 'install-aws-cli',
  },
  {
    id: 'sysv-service-commands',
    title: 'service and chkconfig',
    keywords: ['service', 'chkconfig'],
    match: [
      { pattern: /(?:^|[\s;&|(])(?:sudo\s+)?(?:service\s+[\w@.-]+\s+(?:start|stop|restart|reload|status|condrestart)\b|chkconfig\b)/ },
    ],
    targets: { al2023: SYSV_COMMANDS, rhel9: SYSV_COMMANDS, rhel10: SYSV_COMMANDS },
    task: 'enable-service',
    guide: { slug: 'services', anchor: 'init-system' },
  },
  {
    id: 'var-log-messages',
    title: '/var/log/messages',
    keywords: ['/var/log/messages'],
    match: [{ pattern: /\/var\/log\/messages\b/ }],
    unlessText: /\brsyslog\b/,
    targets: {
      al2023: {
        severity: 'warning',
        breaks:
          'AL2023 logs to the systemd journal and does not install rsyslog, so /var/log/messages does not exist on a fresh instance; whatever reads it gets nothing.',
        instead: 'Read the journal with `journalctl` (one service: `journalctl -u <unit>`), or install rsyslog if a tool needs the file.',
        sources: ['aws-al2023-journald'],
      },
    },
    task: 'read-system-log',
    guide: { slug: 'automation', anchor: 'rsyslog' },
  },
  {
    id: 'releasever-in-repo',
    title: '$releasever in a repository URL',
    keywords: ['releasever'],
    match: [{ pattern: /\$(?:releasever\b|\{releasever\})/ }],
    targets: {
      al2023: {
        severity: 'warning',
        breaks:
          'On AL2023, dnf expands $releasever to the full release version, such as 2023.4.20240401, so a repository URL written for EL 8 or 9 around $releasever points at a path that does not exist.',
        instead: 'Use a repository built for AL2023, or one whose URL does not depend on $releasever.',
        sources: ['netdata-pr-17330'],
      },
    },
    task: 'add-repository',
    guide: { slug: 'automation', anchor: 'releasever' },
  },
  {
    id: 'ansible-distribution-redhat',
    title: 'Ansible distribution test for RedHat or CentOS',
    keywords: ['distribution'],
    match: [
      { pattern: /(?:ansible_distribution|\[\s*['"]distribution['"]\s*\])\s*(?:==|!=)\s*['"](?:RedHat|CentOS)['"]/ },
      { pattern: /(?:ansible_distribution|\[\s*['"]distribution['"]\s*\])\s+(?:not\s+)?in\s+\[[^\]]*['"](?:RedHat|CentOS)['"]/ },
    ],
    targets: {
      al2023: {
        severity: 'warning',
        breaks:
          'Ansible reports AL2023 with the distribution Amazon, so tasks guarded by a RedHat or CentOS distribution test are silently skipped there.',
        instead:
          "Add a guard for Amazon Linux, `ansible_facts['distribution'] == 'Amazon'` with `ansible_facts['distribution_major_version'] == '2023'`, and map package names per distribution.",
        sources: ['ansible-distribution-py', 'ansible-fixture-al2'],
      },
    },
    guide: { slug: 'automation', anchor: 'distribution-checks' },
  },
  {
    id: 'ansible-os-family',
    title: 'Ansible os_family test for RedHat',
    keywords: ['os_family'],
    match: [
      { pattern: /(?:ansible_os_family|\[\s*['"]os_family['"]\s*\])\s*(?:==|!=)\s*['"]RedHat['"]/ },
      { pattern: /(?:ansible_os_family|\[\s*['"]os_family['"]\s*\])\s+in\s+\[[^\]]*['"]RedHat['"]/ },
    ],
    targets: {
      al2023: {
        severity: 'info',
        breaks:
          'Ansible puts Amazon Linux in the RedHat OS family, so this task runs on AL2023 too, with whatever RHEL package names, repositories or tools it uses.',
        instead:
          "Check that everything the task installs or enables exists on AL2023, or guard on `ansible_facts['distribution']` instead.",
        sources: ['ansible-distribution-py'],
      },
    },
    guide: { slug: 'automation', anchor: 'distribution-checks' },
  },
  {
    id: 'ansible-major-version',
    title: 'Ansible major-version comparison',
    keywords: ['distribution_major_version'],
    match: [{ pattern: /distribution_major_version['"\]]*\s*(?:\|\s*int\s*)?(?:==|!=|>=|<=|>|<)\s*['"]?\d+/ }],
    targets: {
      al2023: {
        severity: 'warning',
        breaks:
          "Ansible reports AL2023's major version as 2023, so comparisons written for EL 7, 8 or 9 mislead there (a test for 8 or later is true on AL2023) and say nothing about which tools the host has.",
        instead: "Check `ansible_facts['distribution']` first, then compare versions per distribution.",
        sources: ['ansible-distribution-py', 'ansible-fixture-al2'],
        skipIfMatch: /\b2023$/,
      },
    },
    guide: { slug: 'automation', anchor: 'version-comparisons' },
  },
  {
    id: 'base-image',
    title: 'Container base image',
    keywords: ['from'],
    match: [
      {
        pattern:
          /^\s*FROM\s+(?:--\S+\s+)*(?:[\w.-]+(?::\d+)?\/)*(?:centos|amazonlinux|ubi\d*(?:-[a-z]+)?|rhel\d*|rockylinux|almalinux|fedora|oraclelinux)(?:[:@]\S*)?(?:\s+AS\s+\S+)?\s*$/i,
      },
    ],
    targets: {
      al2023: {
        severity: 'warning',
        breaks: "The build starts from another distribution's image, so every step after this line still runs there, not on AL2023.",
        instead: '`FROM public.ecr.aws/amazonlinux/amazonlinux:2023` (also published as amazonlinux:2023).',
        sources: ['aws-al2023-container', 'aws-al2023-base-container'],
        skipIfMatch: /amazonlinux:2023\b/i,
      },
      rhel9: {
        severity: 'warning',
        breaks: "The build starts from another distribution's image, so every step after this line still runs there, not on RHEL 9.",
        instead:
          "`FROM registry.access.redhat.com/ubi9/ubi`, Red Hat's Universal Base Image (the reference comes from public Dockerfiles, not a Red Hat page).",
        sources: ['devfile-ubi9'],
        skipIfMatch: /(?:^|[\s/])(?:ubi9|rhel9)\b/i,
      },
    },
    releaseAnchor: 'platform',
  },
  {
    id: 'docker-package',
    title: 'docker package',
    keywords: ['docker'],
    match: [{ pattern: /(?<![\w.+/-])docker(?![\w.+-])/, context: INSTALL_CONTEXT }],
    targets: {
      rhel9: {
        severity: 'warning',
        breaks:
          "Docker is not included in or supported by RHEL (Red Hat's statement for RHEL 8, quoted by GitLab); RHEL offers Podman, Buildah and Skopeo in the container-tools package.",
        instead: '`sudo dnf install container-tools`, then use podman.',
        sources: ['gitlab-runner-27119', 'bootc-iso-rhel9'],
      },
      rhel10: {
        severity: 'warning',
        breaks:
          "Docker is not included in or supported by RHEL (Red Hat's statement for RHEL 8, quoted by GitLab); RHEL 10 offers Podman and its tools in the container-tools package.",
        instead: '`sudo dnf install container-tools`, then use podman.',
        sources: ['gitlab-runner-27119', 'redhat-rhel10-build-container'],
      },
    },
    task: 'install-container-engine',
  },
  {
    id: 'amazon-efs-utils',
    title: 'amazon-efs-utils',
    keywords: ['amazon-efs-utils'],
    match: [{ pattern: /\bamazon-efs-utils\b/ }],
    targets: {
      rhel9: {
        severity: 'error',
        breaks:
          "amazon-efs-utils comes from Amazon Linux's repositories. AWS's README tells users of other distributions, RHEL included, to build the RPM from source.",
        instead: 'Build the RPM from the aws/efs-utils sources and host it yourself, as the README describes.',
        sources: ['aws-efs-utils-readme'],
      },
      rhel10: {
        severity: 'error',
        breaks:
          "amazon-efs-utils comes from Amazon Linux's repositories. AWS's README tells users of other distributions, RHEL included, to build the RPM from source.",
        instead: 'Build the RPM from the aws/efs-utils sources and host it yourself, as the README describes.',
        sources: ['aws-efs-utils-readme'],
      },
    },
    guide: { slug: 'automation', anchor: 'popular-example' },
  },
  {
    id: 'yum-cron',
    title: 'yum-cron',
    keywords: ['yum-cron'],
    match: [{ pattern: /\byum-cron\b/ }],
    targets: {
      al2023: {
        severity: 'info',
        breaks:
          'The command reference turns on automatic updates on AL2023 with dnf-automatic and its timer, not yum-cron; dnf-automatic stays within the locked release.',
        instead: '`sudo dnf install dnf-automatic`, then `sudo systemctl enable --now dnf-automatic-install.timer`.',
        sources: ['dnf-automatic-doc', 'aws-al2023-dnf-automatic-discussion'],
      },
      rhel9: {
        severity: 'info',
        breaks:
          'Red Hat documents DNF Automatic (package dnf-automatic) for automatic updates on RHEL 9; yum-cron belongs to the yum-based releases.',
        instead: '`sudo dnf install dnf-automatic`, then `sudo systemctl enable --now dnf-automatic-install.timer`.',
        sources: ['redhat-rhel9-dnf-automatic'],
      },
      rhel10: {
        severity: 'info',
        breaks: 'RHEL 10 keeps DNF 4, whose dnf-automatic provides the update timers; yum-cron belongs to the yum-based releases.',
        instead: '`sudo dnf install dnf-automatic`, then `sudo systemctl enable --now dnf-automatic-install.timer`.',
        sources: ['dnf-automatic-doc'],
      },
    },
    task: 'automatic-updates',
  },
]);

export type PortRuleId = (typeof PORT_RULES)[number]['id'];

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

export interface KnownIds {
  sourceIds: readonly string[];
  commandIds: readonly string[];
}

/** A guide page as the porting rules may link to it: its slug (file name in content/docs) and its heading ids. */
export interface GuidePage {
  slug: string;
  headingIds: readonly string[];
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function hint(value: string, known: readonly string[]): string {
  const close = closestId(value, known);
  return close ? ` (did you mean "${close}"?)` : '';
}

const entryOf = (rule: PortRule, index: number) => (typeof rule.id === 'string' && rule.id ? `rule "${rule.id}"` : `rule #${index + 1}`);

/**
 * Every problem in the rules that the data module can see: shapes, unique ids, and references to
 * sources and tasks. Run on import of src/data with the rest of the data.
 */
export function portRuleProblems(rules: readonly PortRule[], known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    const entry = entryOf(rule, index);
    const add = (field: string, value: unknown, expected: string) =>
      problems.push({ file: PORT_RULES_FILE, entry, field, value: value instanceof RegExp ? String(value) : value, expected });
    if (typeof rule.id !== 'string' || !KEBAB.test(rule.id)) add('id', rule.id, 'a kebab-case id (a-z, 0-9, single hyphens)');
    else if (seen.has(rule.id)) add('id', rule.id, 'an id no other rule has');
    else seen.add(rule.id);
    if (typeof rule.title !== 'string' || rule.title.trim() === '') add('title', rule.title, 'non-empty text');
    if (!Array.isArray(rule.keywords) || rule.keywords.length === 0) add('keywords', rule.keywords, 'at least one keyword');
    else
      rule.keywords.forEach((k, i) => {
        if (typeof k !== 'string' || k === '' || k !== k.toLowerCase()) add(`keywords[${i}]`, k, 'a non-empty lower-case word');
      });
    if (!Array.isArray(rule.match) || rule.match.length === 0) add('match', rule.match, 'at least one matcher { pattern }');
    else
      rule.match.forEach((m, i) => {
        if (!(m.pattern instanceof RegExp)) add(`match[${i}].pattern`, m.pattern, 'a regular expression');
        if (m.context !== undefined && !(m.context instanceof RegExp)) add(`match[${i}].context`, m.context, 'a regular expression');
      });
    const targets = Object.entries(rule.targets ?? {});
    if (targets.length === 0) add('targets', rule.targets, `advice for at least one of ${PORT_TARGETS.join(', ')}`);
    for (const [target, advice] of targets) {
      const at = `targets.${target}`;
      if (!(PORT_TARGETS as readonly string[]).includes(target))
        add(at, target, `one of ${PORT_TARGETS.join(', ')}${hint(target, PORT_TARGETS)}`);
      if (!advice) continue;
      if (!(SEVERITIES as readonly string[]).includes(advice.severity)) add(`${at}.severity`, advice.severity, SEVERITIES.join(', '));
      if (typeof advice.breaks !== 'string' || advice.breaks.trim() === '')
        add(`${at}.breaks`, advice.breaks, 'non-empty text: what breaks and why');
      if (typeof advice.instead !== 'string' || advice.instead.trim() === '')
        add(`${at}.instead`, advice.instead, 'non-empty text: what to write instead');
      if (!Array.isArray(advice.sources) || advice.sources.length === 0) add(`${at}.sources`, advice.sources, 'at least one source id');
      else
        advice.sources.forEach((id, i) => {
          if (!known.sourceIds.includes(id))
            add(`${at}.sources[${i}]`, id, `the id of a source in src/data/sources.ts${hint(id, known.sourceIds)}`);
        });
      if (advice.skipIfMatch !== undefined && !(advice.skipIfMatch instanceof RegExp))
        add(`${at}.skipIfMatch`, advice.skipIfMatch, 'a regular expression');
    }
    if (rule.task !== undefined && !known.commandIds.includes(rule.task)) {
      add('task', rule.task, `the id of a task in src/data/commands.ts${hint(rule.task, known.commandIds)}`);
    }
    if (rule.releaseAnchor !== undefined && !KEBAB.test(rule.releaseAnchor))
      add('releaseAnchor', rule.releaseAnchor, 'a heading id such as "platform"');
    if (rule.task === undefined && rule.guide === undefined && rule.releaseAnchor === undefined) {
      add('task', undefined, 'a task id, a guide page or a releaseAnchor, so each finding links to more');
    }
  });
  return problems;
}

/** The rules' links into the guide: each must name a guide page and, when it has an anchor, one of that page's heading ids. */
export function portRuleGuideProblems(rules: readonly PortRule[], guides: readonly GuidePage[]): Problem[] {
  const slugs = guides.map((guide) => guide.slug);
  return rules.flatMap((rule, index): Problem[] => {
    if (!rule.guide) return [];
    const problem = (field: string, value: string, expected: string): Problem[] => [
      { file: PORT_RULES_FILE, entry: entryOf(rule, index), field, value, expected },
    ];
    const guide = guides.find((page) => page.slug === rule.guide!.slug);
    if (!guide) return problem('guide.slug', rule.guide.slug, `the name of a guide page in content/docs${hint(rule.guide.slug, slugs)}`);
    const { anchor } = rule.guide;
    if (anchor === undefined || guide.headingIds.includes(anchor)) return [];
    return problem('guide.anchor', anchor, `a heading id on content/docs/${guide.slug}${hint(anchor, guide.headingIds)}`);
  });
}
