/**
 * Tasks that porting teams ask about beyond the basics in commands.ts: FIPS mode and crypto policies,
 * live patching, AWS drivers and tools, package history, identity strings and time zones.
 * Same shape as commands.ts, which concatenates this list (and the categories) with its own.
 */
import type { CategoryInput } from './schema.ts';
import type { CommandInput } from './commands.ts';

const defineCategories = <const T extends readonly CategoryInput[]>(categories: T) => categories;
const defineCommands = <const T extends readonly CommandInput[]>(commands: T) => commands;

export const portingCategoryData = defineCategories([
  { id: 'security', title: 'Security and compliance' },
  { id: 'servers', title: 'Web and database servers' },
]);

const NO_AL1_FIPS =
  'No AWS page on FIPS mode for the Amazon Linux AMI (AL1) was found, so whether and how AL1 supports it is not established here.';

export const portingCommandData = defineCommands([
  {
    id: 'fips-mode-status',
    title: 'Check whether FIPS mode is on',
    category: 'security',
    summary: 'Read the kernel FIPS flag; on RHEL 8, RHEL 9 and AL2023 fips-mode-setup also checks that the rest of the system agrees.',
    variants: {
      al1: { kind: 'unknown', reason: NO_AL1_FIPS },
      al2: {
        kind: 'command',
        lines: ['sysctl crypto.fips_enabled'],
        note: 'AWS checks it this way after enabling: the output reads crypto.fips_enabled = 1 when FIPS mode is on.',
        sources: ['aws-blog-al2-fips-mode'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo fips-mode-setup --check'],
        note: 'Reports the kernel flag, the initramfs FIPS module and the crypto policy, and says "Inconsistent state detected" when they disagree (as in a container on a non-FIPS host).',
        sources: ['aws-al2023-fips-mode', 'aws-al2023-issue-291'],
      },
      rhel7: {
        kind: 'command',
        lines: ['cat /proc/sys/crypto/fips_enabled'],
        note: '1 means FIPS mode is on, 0 that it is off. RHEL 7 has no fips-mode-setup: the tool belongs to the crypto-policies package, which arrived with RHEL 8.',
        sources: ['thegeekdiary-rhel7-fips', 'fips-mode-setup-man', 'redhat-crypto-policies-article'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo fips-mode-setup --check'],
        note: 'Prints "FIPS mode is enabled." when it is on.',
        sources: ['redhat-rhel8-fips-mode', 'fips-mode-setup-man'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo fips-mode-setup --check'],
        note: 'Prints "FIPS mode is enabled." when it is on.',
        sources: ['redhat-rhel9-fips-switch'],
      },
      rhel10: {
        kind: 'command',
        lines: ['cat /proc/sys/crypto/fips_enabled'],
        note: 'RHEL 10 removed fips-mode-setup, so read the kernel flag: 1 means the system runs in FIPS mode.',
        sources: ['redhat-rhel10-fips-mode', 'fips-mode-setup-man'],
      },
    },
    notes: [
      'The kernel flag /proc/sys/crypto/fips_enabled, which sysctl crypto.fips_enabled reads, works on every release that has one; fips-mode-setup --check adds the crypto policy and the initramfs module to the picture.',
      'FIPS mode on is not the same as FIPS certified: which modules hold certificates is a separate question (see the choosing guide).',
    ],
    sources: [
      'aws-blog-al2-fips-mode',
      'aws-al2023-fips-mode',
      'redhat-rhel8-fips-mode',
      'redhat-rhel9-fips-switch',
      'redhat-rhel10-fips-mode',
      'fips-mode-setup-man',
    ],
    related: ['enable-fips-mode', 'crypto-policy'],
    aliases: ['fips', 'fips_enabled', 'fips-mode-setup --check', 'FIPS 140'],
    verification:
      'AL2 from an AWS blog post, AL2023 from the AWS user guide plus output quoted in an AWS GitHub issue, RHEL 8 to 10 from Red Hat guides; the RHEL 7 command from a third-party article and the kernel flag documented in the fips-mode-setup man page. AL1 unknown.',
  },
  {
    id: 'enable-fips-mode',
    title: 'Turn on FIPS mode',
    category: 'security',
    summary:
      'dracut-fips and fips=1 on AL2 and RHEL 7; fips-mode-setup --enable on AL2023, RHEL 8 and RHEL 9; only at installation on RHEL 10.',
    variants: {
      al1: { kind: 'unknown', reason: NO_AL1_FIPS },
      al2: {
        kind: 'command',
        lines: [
          'sudo yum install -y dracut-fips',
          'sudo dracut -f',
          'sudo /sbin/grubby --update-kernel=ALL --args="fips=1"',
          'sudo reboot',
        ],
        note: 'AWS updates the system first (sudo yum update -y), then installs the FIPS initramfs module, rebuilds the initramfs and adds fips=1 to every kernel entry.',
        sources: ['aws-blog-al2-fips-mode'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf install -y crypto-policies-scripts', 'sudo fips-mode-setup --enable', 'sudo reboot'],
        note: 'fips-mode-setup comes in crypto-policies-scripts (installing it again is harmless). AWS warns that ED25519 SSH keys stop working in FIPS mode: add an RSA or ECDSA key before you reboot.',
        sources: ['aws-al2023-fips-mode', 'fedora-pkg-crypto-policies-scripts'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum install -y dracut-fips', 'sudo dracut -f', 'sudo grubby --update-kernel=ALL --args="fips=1"', 'sudo reboot'],
        note: "Red Hat's guide adds fips=1 by editing GRUB_CMDLINE_LINUX in /etc/default/grub and regenerating grub.cfg; grubby, which AWS uses on AL2, changes the same kernel command line. If /boot is a separate partition the kernel also needs boot=UUID=<uuid of /boot>. Red Hat prefers enabling FIPS mode at installation (fips=1 on the installer command line).",
        sources: ['redhat-rhel7-security-guide-fips', 'aws-blog-al2-fips-mode', 'fips-mode-setup-man'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo fips-mode-setup --enable', 'sudo reboot'],
        note: 'Red Hat recommends installing in FIPS mode instead: switching afterwards does not guarantee FIPS 140 compliance, because keys made before the switch are not regenerated.',
        sources: ['redhat-rhel8-fips-mode'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo fips-mode-setup --enable', 'sudo reboot'],
        note: 'As on RHEL 8, Red Hat recommends installing in FIPS mode rather than switching later.',
        sources: ['redhat-rhel9-fips-switch', 'redhat-rhel9-fips-install'],
      },
      rhel10: {
        kind: 'unavailable',
        reason:
          'RHEL 10 does not support switching an installed system to FIPS mode, and the fips-mode-setup tool has been removed. Setting the FIPS crypto policy alone is not FIPS mode.',
        instead:
          "Start the installation in FIPS mode, as Red Hat's RHEL 10 security hardening guide describes. To leave FIPS mode, reinstall without it.",
        sources: ['redhat-rhel10-fips-mode'],
      },
    },
    notes: [
      'Every form needs a reboot; check afterwards with the fips-mode-status task.',
      'On RHEL, enabling FIPS mode at installation is the recommended path, and on RHEL 10 the only one.',
    ],
    sources: [
      'aws-blog-al2-fips-mode',
      'aws-al2023-fips-mode',
      'redhat-rhel7-security-guide-fips',
      'redhat-rhel8-fips-mode',
      'redhat-rhel9-fips-switch',
      'redhat-rhel10-fips-mode',
    ],
    related: ['fips-mode-status', 'crypto-policy'],
    aliases: ['fips=1', 'dracut-fips', 'fips-mode-setup --enable', 'FIPS 140'],
    verification:
      'AL2 commands from an AWS blog post and RHEL 8/9/10 from Red Hat guides (read). The AL2023 commands follow the AWS user guide as summarised in this project; the package name of fips-mode-setup is from Fedora. The RHEL 7 lines use the AL2 mechanism (grubby) for the step Red Hat does by editing /etc/default/grub: medium confidence. AL1 unknown.',
  },
  {
    id: 'crypto-policy',
    title: 'Show or change the system-wide crypto policy',
    category: 'security',
    summary: 'update-crypto-policies on RHEL 8 and later and on AL2023; RHEL 7 has no system-wide policy.',
    placeholders: { policy: 'a policy name such as DEFAULT, LEGACY or FUTURE' },
    variants: {
      al1: {
        kind: 'unknown',
        reason:
          'No source says whether the Amazon Linux AMI ships crypto-policies; it predates the feature in RHEL 8 and is not expected to, but that was not confirmed.',
      },
      al2: {
        kind: 'unknown',
        reason:
          'No AWS source says whether AL2 ships crypto-policies. AL2 is close to CentOS 7, which (like RHEL 7) predates it, but that was not confirmed for AL2.',
      },
      al2023: {
        kind: 'command',
        lines: ['update-crypto-policies --show', 'sudo update-crypto-policies --set {{policy}}'],
        note: 'AL2023 has the policies: AWS enables FIPS mode through them, and fips-mode-setup on AL2023 reports the current policy. No AWS page on choosing a policy was read.',
        sources: ['aws-al2023-fips-mode', 'aws-al2023-issue-291', 'fedora-pkg-crypto-policies-scripts'],
      },
      rhel7: {
        kind: 'unavailable',
        reason: 'System-wide cryptographic policies were introduced with RHEL 8.',
        instead: 'Set protocols and ciphers in each application (OpenSSL users, OpenSSH, httpd and so on).',
        sources: ['redhat-crypto-policies-article'],
      },
      rhel8: {
        kind: 'command',
        lines: ['update-crypto-policies --show', 'sudo update-crypto-policies --set {{policy}}'],
        note: 'On RHEL 8, LEGACY still allows TLS 1.0 and 1.1.',
        sources: ['redhat-rhel8-crypto-policies'],
      },
      rhel9: {
        kind: 'command',
        lines: ['update-crypto-policies --show', 'sudo update-crypto-policies --set {{policy}}'],
        note: 'On RHEL 9, LEGACY allows only TLS 1.2 and 1.3 but still permits SHA-1 signatures outside TLS.',
        sources: ['redhat-rhel9-crypto-policies'],
      },
      rhel10: {
        kind: 'command',
        lines: ['update-crypto-policies --show', 'sudo update-crypto-policies --set {{policy}}'],
        note: 'On RHEL 10, DEFAULT also rejects TLS ciphers that use RSA key exchange. Setting the FIPS policy does not put RHEL 10 into FIPS mode.',
        sources: ['redhat-rhel10-crypto-policies', 'redhat-rhel10-fips-mode'],
      },
    },
    notes: [
      'Applications read the policy when they start: restart services, or reboot, after changing it.',
      'A policy of the same name is not the same policy on every release: LEGACY on RHEL 8 allows TLS 1.0, on RHEL 9 it does not. Test before copying a setting across.',
    ],
    sources: [
      'redhat-rhel8-crypto-policies',
      'redhat-rhel9-crypto-policies',
      'redhat-rhel10-crypto-policies',
      'redhat-crypto-policies-article',
      'aws-al2023-fips-mode',
    ],
    related: ['fips-mode-status', 'enable-fips-mode'],
    aliases: ['update-crypto-policies', 'crypto-policies', 'LEGACY', 'TLS 1.0', 'SHA-1'],
    verification:
      'RHEL 8, 9 and 10 from the Red Hat security hardening guides (primary, read). AL2023 inferred from its FIPS procedure and reported fips-mode-setup output (medium). AL1 and AL2 unknown.',
  },
  {
    id: 'show-cpe-name',
    title: 'Show the CPE name of the operating system',
    category: 'identify',
    summary: 'Read CPE_NAME from /etc/os-release; scanners and asset inventories match on it.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['grep ^CPE_NAME= /etc/os-release'],
        note: 'Example: CPE_NAME="cpe:/o:amazon:linux:2018.03:ga" (CPE 2.2 URI form).',
        sources: ['ansible-fixture-al2018'],
      },
      al2: {
        kind: 'command',
        lines: ['grep ^CPE_NAME= /etc/os-release'],
        note: 'Example: CPE_NAME="cpe:2.3:o:amazon:amazon_linux:2" (CPE 2.3 formatted string). AWS also documents /etc/system-release-cpe on Amazon Linux.',
        sources: ['ansible-fixture-al2', 'aws-al2-ident-specific-files'],
      },
      al2023: {
        kind: 'command',
        lines: ['grep ^CPE_NAME= /etc/os-release'],
        note: 'Example: CPE_NAME="cpe:2.3:o:amazon:amazon_linux:2023". The value does not carry the minor release.',
        sources: ['python-distro-amazon2023', 'aws-al2023-ident-os-release'],
      },
      rhel7: {
        kind: 'command',
        lines: ['grep ^CPE_NAME= /etc/os-release'],
        note: 'Example: CPE_NAME="cpe:/o:redhat:enterprise_linux:7.7:GA:server" (carries the minor release and the variant).',
        sources: ['ansible-fixture-rhel77'],
      },
      rhel8: {
        kind: 'command',
        lines: ['grep ^CPE_NAME= /etc/os-release'],
        note: 'Example: CPE_NAME="cpe:/o:redhat:enterprise_linux:8::baseos".',
        sources: ['briefcase-os-release-samples'],
      },
      rhel9: {
        kind: 'command',
        lines: ['grep ^CPE_NAME= /etc/os-release'],
        note: 'Example: CPE_NAME="cpe:/o:redhat:enterprise_linux:9::baseos".',
        sources: ['python-distro-rhel9'],
      },
      rhel10: {
        kind: 'command',
        lines: ['grep ^CPE_NAME= /etc/os-release'],
        note: 'Samples differ between systems of the same minor release (…:10::baseos on some, …:10.0 on others), so do not match on the exact string.',
        sources: ['python-distro-rhel10', 'redhat-rhel-lightspeed-cli-tests'],
      },
    },
    notes: [
      'Amazon Linux moved from the CPE 2.2 URI form (cpe:/o:…) on AL1 to the CPE 2.3 form (cpe:2.3:o:…) on AL2 and AL2023, while RHEL keeps the URI form: a parser written for one does not read the other.',
      'The vendor and product parts differ too (amazon:linux, amazon:amazon_linux, redhat:enterprise_linux); key scripts on ID and VERSION_ID instead.',
    ],
    sources: [
      'ansible-fixture-al2018',
      'ansible-fixture-al2',
      'python-distro-amazon2023',
      'ansible-fixture-rhel77',
      'python-distro-rhel9',
      'python-distro-rhel10',
    ],
    related: ['show-os-release', 'detect-distro-in-script'],
    aliases: ['CPE', 'CPE_NAME', 'system-release-cpe', 'cpe:/o', 'cpe:2.3'],
    verification:
      'Values read from captured os-release files in test fixtures of Ansible, python-distro and Briefcase (secondary), the same samples the release pages use. The command is plain grep. High confidence in the forms, medium in the exact RHEL 10 value.',
  },
  {
    id: 'set-timezone',
    title: 'Change the time zone',
    category: 'time',
    summary: 'timedatectl set-timezone on every systemd release; on AL1, point /etc/localtime at the zone file.',
    placeholders: { zone: 'a time zone name such as America/Los_Angeles (a path under /usr/share/zoneinfo)' },
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo ln -sf /usr/share/zoneinfo/{{zone}} /etc/localtime', 'sudo reboot'],
        note: 'AWS also sets ZONE="{{zone}}" in /etc/sysconfig/clock (edit it with sudo and an editor) before the link, then reboots so every service picks the zone up. Browse /usr/share/zoneinfo for the names.',
        sources: ['aws-ec2-set-time'],
      },
      al2: {
        kind: 'command',
        lines: ['timedatectl list-timezones', 'sudo timedatectl set-timezone {{zone}}', 'timedatectl'],
        sources: ['aws-ec2-set-time'],
      },
      al2023: {
        kind: 'command',
        lines: ['timedatectl list-timezones', 'sudo timedatectl set-timezone {{zone}}', 'timedatectl'],
        sources: ['aws-ec2-set-time'],
      },
      rhel7: {
        kind: 'command',
        lines: ['timedatectl list-timezones', 'sudo timedatectl set-timezone {{zone}}', 'timedatectl'],
        note: "timedatectl is part of systemd, RHEL 7's init system; Red Hat's own time-settings chapter was not read.",
        sources: ['systemd-timedatectl-man', 'redhat-rhel7-systemd'],
      },
      rhel8: {
        kind: 'command',
        lines: ['timedatectl list-timezones', 'sudo timedatectl set-timezone {{zone}}', 'timedatectl'],
        sources: ['systemd-timedatectl-man', 'redhat-rhel8-systemd'],
      },
      rhel9: {
        kind: 'command',
        lines: ['timedatectl list-timezones', 'sudo timedatectl set-timezone {{zone}}', 'timedatectl'],
        sources: ['systemd-timedatectl-man'],
      },
      rhel10: {
        kind: 'command',
        lines: ['timedatectl list-timezones', 'sudo timedatectl set-timezone {{zone}}', 'timedatectl'],
        sources: ['systemd-timedatectl-man'],
      },
    },
    notes: [
      'Amazon Linux instances start in UTC. Many teams keep servers in UTC and convert when displaying; change the zone only if software needs local time.',
      'AL1 has no systemd and therefore no timedatectl.',
    ],
    sources: ['aws-ec2-set-time', 'systemd-timedatectl-man'],
    related: ['time-sync-status', 'configure-ntp-server'],
    aliases: ['timezone', 'time zone', 'timedatectl', '/etc/localtime', 'TZ'],
    verification:
      "AL1, AL2 and AL2023 from AWS's EC2 guide (archived source, primary). RHEL from the systemd manual and the fact that RHEL 7 and later run systemd; Red Hat's own page was not read. High confidence.",
  },
  {
    id: 'kernel-live-patching',
    title: 'Turn on kernel live patching',
    category: 'kernel',
    summary: 'kpatch everywhere it exists: a yum plugin and an Extras topic on AL2, the kpatch-dnf plugin on RHEL 8 and later.',
    variants: {
      al1: {
        kind: 'unknown',
        reason:
          "AWS's live patching documentation read here covers AL2 only; no source on live patching for the Amazon Linux AMI was found.",
      },
      al2: {
        kind: 'command',
        lines: [
          'sudo yum install -y yum-plugin-kernel-livepatch',
          'sudo yum kernel-livepatch enable -y',
          'sudo yum install -y kpatch-runtime',
          'sudo systemctl enable kpatch.service',
          'sudo amazon-linux-extras enable livepatch',
        ],
        note: 'Supported on the 4.14 and 5.10 kernels, not 5.15 (on Arm only 5.10), and AWS first updates to the newest kernel and reboots. Patches then arrive with sudo yum update --security; kpatch list shows the loaded ones.',
        sources: ['aws-ec2-al2-live-patching', 'aws-al2-kernel'],
      },
      al2023: {
        kind: 'unknown',
        reason:
          "AL2023 images carry a kernel-livepatch repository and AWS publishes kernel-livepatch packages, but AWS's procedure for turning live patching on in AL2023 was not read, so no commands are given.",
      },
      rhel7: {
        kind: 'unknown',
        reason: "Red Hat's RHEL 7 live patching procedure was not read here.",
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf install -y kpatch-dnf', 'sudo dnf kpatch auto'],
        note: 'The kpatch-dnf plugin subscribes the running and future kernels to live patches; the kpatch service loads them at boot.',
        sources: ['redhat-rhel8-kernel-live-patching'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf install -y kpatch-dnf', 'sudo dnf kpatch auto'],
        sources: ['redhat-rhel9-kernel-live-patching'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf install -y kpatch-dnf', 'sudo dnf kpatch auto'],
        note: "Red Hat's two RHEL 10 chapters disagree on when live patching starts (RHEL 10.1 or 10.2); without an extended-support subscription, patches for a minor release stop when the next one ships.",
        sources: ['redhat-rhel10-kernel-live-patching-guide', 'redhat-rhel10-kernel-live-patching'],
      },
    },
    notes: [
      'Live patches cover some important and critical fixes only; you still reboot into new kernels regularly.',
      'Live patches are built for one exact kernel build, so pinning or skipping kernel updates can leave you without them.',
    ],
    sources: [
      'aws-ec2-al2-live-patching',
      'redhat-rhel8-kernel-live-patching',
      'redhat-rhel9-kernel-live-patching',
      'redhat-rhel10-kernel-live-patching-guide',
    ],
    related: ['apply-security-updates', 'list-installed-kernels', 'show-kernel-version'],
    aliases: ['kpatch', 'livepatch', 'kernel-livepatch', 'kpatch-dnf', 'reboot-free updates'],
    verification:
      "AL2 from AWS's EC2 guide (archived source, read). RHEL 8 to 10 from Red Hat's kernel guides (read in part; the kpatch-dnf step is the automatic-subscription procedure they describe). AL1, AL2023 and RHEL 7 unknown.",
  },
  {
    id: 'check-ena-nvme-drivers',
    title: 'Check the ENA network and NVMe storage drivers',
    category: 'kernel',
    summary: 'Nitro instances need the ena and nvme drivers: modinfo shows whether they exist, ethtool which driver an interface uses.',
    placeholders: { interface: 'the network interface name as shown by ip link, e.g. eth0' },
    variants: {
      al1: {
        kind: 'command',
        lines: ['modinfo ena', 'modinfo nvme', 'ethtool -i {{interface}}'],
        note: 'AWS lists the Amazon Linux AMI 2018.03 among the images that include both drivers.',
        sources: ['aws-ec2-ena', 'aws-ec2-nvme-ebs'],
      },
      al2: {
        kind: 'command',
        lines: ['modinfo ena', 'modinfo nvme', 'ethtool -i {{interface}}'],
        note: 'On Amazon Linux, sudo /sbin/ebsnvme-id /dev/nvme0n1 maps an NVMe device to its EBS volume id.',
        sources: ['aws-ec2-ena', 'aws-ec2-nvme-ebs'],
      },
      al2023: {
        kind: 'command',
        lines: ['modinfo ena', 'modinfo nvme', 'ethtool -i {{interface}}'],
        note: 'The AWS pages read list AL2 and AL1, not AL2023; the same check is assumed. Interface names on AL2023 are not necessarily eth0: look them up with ip link.',
        sources: ['aws-ec2-ena', 'aws-ec2-nvme-ebs'],
      },
      rhel7: {
        kind: 'command',
        lines: ['modinfo ena', 'modinfo nvme', 'ethtool -i {{interface}}'],
        note: 'AWS lists RHEL 7.4 and later as including both drivers.',
        sources: ['aws-ec2-ena', 'aws-ec2-nvme-ebs'],
      },
      rhel8: {
        kind: 'command',
        lines: ['modinfo ena', 'modinfo nvme', 'ethtool -i {{interface}}'],
        sources: ['aws-ec2-ena', 'aws-ec2-nvme-ebs'],
      },
      rhel9: {
        kind: 'command',
        lines: ['modinfo ena', 'modinfo nvme', 'ethtool -i {{interface}}'],
        sources: ['aws-ec2-ena', 'aws-ec2-nvme-ebs'],
      },
      rhel10: {
        kind: 'command',
        lines: ['modinfo ena', 'modinfo nvme', 'ethtool -i {{interface}}'],
        sources: ['aws-ec2-ena', 'aws-ec2-nvme-ebs'],
      },
    },
    notes: [
      'modinfo fails with "could not find module" when a driver is missing; ethtool -i prints driver: ena for an interface on ENA.',
      'AWS says current RHEL AMIs include the ENA driver with ENA support enabled; a custom image built from an old kernel may not.',
    ],
    sources: ['aws-ec2-ena', 'aws-ec2-nvme-ebs'],
    related: ['show-kernel-version', 'query-instance-metadata'],
    aliases: ['ENA', 'enhanced networking', 'NVMe', 'Nitro', 'modinfo ena', 'ebsnvme-id'],
    verification:
      "AWS's EC2 guide (archived source, primary) for AL1, AL2 and RHEL 7.4 and later. AL2023 and RHEL 8 to 10 follow from AWS's statement about current AMIs; not run on each release.",
  },
  {
    id: 'package-history-undo',
    title: 'See what a package transaction changed, and undo it',
    category: 'packages',
    summary: 'yum history on AL1, AL2 and RHEL 7; dnf history on AL2023 and RHEL 8 and later. Same subcommands.',
    placeholders: { 'transaction-id': 'the ID column of history list' },
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo yum history list', 'sudo yum history info {{transaction-id}}', 'sudo yum history undo {{transaction-id}}'],
        sources: ['yum-man'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum history list', 'sudo yum history info {{transaction-id}}', 'sudo yum history undo {{transaction-id}}'],
        sources: ['yum-man'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf history list', 'sudo dnf history info {{transaction-id}}', 'sudo dnf history undo {{transaction-id}}'],
        note: 'Undoing an update needs the older package versions in an enabled repository; AL2023 repositories are locked to a release version, so check that the old versions are still offered.',
        sources: ['dnf-command-ref', 'aws-al2023-deterministic-upgrades'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum history list', 'sudo yum history info {{transaction-id}}', 'sudo yum history undo {{transaction-id}}'],
        sources: ['yum-man'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf history list', 'sudo dnf history info {{transaction-id}}', 'sudo dnf history undo {{transaction-id}}'],
        sources: ['dnf-command-ref', 'redhat-rhel9-dnf-commands'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf history list', 'sudo dnf history info {{transaction-id}}', 'sudo dnf history undo {{transaction-id}}'],
        sources: ['dnf-command-ref', 'redhat-rhel9-dnf-commands'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf history list', 'sudo dnf history info {{transaction-id}}', 'sudo dnf history undo {{transaction-id}}'],
        sources: ['dnf-command-ref'],
      },
    },
    notes: ['undo reverses one transaction; rollback returns to the state after a given transaction and reverses everything since.'],
    sources: ['yum-man', 'dnf-command-ref', 'redhat-rhel9-dnf-commands'],
    related: ['install-package', 'remove-package', 'versionlock-package'],
    aliases: ['yum history', 'dnf history', 'undo update', 'rollback', 'transaction'],
    verification:
      "Subcommands from the yum 3 manual page and the DNF 4 command reference (upstream, secondary) and Red Hat's yum-to-dnf command list for RHEL 9 (primary). High confidence in the commands; the AL2023 caveat follows from its versioned repositories.",
  },
  {
    id: 'install-efs-utils',
    title: 'Install the Amazon EFS mount helper (amazon-efs-utils)',
    category: 'aws',
    summary: "One package from Amazon's repositories on Amazon Linux; on RHEL you build the RPM from AWS's source.",
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo yum -y install amazon-efs-utils'],
        note: "An older revision of AWS's README lists Amazon Linux 2017.09 as verified; the current one no longer lists the Amazon Linux AMI.",
        sources: ['aws-efs-utils-readme'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum -y install amazon-efs-utils'],
        sources: ['aws-efs-utils-readme', 'aws-efs-install-client'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf -y install amazon-efs-utils'],
        note: "AWS's README lists AL2023 among the verified distributions; the package comes from the AL2023 repositories.",
        sources: ['aws-efs-utils-readme', 'aws-efs-install-client'],
      },
      rhel7: {
        kind: 'command',
        lines: [
          'sudo yum -y install git rpm-build make',
          'git clone https://github.com/aws/efs-utils',
          'cd efs-utils && make rpm',
          'sudo yum -y install build/amazon-efs-utils*rpm',
        ],
        note: 'RHEL has no amazon-efs-utils package: AWS tells other distributions to build it. efs-utils 2.x added build steps; check the README of the version you clone for extra build dependencies.',
        sources: ['aws-efs-utils-readme'],
      },
      rhel8: {
        kind: 'command',
        lines: [
          'sudo yum -y install git rpm-build make',
          'git clone https://github.com/aws/efs-utils',
          'cd efs-utils && make rpm',
          'sudo yum -y install build/amazon-efs-utils*rpm',
        ],
        note: 'Build from source as on RHEL 7 (yum runs dnf here).',
        sources: ['aws-efs-utils-readme'],
      },
      rhel9: {
        kind: 'command',
        lines: [
          'sudo yum -y install git rpm-build make',
          'git clone https://github.com/aws/efs-utils',
          'cd efs-utils && make rpm',
          'sudo yum -y install build/amazon-efs-utils*rpm',
        ],
        note: "Build from source as on RHEL 7; RHEL 9 is in the README's verified list.",
        sources: ['aws-efs-utils-readme'],
      },
      rhel10: {
        kind: 'command',
        lines: [
          'sudo yum -y install git rpm-build make',
          'git clone https://github.com/aws/efs-utils',
          'cd efs-utils && make rpm',
          'sudo yum -y install build/amazon-efs-utils*rpm',
        ],
        note: "RHEL 10 is not in the README's verified list; the same build is expected to work but was not confirmed.",
        sources: ['aws-efs-utils-readme'],
      },
    },
    notes: [
      'Fedora packages the same tool as efs-utils, not amazon-efs-utils; scripts that install amazon-efs-utils by name fail on RHEL.',
      'Mounting with TLS relies on stunnel; AWS documents upgrading stunnel on RHEL and CentOS where the shipped version lacks the needed features.',
    ],
    sources: ['aws-efs-utils-readme', 'aws-efs-install-client', 'fedora-pkg-efs-utils'],
    related: ['install-aws-cli', 'install-package'],
    aliases: ['EFS', 'mount.efs', 'amazon-efs-utils', 'efs-utils', 'NFS'],
    verification:
      "Commands from AWS's efs-utils README (read at an older revision; the current verified-distribution list read through a search excerpt) and the EFS user guide. Build lines not run on RHEL 10. Medium-high confidence.",
  },
  {
    id: 'install-apache-httpd',
    title: 'Install and start the Apache web server',
    category: 'servers',
    summary: 'The package is httpd everywhere except the Amazon Linux AMI, where it is httpd24; AL1 starts it with service and chkconfig.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo yum install -y httpd24', 'sudo service httpd start', 'sudo chkconfig httpd on'],
        note: 'AWS installs httpd24 (Apache 2.4) on the Amazon Linux AMI; the service is still called httpd.',
        sources: ['aws-ec2-lamp-al1'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum install -y httpd', 'sudo systemctl start httpd', 'sudo systemctl enable httpd'],
        sources: ['aws-ec2-lamp-al2'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf install -y httpd', 'sudo systemctl start httpd', 'sudo systemctl enable httpd'],
        sources: ['aws-ec2-lamp-al2023'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum install -y httpd', 'sudo systemctl start httpd', 'sudo systemctl enable httpd'],
        note: "RHEL 7 ships Apache 2.4.6 as httpd (Red Hat's RHEL 8 guide, comparing). Red Hat's RHEL 7 web server chapter was not read.",
        sources: ['redhat-rhel8-httpd', 'redhat-rhel7-systemd'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf install -y httpd', 'sudo systemctl enable --now httpd'],
        note: 'Apache 2.4.37.',
        sources: ['redhat-rhel8-httpd'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf install -y httpd', 'sudo systemctl enable --now httpd'],
        note: 'Apache 2.4.62 in current RHEL 9 documentation.',
        sources: ['redhat-rhel9-httpd'],
      },
      rhel10: {
        kind: 'unknown',
        reason:
          "Red Hat's RHEL 10 web server guide was not read. The package is expected to stay httpd, but that was not confirmed from a RHEL 10 source.",
      },
    },
    notes: [
      'Scripts that install httpd24 work only on the Amazon Linux AMI; scripts that install httpd fail there.',
      'Where firewalld runs (see firewall-default-state) also open the port with the open-port task; on EC2 the security group must allow it as well.',
    ],
    sources: ['aws-ec2-lamp-al1', 'aws-ec2-lamp-al2', 'aws-ec2-lamp-al2023', 'redhat-rhel8-httpd', 'redhat-rhel9-httpd'],
    related: ['install-mariadb-server', 'enable-service', 'open-port', 'firewall-default-state'],
    aliases: ['apache', 'httpd', 'httpd24', 'web server', 'LAMP'],
    verification:
      "Amazon Linux from AWS's LAMP tutorials (archived EC2 guide, primary). RHEL 8 and 9 from Red Hat's web server guides (read in part); RHEL 7 from the package version named in Red Hat's RHEL 8 guide. RHEL 10 unknown.",
  },
  {
    id: 'install-mariadb-server',
    title: 'Install and start a MariaDB (or MySQL) server',
    category: 'servers',
    summary:
      'Package names differ: mysql57-server on AL1, mariadb-server on AL2 and RHEL, mariadb105-server on AL2023; RHEL 8 uses module streams.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo yum install -y mysql57-server', 'sudo service mysqld start', 'sudo chkconfig mysqld on'],
        note: "AWS's tutorial for the Amazon Linux AMI installs MySQL 5.7, not MariaDB; the service is mysqld.",
        sources: ['aws-ec2-lamp-al1'],
      },
      al2: {
        kind: 'command',
        lines: [
          'sudo amazon-linux-extras install -y lamp-mariadb10.2-php7.2',
          'sudo yum install -y mariadb-server',
          'sudo systemctl start mariadb',
          'sudo systemctl enable mariadb',
        ],
        note: 'AWS enables the lamp-mariadb10.2-php7.2 Extras topic first to get newer MariaDB packages than the core repository has.',
        sources: ['aws-ec2-lamp-al2'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf install -y mariadb105-server', 'sudo systemctl start mariadb', 'sudo systemctl enable mariadb'],
        note: 'The package name carries the version (MariaDB 10.5); plain mariadb-server is not what AWS installs.',
        sources: ['aws-ec2-lamp-al2023'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum install -y mariadb-server', 'sudo systemctl start mariadb.service', 'sudo systemctl enable mariadb.service'],
        sources: ['redhat-rhel7-selinux-mariadb'],
      },
      rhel8: {
        kind: 'command',
        lines: [
          'sudo yum module install -y mariadb:10.3/server',
          'sudo systemctl start mariadb.service',
          'sudo systemctl enable mariadb.service',
        ],
        note: 'Pick one stream of the mariadb module: 10.3, 10.5 (RHEL 8.4 and later) or 10.11 (RHEL 8.10). Red Hat uses 10.3 as its example.',
        sources: ['redhat-rhel8-mariadb'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf install -y mariadb-server', 'sudo systemctl enable --now mariadb.service'],
        note: 'Installs MariaDB 10.5; RHEL 9.4 and later also offer the mariadb:10.11 module stream.',
        sources: ['redhat-rhel9-mariadb'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf install -y mariadb-server', 'sudo systemctl enable --now mariadb.service'],
        note: 'Installs MariaDB 10.11; from RHEL 10.2 MariaDB 11.8 is packaged as mariadb11.8-server.',
        sources: ['redhat-rhel10-mariadb'],
      },
    },
    notes: [
      'On RHEL 8 to 10, MariaDB and MySQL cannot be installed on the same host (their packages conflict); Red Hat suggests containers to run both.',
      'Secure a new server with mysql_secure_installation as AWS and Red Hat describe; Red Hat notes it matters less from MariaDB 10.5 on.',
    ],
    sources: [
      'aws-ec2-lamp-al1',
      'aws-ec2-lamp-al2',
      'aws-ec2-lamp-al2023',
      'redhat-rhel7-selinux-mariadb',
      'redhat-rhel8-mariadb',
      'redhat-rhel9-mariadb',
      'redhat-rhel10-mariadb',
    ],
    related: ['install-apache-httpd', 'enable-service'],
    aliases: ['mariadb', 'mysql', 'mysqld', 'database server', 'mariadb105', 'LAMP'],
    verification:
      "Amazon Linux from AWS's LAMP tutorials (archived EC2 guide, primary); RHEL 7 to 10 from Red Hat guides (RHEL 8 read in its Chinese edition, RHEL 10 through a mirror). High confidence in the package names.",
  },
  {
    id: 'sysctl-persistent',
    title: 'Set a kernel parameter (sysctl) that survives a reboot',
    category: 'kernel',
    summary: 'Write the setting to its own file in /etc/sysctl.d, load that file now, and read the value back.',
    placeholders: {
      key: 'the parameter, e.g. vm.swappiness',
      value: 'its new value',
      name: 'a short name for the file, e.g. swappiness',
    },
    variants: {
      al1: {
        kind: 'unknown',
        reason:
          'No source read says whether the Amazon Linux AMI (upstart) applies /etc/sysctl.d at boot. /etc/sysctl.conf is the traditional file there; confirm on an AL1 host before relying on /etc/sysctl.d.',
      },
      al2: {
        kind: 'command',
        lines: [
          "echo '{{key}} = {{value}}' | sudo tee /etc/sysctl.d/90-{{name}}.conf",
          'sudo sysctl -p /etc/sysctl.d/90-{{name}}.conf',
          'sysctl {{key}}',
        ],
        note: 'AWS makes a sysctl setting persistent on Amazon Linux with a file in /etc/sysctl.d (its SysRq example uses 99-sysrq.conf).',
        sources: ['aws-ec2-sysrq', 'systemd-sysctl-d-man'],
      },
      al2023: {
        kind: 'command',
        lines: [
          "echo '{{key}} = {{value}}' | sudo tee /etc/sysctl.d/90-{{name}}.conf",
          'sudo sysctl -p /etc/sysctl.d/90-{{name}}.conf',
          'sysctl {{key}}',
        ],
        sources: ['aws-ec2-sysrq', 'systemd-sysctl-d-man'],
      },
      rhel7: {
        kind: 'command',
        lines: [
          "echo '{{key}} = {{value}}' | sudo tee /etc/sysctl.d/90-{{name}}.conf",
          'sudo sysctl -p /etc/sysctl.d/90-{{name}}.conf',
          'sysctl {{key}}',
        ],
        note: "systemd-sysctl applies /etc/sysctl.d at boot on every systemd release; Red Hat's RHEL 7 page was not read.",
        sources: ['systemd-sysctl-d-man', 'redhat-rhel7-systemd'],
      },
      rhel8: {
        kind: 'command',
        lines: [
          "echo '{{key}} = {{value}}' | sudo tee /etc/sysctl.d/90-{{name}}.conf",
          'sudo sysctl -p /etc/sysctl.d/90-{{name}}.conf',
          'sysctl {{key}}',
        ],
        sources: ['redhat-rhel8-kernel-parameters'],
      },
      rhel9: {
        kind: 'command',
        lines: [
          "echo '{{key}} = {{value}}' | sudo tee /etc/sysctl.d/90-{{name}}.conf",
          'sudo sysctl -p /etc/sysctl.d/90-{{name}}.conf',
          'sysctl {{key}}',
        ],
        sources: ['redhat-rhel8-kernel-parameters', 'systemd-sysctl-d-man'],
      },
      rhel10: {
        kind: 'command',
        lines: [
          "echo '{{key}} = {{value}}' | sudo tee /etc/sysctl.d/90-{{name}}.conf",
          'sudo sysctl -p /etc/sysctl.d/90-{{name}}.conf',
          'sysctl {{key}}',
        ],
        sources: ['redhat-rhel8-kernel-parameters', 'systemd-sysctl-d-man'],
      },
    },
    notes: [
      'sysctl -w alone changes the running kernel only; the value is gone after a reboot.',
      'tee replaces the file, so keep one setting (or one topic) per file. Files in /etc/sysctl.d are read in name order and a later file wins, so a 90- or 99- prefix puts yours after the vendor defaults.',
    ],
    sources: ['redhat-rhel8-kernel-parameters', 'systemd-sysctl-d-man', 'aws-ec2-sysrq'],
    related: ['show-kernel-version'],
    aliases: ['sysctl', 'sysctl.conf', 'sysctl.d', 'kernel parameter', 'vm.swappiness'],
    verification:
      "RHEL 8 from Red Hat's kernel guide (primary); AL2 and AL2023 from AWS's SysRq procedure, which persists a setting in /etc/sysctl.d; other systemd releases from the sysctl.d manual. RHEL 9 and 10 pages not read. AL1 unknown.",
  },
]);

export type PortingCategoryId = (typeof portingCategoryData)[number]['id'];
export type PortingCommandId = (typeof portingCommandData)[number]['id'];
