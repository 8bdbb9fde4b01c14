/**
 * Tasks that porting teams ask about beyond the basics in commands.ts: FIPS mode and crypto policies,
 * live patching, AWS drivers and tools, package history, identity strings and time zones.
 * Same shape as commands.ts (see command-shape.ts), which concatenates this list with its own.
 */
import { defineCommands } from './command-shape.ts';
import { CENTOS7_REBUILDS_RHEL7, STREAM9_PRECEDES_RHEL9 } from './sources-centos.ts';

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
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
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
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
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
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
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
      centos7: {
        kind: 'same-as',
        release: 'rhel7',
        differences: ['Prints CPE_NAME="cpe:/o:centos:centos:7".'],
        sources: ['python-distro-centos7'],
      },
      'centos-stream9': {
        kind: 'same-as',
        release: 'rhel9',
        differences: ['Prints CPE_NAME="cpe:/o:centos:centos:9".'],
        sources: ['python-distro-centosstream9'],
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
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
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
    summary:
      'kpatch everywhere it exists: a yum plugin and an Extras topic on AL2, the kpatch-dnf plugin on AL2023 and RHEL 8 and later; none for RHEL 7 in its extended life phase.',
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
        kind: 'command',
        lines: [
          'sudo dnf install -y kpatch-dnf',
          'sudo dnf kernel-livepatch -y auto',
          'sudo dnf install -y kpatch-runtime',
          'sudo systemctl enable --now kpatch.service',
        ],
        note: 'Off by default; x86_64 and arm64 with kernel 6.1 or 6.12. The plugin subcommand is kernel-livepatch here, not kpatch as on RHEL. Each kernel gets live patches for 3 months after its release (sudo dnf kernel-livepatch support prints the end date), then you must reboot into a newer kernel. Patches arrive with sudo dnf upgrade --security; sudo kpatch list shows the loaded ones.',
        sources: ['aws-al2023-live-patching'],
      },
      rhel7: {
        kind: 'unavailable',
        reason:
          'Red Hat says RHEL 7.9 has had no new kpatch releases since it entered Extended Life-cycle Support on 2024-06-30, and live patches are not provided in the extended life phase or with the ELS add-on. (RHEL 7.6 to 7.9 did get live patches through yum while they were supported.)',
        instead: 'Install kernel updates and reboot into them.',
        sources: ['redhat-kb-kpatch-support'],
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
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': {
        kind: 'unknown',
        reason:
          'Red Hat delivers kpatch live patches to RHEL subscribers; whether any are built for CentOS Stream 9 kernels was not established. A CentOS or Red Hat statement on kpatch for CentOS Stream would settle it.',
      },
    },
    notes: [
      'Live patches cover some important and critical fixes only; you still reboot into new kernels regularly.',
      'Live patches are built for one exact kernel build, so pinning or skipping kernel updates can leave you without them.',
    ],
    sources: [
      'aws-ec2-al2-live-patching',
      'aws-al2023-live-patching',
      'redhat-kb-kpatch-support',
      'redhat-rhel8-kernel-live-patching',
      'redhat-rhel9-kernel-live-patching',
      'redhat-rhel10-kernel-live-patching-guide',
    ],
    related: ['apply-security-updates', 'list-installed-kernels', 'show-kernel-version'],
    aliases: ['kpatch', 'livepatch', 'kernel-livepatch', 'kpatch-dnf', 'reboot-free updates'],
    verification:
      "AL2 from AWS's EC2 guide (archived source, read). AL2023 from the AL2023 user guide (its Markdown source, read in full). RHEL 7 from Red Hat's kpatch support article. RHEL 8 to 10 from Red Hat's kernel guides (read in part; the kpatch-dnf step is the automatic-subscription procedure they describe). AL1 and CentOS Stream 9 unknown.",
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
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
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
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
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
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
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
        kind: 'command',
        lines: ['sudo dnf install -y httpd', 'sudo systemctl enable --now httpd'],
        note: "Package and service are still httpd: Red Hat's RHEL 10 PHP chapter installs the httpd package and starts and enables the httpd service. The Apache version on RHEL 10 was not read.",
        sources: ['redhat-rhel10-php-httpd'],
      },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'Scripts that install httpd24 work only on the Amazon Linux AMI; scripts that install httpd fail there.',
      'Where firewalld runs (see firewall-default-state) also open the port with the open-port task; on EC2 the security group must allow it as well.',
    ],
    sources: [
      'aws-ec2-lamp-al1',
      'aws-ec2-lamp-al2',
      'aws-ec2-lamp-al2023',
      'redhat-rhel8-httpd',
      'redhat-rhel9-httpd',
      'redhat-rhel10-php-httpd',
    ],
    related: ['install-mariadb-server', 'enable-service', 'open-port', 'firewall-default-state'],
    aliases: ['apache', 'httpd', 'httpd24', 'web server', 'LAMP'],
    verification:
      "Amazon Linux from AWS's LAMP tutorials (archived EC2 guide, primary). RHEL 8 and 9 from Red Hat's web server guides (read in part); RHEL 7 from the package version named in Red Hat's RHEL 8 guide. RHEL 10 from the httpd steps in Red Hat's RHEL 10 PHP chapter (its web server guide was not found).",
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
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
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
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
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
  {
    id: 'check-cgroup-version',
    title: 'Check whether the system uses cgroup v1 or cgroup v2',
    category: 'kernel',
    summary: 'cgroup v1 on AL2, RHEL 7 and RHEL 8 by default; cgroup v2 on AL2023, RHEL 9 and RHEL 10. The mount table tells you which.',
    variants: {
      al1: {
        kind: 'unknown',
        reason:
          'No source read says how the Amazon Linux AMI (upstart, no systemd) mounts control groups, so no check or expected result is given.',
      },
      al2: {
        kind: 'command',
        lines: ['mount -l | grep cgroup'],
        note: 'AWS says AL2 uses cgroup v1: expect several "cgroup on /sys/fs/cgroup/<controller>" lines (memory, cpu and so on).',
        sources: ['aws-al2023-cgroupv2', 'aws-al2023-resource-limiting-cgroups'],
      },
      al2023: {
        kind: 'command',
        lines: ['mount -l | grep cgroup'],
        note: 'AL2023 uses cgroup v2: expect one "cgroup2 on /sys/fs/cgroup type cgroup2" line. AWS says booting AL2023 into cgroup v1 is possible but neither recommended nor supported.',
        sources: ['aws-al2023-cgroupv2'],
      },
      rhel7: {
        kind: 'command',
        lines: ['mount -l | grep cgroup'],
        note: 'The cgroup v1 layout: Red Hat says systemd mounts a separate hierarchy under /sys/fs/cgroup for each default controller (blkio, cpu and cpuacct together, cpuset, devices, freezer, memory, net_cls, perf_event, hugetlb), so expect a cgroup line for each of them, as on AL2.',
        sources: ['redhat-rhel7-resource-controllers'],
      },
      rhel8: {
        kind: 'command',
        lines: ['mount -l | grep cgroup'],
        note: 'RHEL 8 mounts cgroup v1 at boot by default; Red Hat documents switching to v2 with the kernel argument systemd.unified_cgroup_hierarchy=1 (see kernel-boot-parameter).',
        sources: ['redhat-rhel8-mount-cgroups-v2'],
      },
      rhel9: {
        kind: 'command',
        lines: ['mount -l | grep cgroup'],
        note: 'RHEL 9 mounts cgroup v2 by default. Red Hat documents going back to v1 with systemd.unified_cgroup_hierarchy=0 systemd.legacy_systemd_cgroup_controller.',
        sources: ['redhat-rhel9-mount-cgroups-v1'],
      },
      rhel10: {
        kind: 'command',
        lines: ['mount -l | grep cgroup'],
        note: 'RHEL 10 mounts cgroup v2 by default; Red Hat still documents the kernel arguments that make systemd mount v1.',
        sources: ['redhat-rhel10-mount-cgroups-v1'],
      },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'The kernel supports both versions; which one is mounted is decided by systemd at boot. On cgroup v2 the controller files sit directly under /sys/fs/cgroup (cgroup.controllers, memory.max); on v1 each controller has its own directory (/sys/fs/cgroup/memory/…).',
      'AWS points out that the switch matters most for containers: moving a container host from AL2 or RHEL 8 to AL2023 or RHEL 9 changes the cgroup version under every container.',
    ],
    sources: [
      'aws-al2023-cgroupv2',
      'aws-al2023-resource-limiting-cgroups',
      'redhat-rhel7-resource-controllers',
      'redhat-rhel8-mount-cgroups-v2',
      'redhat-rhel9-mount-cgroups-v1',
      'redhat-rhel10-mount-cgroups-v1',
    ],
    related: ['kernel-boot-parameter', 'show-kernel-version', 'install-container-engine'],
    aliases: ['cgroup', 'cgroups', 'cgroup v2', 'cgroup2', 'unified hierarchy', 'systemd.unified_cgroup_hierarchy'],
    verification:
      "AL2 and AL2023 from the AL2023 user guide (primary); RHEL 8, 9 and 10 from Red Hat's kernel guides, whose verification step is this mount listing (primary, RHEL 8 and 9 read in Chinese). RHEL 7 from Red Hat's RHEL 7 resource management guide (the controllers systemd mounts). AL1 unknown.",
  },
  {
    id: 'check-tmp-on-tmpfs',
    title: 'Check whether /tmp is in memory (tmpfs) or on disk',
    category: 'services',
    summary:
      '/tmp is tmpfs by default on AL2023 and a directory on the root file system on AL2, RHEL 7, 9 and 10 (tmp.mount shipped but not enabled); findmnt shows which.',
    variants: {
      al1: {
        kind: 'unknown',
        reason: 'No source read describes /tmp on the Amazon Linux AMI.',
      },
      al2: {
        kind: 'command',
        lines: ['findmnt /tmp'],
        note: 'AWS says /tmp on AL2 is a path on the root file system, so findmnt prints nothing by default.',
        sources: ['aws-al2023-tmp'],
      },
      al2023: {
        kind: 'command',
        lines: ['findmnt /tmp'],
        note: 'Default: a tmpfs limited to half of RAM and one million inodes, so large files in /tmp use memory and can fill it. Put big temporary files in /var/tmp.',
        sources: ['aws-al2023-tmp'],
      },
      rhel7: {
        kind: 'command',
        lines: ['findmnt /tmp', 'systemctl is-enabled tmp.mount'],
        note: 'Red Hat presents /tmp on tmpfs as an option that systemctl enable tmp.mount turns on, so /tmp is on disk unless someone enabled it (hardening baselines often do).',
        sources: ['redhat-rhel7-migration-tmpfs', 'ansible-lockdown-rhel7-cis-89'],
      },
      rhel8: {
        kind: 'unknown',
        reason:
          "Red Hat's RHEL 8 systemd source comments out basic.target's pull of tmp.mount and gives tmp.mount an [Install] section so it can be enabled, but its build still links tmp.mount into local-fs.target.wants and the RHEL 8 package spec (which may drop that link) was not read. Red Hat's RHEL 8 systemd.spec or a RHEL 8 statement would settle it; findmnt /tmp shows the state on a given host.",
      },
      rhel9: {
        kind: 'command',
        lines: ['findmnt /tmp', 'systemctl is-enabled tmp.mount'],
        note: "Red Hat's RHEL 9 systemd ships tmp.mount (a tmpfs of at most half of RAM) but does not enable it, so /tmp is a directory on the root file system unless someone runs systemctl enable tmp.mount. This is the opposite of AL2023.",
        sources: ['redhat-systemd-rhel9-tmp-mount'],
      },
      rhel10: {
        kind: 'command',
        lines: ['findmnt /tmp', 'systemctl is-enabled tmp.mount'],
        note: "As on RHEL 9: Red Hat's RHEL 10 systemd keeps tmp.mount disabled as a RHEL-only policy, so /tmp stays on disk until tmp.mount is enabled.",
        sources: ['redhat-systemd-rhel10-tmp-mount'],
      },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'findmnt prints a line with FSTYPE tmpfs when /tmp is in memory and nothing when /tmp is a plain directory of the root file system.',
      'Files in a tmpfs /tmp disappear at reboot; AWS recommends that programs honour $TMPDIR and that services use PrivateTmp=.',
    ],
    sources: [
      'aws-al2023-tmp',
      'redhat-rhel7-migration-tmpfs',
      'redhat-systemd-rhel9-tmp-mount',
      'redhat-systemd-rhel10-tmp-mount',
      'ansible-lockdown-rhel7-cis-89',
    ],
    related: ['mount-volume-at-boot'],
    aliases: ['/tmp', 'tmpfs', 'tmp.mount', 'TMPDIR', '/var/tmp'],
    verification:
      "AL2 and AL2023 from the AL2023 user guide (primary). RHEL 7 from Red Hat's migration planning guide (primary) and a hardening project issue (secondary). RHEL 9 and 10 from Red Hat's own systemd source repositories (RHEL-only commits that stop enabling tmp.mount). RHEL 8 and AL1 defaults unknown.",
  },
  {
    id: 'mount-volume-at-boot',
    title: 'Mount an extra EBS volume at every boot (fstab by UUID with nofail)',
    category: 'aws',
    summary:
      "AWS's procedure works on every release: find the UUID with blkid, add a UUID= line with nofail to /etc/fstab, test with mount -a.",
    placeholders: {
      uuid: 'the UUID that blkid prints for the volume',
      'mount-point': 'the directory to mount it on, e.g. /data',
      fstype: 'the file system type blkid prints, e.g. xfs or ext4',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: [
          'sudo blkid',
          'sudo cp /etc/fstab /etc/fstab.orig',
          "echo 'UUID={{uuid}} {{mount-point}} {{fstype}} defaults,nofail 0 2' | sudo tee -a /etc/fstab",
          'sudo mount -a',
        ],
        sources: ['aws-ec2-ebs-using-volumes'],
      },
      al2: {
        kind: 'command',
        lines: [
          'sudo blkid',
          'sudo cp /etc/fstab /etc/fstab.orig',
          "echo 'UUID={{uuid}} {{mount-point}} {{fstype}} defaults,nofail 0 2' | sudo tee -a /etc/fstab",
          'sudo mount -a',
        ],
        sources: ['aws-ec2-ebs-using-volumes'],
      },
      al2023: {
        kind: 'command',
        lines: [
          'sudo blkid',
          'sudo cp /etc/fstab /etc/fstab.orig',
          "echo 'UUID={{uuid}} {{mount-point}} {{fstype}} defaults,nofail 0 2' | sudo tee -a /etc/fstab",
          'sudo mount -a',
        ],
        sources: ['aws-ec2-ebs-using-volumes'],
      },
      rhel7: {
        kind: 'command',
        lines: [
          'sudo blkid',
          'sudo cp /etc/fstab /etc/fstab.orig',
          "echo 'UUID={{uuid}} {{mount-point}} {{fstype}} defaults,nofail 0 2' | sudo tee -a /etc/fstab",
          'sudo mount -a',
        ],
        sources: ['aws-ec2-ebs-using-volumes'],
      },
      rhel8: {
        kind: 'command',
        lines: [
          'sudo blkid',
          'sudo cp /etc/fstab /etc/fstab.orig',
          "echo 'UUID={{uuid}} {{mount-point}} {{fstype}} defaults,nofail 0 2' | sudo tee -a /etc/fstab",
          'sudo mount -a',
        ],
        sources: ['aws-ec2-ebs-using-volumes'],
      },
      rhel9: {
        kind: 'command',
        lines: [
          'sudo blkid',
          'sudo cp /etc/fstab /etc/fstab.orig',
          "echo 'UUID={{uuid}} {{mount-point}} {{fstype}} defaults,nofail 0 2' | sudo tee -a /etc/fstab",
          'sudo mount -a',
        ],
        sources: ['aws-ec2-ebs-using-volumes'],
      },
      rhel10: {
        kind: 'command',
        lines: [
          'sudo blkid',
          'sudo cp /etc/fstab /etc/fstab.orig',
          "echo 'UUID={{uuid}} {{mount-point}} {{fstype}} defaults,nofail 0 2' | sudo tee -a /etc/fstab",
          'sudo mount -a',
        ],
        sources: ['aws-ec2-ebs-using-volumes'],
      },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'Device names such as /dev/xvdf or /dev/nvme1n1 can change between boots and instance types; the UUID stays with the file system. nofail lets the instance boot even when the volume is missing or fails to mount.',
      'The volume must already have a file system and the mount point must exist (sudo mkdir -p first). If mount -a reports an error, fix /etc/fstab or restore /etc/fstab.orig before rebooting: a broken fstab can leave the instance unbootable.',
    ],
    sources: ['aws-ec2-ebs-using-volumes'],
    related: ['extend-file-system', 'check-ena-nvme-drivers', 'install-efs-utils'],
    aliases: ['fstab', 'nofail', 'blkid', 'UUID', 'EBS volume', 'mount at boot', 'NVMe device names'],
    verification:
      "AWS's EC2 guide (archived source, primary), written for Linux instances in general and shown on Amazon Linux; the lines use only util-linux tools present on every release. The fstab line is appended with tee instead of AWS's editor step. High confidence.",
  },
  {
    id: 'extend-file-system',
    title: 'Grow the partition and file system after enlarging an EBS volume',
    category: 'aws',
    summary: 'growpart extends the partition; xfs_growfs (XFS) or resize2fs (ext4) extends the file system, without a reboot.',
    placeholders: {
      disk: 'the disk device from lsblk, e.g. /dev/nvme0n1 or /dev/xvda',
      partition: 'the partition number, e.g. 1 (note the space after the disk)',
      'mount-point': 'where the file system is mounted, e.g. /',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['lsblk', 'sudo growpart {{disk}} {{partition}}', 'df -hT'],
        note: 'Then grow the file system by its type as df -hT shows it: sudo xfs_growfs -d {{mount-point}} for XFS, sudo resize2fs with the partition device (e.g. /dev/xvda1) for ext4. The root file system type of AL1 images was not checked.',
        sources: ['aws-ec2-extend-file-system'],
      },
      al2: {
        kind: 'command',
        lines: ['lsblk', 'sudo growpart {{disk}} {{partition}}', 'df -hT', 'sudo xfs_growfs -d {{mount-point}}'],
        note: 'XFS root file system; for an ext4 volume use sudo resize2fs on the partition device instead.',
        sources: ['aws-ec2-extend-file-system'],
      },
      al2023: {
        kind: 'command',
        lines: ['lsblk', 'sudo growpart {{disk}} {{partition}}', 'df -hT', 'sudo xfs_growfs -d {{mount-point}}'],
        note: 'XFS root file system; for an ext4 volume use sudo resize2fs on the partition device instead.',
        sources: ['aws-ec2-extend-file-system'],
      },
      rhel7: {
        kind: 'command',
        lines: ['lsblk', 'sudo growpart {{disk}} {{partition}}', 'df -hT', 'sudo xfs_growfs -d {{mount-point}}'],
        note: "The procedure is AWS's generic Linux one; whether growpart (cloud-utils-growpart) is installed on a given RHEL image was not checked. Check df -hT: a root on LVM needs lvextend instead.",
        sources: ['aws-ec2-extend-file-system'],
      },
      rhel8: {
        kind: 'command',
        lines: ['lsblk', 'sudo growpart {{disk}} {{partition}}', 'df -hT', 'sudo xfs_growfs -d {{mount-point}}'],
        note: 'As on RHEL 7: check that growpart is present and that the root is not on LVM.',
        sources: ['aws-ec2-extend-file-system'],
      },
      rhel9: {
        kind: 'command',
        lines: ['lsblk', 'sudo growpart {{disk}} {{partition}}', 'df -hT', 'sudo xfs_growfs -d {{mount-point}}'],
        note: 'As on RHEL 7: check that growpart is present and that the root is not on LVM.',
        sources: ['aws-ec2-extend-file-system'],
      },
      rhel10: {
        kind: 'command',
        lines: ['lsblk', 'sudo growpart {{disk}} {{partition}}', 'df -hT', 'sudo xfs_growfs -d {{mount-point}}'],
        note: 'As on RHEL 7: check that growpart is present and that the root is not on LVM.',
        sources: ['aws-ec2-extend-file-system'],
      },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'Skip growpart when the volume has no partition (lsblk shows no child line under the disk). growpart answering NOCHANGE means the partition already fills the disk: check that the volume modification finished.',
      'AWS recommends a snapshot before resizing. xfs_growfs takes the mount point; resize2fs takes the device.',
    ],
    sources: ['aws-ec2-extend-file-system'],
    related: ['mount-volume-at-boot', 'check-ena-nvme-drivers'],
    aliases: ['growpart', 'xfs_growfs', 'resize2fs', 'resize EBS', 'extend root volume', 'disk full'],
    verification:
      "AWS's EC2 guide (archived source, primary), written for Linux in general and shown on Amazon Linux. RHEL images not checked for growpart or LVM layouts: medium confidence there.",
  },
  {
    id: 'clean-package-cache',
    title: 'Clean the package manager cache',
    category: 'packages',
    summary: 'yum clean all on yum releases, dnf clean all on dnf releases; the next command downloads fresh metadata.',
    variants: {
      al1: { kind: 'command', lines: ['sudo yum clean all'], sources: ['yum-man'] },
      al2: {
        kind: 'command',
        lines: ['sudo yum clean all'],
        note: 'After enabling an Extras topic AWS runs sudo yum clean metadata, which drops only the metadata.',
        sources: ['yum-man', 'aws-al2-extras'],
      },
      al2023: { kind: 'command', lines: ['sudo dnf clean all'], sources: ['dnf-command-ref'] },
      rhel7: { kind: 'command', lines: ['sudo yum clean all'], sources: ['yum-man'] },
      rhel8: { kind: 'command', lines: ['sudo dnf clean all'], sources: ['dnf-command-ref', 'redhat-rhel9-dnf-commands'] },
      rhel9: { kind: 'command', lines: ['sudo dnf clean all'], sources: ['dnf-command-ref', 'redhat-rhel9-dnf-commands'] },
      rhel10: { kind: 'command', lines: ['sudo dnf clean all'], sources: ['dnf-command-ref'] },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'clean all removes cached packages and repository metadata; clean metadata keeps downloaded packages. Neither changes what is installed.',
      'Cleaning fixes stale-metadata errors after a repository changed; it does not fix a repository that is unreachable.',
    ],
    sources: ['yum-man', 'dnf-command-ref'],
    related: ['list-repositories', 'check-for-updates'],
    aliases: ['yum clean all', 'dnf clean all', 'clean metadata', 'makecache', '/var/cache/yum', '/var/cache/dnf'],
    verification:
      "Subcommands from the yum 3 manual page and the DNF 4 command reference (upstream) and Red Hat's RHEL 9 yum-to-dnf list (primary). High confidence.",
  },
  {
    id: 'reboot-required-check',
    title: 'Check whether updates need a reboot',
    category: 'updates',
    summary: 'needs-restarting -r exits 1 when a reboot is needed: from yum-utils on yum releases, a dnf plugin on dnf releases.',
    variants: {
      al1: {
        kind: 'unknown',
        reason: 'Whether the yum-utils on the Amazon Linux AMI has the -r option of needs-restarting was not checked.',
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum install -y yum-utils', 'sudo needs-restarting -r'],
        note: 'The yum-utils form; that AL2 packages a yum-utils with -r was not confirmed from an AWS source.',
        sources: ['needs-restarting-yum-man'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf needs-restarting -r'],
        note: 'needs-restarting is a dnf-plugins-core plugin; install dnf-plugins-core if dnf does not know the command.',
        sources: ['dnf-needs-restarting-man'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum install -y yum-utils', 'sudo needs-restarting -r'],
        sources: ['needs-restarting-yum-man'],
      },
      rhel8: { kind: 'command', lines: ['sudo dnf needs-restarting -r'], sources: ['dnf-needs-restarting-man'] },
      rhel9: { kind: 'command', lines: ['sudo dnf needs-restarting -r'], sources: ['dnf-needs-restarting-man'] },
      rhel10: { kind: 'command', lines: ['sudo dnf needs-restarting -r'], sources: ['dnf-needs-restarting-man'] },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'Exit code 1 means a reboot is advised because core packages such as the kernel or systemd changed since boot; 0 means none is. In scripts test the exit code rather than the text.',
      'needs-restarting -s lists services to restart instead. DNF 5 documents no -r option: its needs-restarting reports the reboot hint by default.',
    ],
    sources: ['needs-restarting-yum-man', 'dnf-needs-restarting-man', 'dnf5-needs-restarting-man'],
    related: ['apply-all-updates', 'apply-security-updates', 'kernel-live-patching'],
    aliases: ['needs-restarting', 'reboot required', 'reboothint', 'yum-utils', 'dnf-utils'],
    verification:
      'Options from the yum-utils and dnf-plugins-core manual pages (upstream, secondary). Not run on each release; AL1 unknown and AL2 packaging not confirmed by AWS. Medium-high confidence.',
  },
  {
    id: 'install-debuginfo',
    title: 'Install debug symbols (debuginfo packages) for a package',
    category: 'development',
    summary:
      'debuginfo-install from yum-utils on yum releases; dnf debuginfo-install on dnf releases. Both enable the matching debuginfo repository for the run.',
    placeholders: { package: 'an installed package, e.g. kernel or glibc' },
    variants: {
      al1: {
        kind: 'unknown',
        reason: 'Which debuginfo repositories the Amazon Linux AMI defines, and whether debuginfo-install finds them, was not checked.',
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum install -y yum-utils', 'sudo debuginfo-install -y {{package}}'],
        note: 'The yum-utils tool; AWS documentation on AL2 debuginfo repositories was not read.',
        sources: ['debuginfo-install-yum-man'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf debuginfo-install -y {{package}}'],
        note: 'The dnf-plugins-core plugin; AWS documentation on AL2023 debuginfo repositories was not read.',
        sources: ['dnf-debuginfo-install-man'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum install -y yum-utils', 'sudo debuginfo-install -y {{package}}'],
        sources: ['debuginfo-install-yum-man'],
      },
      rhel8: { kind: 'command', lines: ['sudo dnf debuginfo-install -y {{package}}'], sources: ['dnf-debuginfo-install-man'] },
      rhel9: { kind: 'command', lines: ['sudo dnf debuginfo-install -y {{package}}'], sources: ['dnf-debuginfo-install-man'] },
      rhel10: { kind: 'command', lines: ['sudo dnf debuginfo-install -y {{package}}'], sources: ['dnf-debuginfo-install-man'] },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'The debuginfo package must match the installed version exactly; update the package first if its debuginfo build is no longer offered.',
      'The tool switches on the configured debuginfo repositories for the run; if a system defines none (check dnf repolist --all or yum repolist all), it finds nothing to install.',
    ],
    sources: ['debuginfo-install-yum-man', 'dnf-debuginfo-install-man'],
    related: ['install-kernel-headers', 'install-development-tools', 'enable-disable-repository'],
    aliases: ['debuginfo', 'debuginfo-install', 'debug symbols', 'gdb', 'crash', 'kernel-debuginfo'],
    verification:
      'Commands from the yum-utils and dnf-plugins-core manual pages (upstream, secondary). Repository availability per release not checked; AL1 unknown. Medium confidence.',
  },
  {
    id: 'import-rpm-gpg-key',
    title: 'Import an RPM signing key and list the imported keys',
    category: 'repositories',
    summary: 'rpm --import adds a public key to the RPM database on every release; keys then show up as gpg-pubkey packages.',
    placeholders: { 'key-url': 'the https URL or local path of the ASCII-armoured public key' },
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo rpm --import {{key-url}}', "rpm -qa 'gpg-pubkey*'"],
        sources: ['rpm-man', 'rpmkeys-man'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo rpm --import {{key-url}}', "rpm -qa 'gpg-pubkey*'"],
        sources: ['rpm-man', 'rpmkeys-man'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo rpm --import {{key-url}}', "rpm -qa 'gpg-pubkey*'"],
        note: 'AL2023 also signs repository metadata, and its repository files turn on repo_gpgcheck.',
        sources: ['rpm-man', 'rpmkeys-man', 'aws-al2023-repo-metadata-signing'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo rpm --import {{key-url}}', "rpm -qa 'gpg-pubkey*'"],
        sources: ['rpm-man', 'rpmkeys-man'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo rpm --import {{key-url}}', "rpm -qa 'gpg-pubkey*'"],
        sources: ['rpm-man', 'rpmkeys-man'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo rpm --import {{key-url}}', "rpm -qa 'gpg-pubkey*'"],
        sources: ['rpm-man', 'rpmkeys-man'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo rpm --import {{key-url}}', "rpm -qa 'gpg-pubkey*'"],
        sources: ['rpm-man', 'rpmkeys-man'],
      },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'Compare the key fingerprint with the vendor’s published value before importing: an imported key lets rpm, yum and dnf accept every package it signed.',
      'In a .repo file, gpgcheck=1 checks package signatures, repo_gpgcheck=1 checks the signature of the repository metadata, and gpgkey= names keys that yum or dnf offer to import on first use.',
    ],
    sources: ['rpm-man', 'rpmkeys-man'],
    related: ['add-repository', 'repo-definition-files', 'check-rpm-signature'],
    aliases: ['rpm --import', 'gpg key', 'gpg-pubkey', 'gpgcheck', 'repo_gpgcheck', 'RPM-GPG-KEY'],
    verification:
      'rpm --import and the gpg-pubkey listing from the rpm and rpmkeys manual pages (upstream copies, secondary); the same rpm options on every release. Not run on each release. High confidence.',
  },
  {
    id: 'check-rpm-signature',
    title: 'Check the signature of an RPM file before installing it',
    category: 'packages',
    summary: 'rpm -K (--checksig) checks digests and the signature against the imported keys; the same on every release.',
    placeholders: { file: 'the downloaded .rpm file' },
    variants: {
      al1: { kind: 'command', lines: ['rpm -K {{file}}'], sources: ['rpm-man', 'rpmkeys-man'] },
      al2: { kind: 'command', lines: ['rpm -K {{file}}'], sources: ['rpm-man', 'rpmkeys-man'] },
      al2023: { kind: 'command', lines: ['rpm -K {{file}}'], sources: ['rpm-man', 'rpmkeys-man'] },
      rhel7: { kind: 'command', lines: ['rpm -K {{file}}'], sources: ['rpm-man', 'rpmkeys-man'] },
      rhel8: { kind: 'command', lines: ['rpm -K {{file}}'], sources: ['rpm-man', 'rpmkeys-man'] },
      rhel9: { kind: 'command', lines: ['rpm -K {{file}}'], sources: ['rpm-man', 'rpmkeys-man'] },
      rhel10: { kind: 'command', lines: ['rpm -K {{file}}'], sources: ['rpm-man', 'rpmkeys-man'] },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'A signature made with a key that is not imported is reported as missing or NOKEY, not as valid: import the vendor key first (import-rpm-gpg-key).',
      'Details of one imported key: rpm -qi gpg-pubkey-<id>; remove one with sudo rpm -e gpg-pubkey-<id>. Check files downloaded outside a repository by hand before installing them.',
    ],
    sources: ['rpm-man', 'rpmkeys-man'],
    related: ['import-rpm-gpg-key', 'install-package'],
    aliases: ['rpm -K', 'rpm --checksig', 'NOKEY', 'signature check', 'digests'],
    verification:
      'From the rpm manual page (upstream, secondary); a plain rpm option that every tracked release has. High confidence in the command.',
  },
  {
    id: 'sshd-effective-config',
    title: 'Show the SSH server settings in effect',
    category: 'security',
    summary: 'sshd -T prints every setting after includes and defaults are applied; -C shows what a Match block gives one connection.',
    placeholders: { user: 'a login name to test Match blocks for', host: 'the client host name', addr: 'the client IP address' },
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo sshd -T', 'sudo sshd -T -C user={{user}},host={{host}},addr={{addr}}'],
        note: 'The OpenSSH version on the Amazon Linux AMI was not checked against the options used here.',
        sources: ['openssh-sshd-man'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo sshd -T', 'sudo sshd -T -C user={{user}},host={{host}},addr={{addr}}'],
        sources: ['openssh-sshd-man'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo sshd -T', 'sudo sshd -T -C user={{user}},host={{host}},addr={{addr}}'],
        sources: ['openssh-sshd-man'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo sshd -T', 'sudo sshd -T -C user={{user}},host={{host}},addr={{addr}}'],
        sources: ['openssh-sshd-man'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo sshd -T', 'sudo sshd -T -C user={{user}},host={{host}},addr={{addr}}'],
        sources: ['openssh-sshd-man'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo sshd -T', 'sudo sshd -T -C user={{user}},host={{host}},addr={{addr}}'],
        sources: ['openssh-sshd-man'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo sshd -T', 'sudo sshd -T -C user={{user}},host={{host}},addr={{addr}}'],
        sources: ['openssh-sshd-man'],
      },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'Reading /etc/ssh/sshd_config is not enough: included files, Match blocks and compiled-in defaults all change the result. sshd -T prints what the server would use, with keywords in lower case.',
      'sshd -t (lower case) only checks the files for errors: run it before restarting sshd so that a typo does not lock you out.',
    ],
    sources: ['openssh-sshd-man'],
    related: ['crypto-policy', 'ec2-instance-connect', 'manage-service'],
    aliases: ['sshd -T', 'sshd -t', 'sshd_config', 'sshd_config.d', 'PasswordAuthentication', 'PermitRootLogin'],
    verification:
      'Options from the OpenSSH sshd manual page (upstream, secondary); the command was not run on each release and the OpenSSH version of each was not checked. High confidence in sshd -T, medium on AL1.',
  },
  {
    id: 'set-system-locale',
    title: 'Show or set the system locale',
    category: 'services',
    summary: 'localectl on every systemd release; it writes /etc/locale.conf.',
    placeholders: { locale: 'a locale name such as en_US.UTF-8 or C.UTF-8' },
    variants: {
      al1: {
        kind: 'unknown',
        reason:
          'The Amazon Linux AMI has no systemd and so no localectl; the file it reads the system locale from was not confirmed from a source.',
      },
      al2: {
        kind: 'command',
        lines: ['localectl status', 'localectl list-locales', 'sudo localectl set-locale LANG={{locale}}'],
        note: 'localectl comes with systemd; no AWS page on locales was read.',
        sources: ['systemd-localectl-man'],
      },
      al2023: {
        kind: 'command',
        lines: ['localectl status', 'localectl list-locales', 'sudo localectl set-locale LANG={{locale}}'],
        note: 'localectl comes with systemd; no AWS page on locales was read. list-locales shows only locales whose language packs are installed.',
        sources: ['systemd-localectl-man'],
      },
      rhel7: {
        kind: 'command',
        lines: ['localectl status', 'localectl list-locales', 'sudo localectl set-locale LANG={{locale}}'],
        sources: ['systemd-localectl-man', 'redhat-rhel7-systemd'],
      },
      rhel8: {
        kind: 'command',
        lines: ['localectl status', 'localectl list-locales', 'sudo localectl set-locale LANG={{locale}}'],
        sources: ['systemd-localectl-man', 'redhat-rhel8-systemd'],
      },
      rhel9: {
        kind: 'command',
        lines: ['localectl status', 'localectl list-locales', 'sudo localectl set-locale LANG={{locale}}'],
        sources: ['systemd-localectl-man'],
      },
      rhel10: {
        kind: 'command',
        lines: ['localectl status', 'localectl list-locales', 'sudo localectl set-locale LANG={{locale}}'],
        sources: ['redhat-rhel10-system-locale'],
      },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'Services and new login sessions read the setting at start; log in again or restart services after changing it. A user or program can still override it with LANG and LC_* variables.',
      'Scripts that parse command output should set LC_ALL=C themselves instead of relying on the system locale.',
    ],
    sources: ['systemd-localectl-man', 'redhat-rhel10-system-locale'],
    related: ['set-timezone', 'set-hostname'],
    aliases: ['locale', 'localectl', 'LANG', 'locale.conf', 'LC_ALL', 'UTF-8'],
    verification:
      "RHEL 10 from Red Hat's installation guide (primary, Japanese edition read); the other systemd releases from the systemd manual. AL1 unknown. High confidence in the command, not run on each release.",
  },
  {
    id: 'selinux-restore-context',
    title: 'Restore SELinux file labels (restorecon)',
    category: 'selinux',
    summary:
      'restorecon resets files to the labels the policy expects; needed after moving files into place while SELinux is enforcing or permissive.',
    placeholders: { path: 'the file or directory to relabel, e.g. /var/www/html' },
    variants: {
      al1: {
        kind: 'unavailable',
        reason: 'SELinux is not enabled on the Amazon Linux AMI (secondary source), so there are no labels to restore.',
        instead: 'Nothing to do.',
        seeAlso: 'selinux-status',
        sources: ['setenforce-man'],
      },
      al2: {
        kind: 'unavailable',
        reason: 'SELinux is disabled by default on AL2, so labels are not enforced.',
        instead: 'Nothing to do unless SELinux was turned on; then use the restorecon line as on AL2023.',
        seeAlso: 'selinux-status',
        sources: ['aws-al2023-compare-with-al2'],
      },
      al2023: {
        kind: 'command',
        lines: ['ls -Z {{path}}', 'sudo restorecon -Rv {{path}}'],
        note: 'AL2023 runs SELinux in permissive mode by default: wrong labels are logged, not blocked, until you switch to enforcing.',
        sources: ['restorecon-man', 'aws-al2023-selinux-default'],
      },
      rhel7: {
        kind: 'command',
        lines: ['ls -Z {{path}}', 'sudo restorecon -Rv {{path}}'],
        sources: ['restorecon-man', 'redhat-rhel7-selinux-modes'],
      },
      rhel8: {
        kind: 'command',
        lines: ['ls -Z {{path}}', 'sudo restorecon -Rv {{path}}'],
        sources: ['restorecon-man', 'redhat-rhel9-selinux-states'],
      },
      rhel9: {
        kind: 'command',
        lines: ['ls -Z {{path}}', 'sudo restorecon -Rv {{path}}'],
        sources: ['restorecon-man', 'redhat-rhel9-selinux-states'],
      },
      rhel10: {
        kind: 'command',
        lines: ['ls -Z {{path}}', 'sudo restorecon -Rv {{path}}'],
        sources: ['restorecon-man'],
      },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'mv keeps a file’s old label, cp gives the copy the label of its new directory: files moved from a home directory into /var/www/html keep a home-directory type and the web server is denied access until restorecon runs.',
      'restorecon applies the rules the policy already has. For a path the policy does not know (a web root under /srv, say) add a rule with semanage fcontext first, then run restorecon.',
    ],
    sources: ['restorecon-man', 'aws-al2023-selinux-default', 'redhat-rhel9-selinux-states'],
    related: ['selinux-status', 'selinux-set-boolean', 'install-apache-httpd'],
    aliases: ['restorecon', 'SELinux label', 'security context', 'ls -Z', 'chcon', 'semanage fcontext', 'AVC denied'],
    verification:
      'restorecon options from its manual page (upstream copy, secondary); SELinux defaults per release from AWS and Red Hat pages already cited by selinux-status. Not run on each release. High confidence.',
  },
  {
    id: 'selinux-set-boolean',
    title: 'Turn an SELinux boolean on or off',
    category: 'selinux',
    summary: 'getsebool lists booleans; setsebool -P changes one and keeps the change across reboots.',
    placeholders: { boolean: 'the boolean name, e.g. httpd_can_network_connect' },
    variants: {
      al1: {
        kind: 'unavailable',
        reason: 'SELinux is not enabled on the Amazon Linux AMI (secondary source).',
        instead: 'Nothing to do.',
        seeAlso: 'selinux-status',
        sources: ['setenforce-man'],
      },
      al2: {
        kind: 'unavailable',
        reason: 'SELinux is disabled by default on AL2, so booleans have no effect.',
        instead: 'Nothing to do unless SELinux was turned on; then use the lines given for AL2023.',
        seeAlso: 'selinux-status',
        sources: ['aws-al2023-compare-with-al2'],
      },
      al2023: {
        kind: 'command',
        lines: ['getsebool -a', 'sudo setsebool -P {{boolean}} on', 'getsebool {{boolean}}'],
        note: 'AL2023 is permissive by default, so a boolean that is off is logged rather than enforced until you switch to enforcing.',
        sources: ['setsebool-man', 'aws-al2023-selinux-default'],
      },
      rhel7: {
        kind: 'command',
        lines: ['getsebool -a', 'sudo setsebool -P {{boolean}} on', 'getsebool {{boolean}}'],
        sources: ['setsebool-man', 'redhat-rhel7-selinux-modes'],
      },
      rhel8: {
        kind: 'command',
        lines: ['getsebool -a', 'sudo setsebool -P {{boolean}} on', 'getsebool {{boolean}}'],
        sources: ['setsebool-man', 'redhat-rhel9-selinux-states'],
      },
      rhel9: {
        kind: 'command',
        lines: ['getsebool -a', 'sudo setsebool -P {{boolean}} on', 'getsebool {{boolean}}'],
        sources: ['setsebool-man', 'redhat-rhel9-selinux-states'],
      },
      rhel10: {
        kind: 'command',
        lines: ['getsebool -a', 'sudo setsebool -P {{boolean}} on', 'getsebool {{boolean}}'],
        sources: ['setsebool-man'],
      },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'Without -P the change lasts only until the next reboot; -P writes it to the policy on disk.',
      'Boolean names change between policy versions; check getsebool -a on the target release before copying a name from an older script.',
    ],
    sources: ['setsebool-man', 'aws-al2023-selinux-default', 'redhat-rhel9-selinux-states'],
    related: ['selinux-status', 'selinux-restore-context'],
    aliases: ['setsebool', 'getsebool', 'SELinux boolean', 'httpd_can_network_connect', 'semanage boolean'],
    verification:
      'setsebool and getsebool from their manual page (upstream copy, secondary); SELinux defaults per release from AWS and Red Hat pages already cited by selinux-status. Not run on each release. High confidence.',
  },
  {
    id: 'install-postgresql-server',
    title: 'Install and start a PostgreSQL server',
    category: 'servers',
    summary:
      'On RHEL: postgresql-server (a postgresql module stream on RHEL 8), then postgresql-setup --initdb, then start postgresql. Amazon Linux packaging was not confirmed from AWS.',
    variants: {
      al1: {
        kind: 'unknown',
        reason:
          'No AWS page on PostgreSQL packages for the Amazon Linux AMI was read; third-party scripts show version-suffixed package names, which were not confirmed.',
      },
      al2: {
        kind: 'unknown',
        reason:
          'Third-party scripts install PostgreSQL on AL2 through versioned Extras topics (postgresql11, postgresql13 and so on), but no AWS page listing the topics and their server packages was read.',
      },
      al2023: {
        kind: 'unknown',
        reason:
          'Third-party reports show versioned package names on AL2023 (postgresql15-server and later), but no AWS page was read to confirm the names, the versions offered or the initialisation step.',
      },
      rhel7: {
        kind: 'unknown',
        reason:
          "Red Hat's RHEL 7 PostgreSQL chapter was not read. RHEL 7's postgresql-setup is older than the --initdb form used on RHEL 9 and 10, so do not copy those lines unchecked.",
      },
      rhel8: {
        kind: 'command',
        lines: [
          'sudo dnf module install -y postgresql:16/server',
          'sudo postgresql-setup --initdb',
          'sudo systemctl start postgresql.service',
          'sudo systemctl enable postgresql.service',
        ],
        note: 'Each PostgreSQL version is its own module stream: 10 (the default stream), 9.6, 12 (from RHEL 8.1.1), 13 (8.4), 15 (8.8) and 16 (8.10). Put the stream you want in place of 16; only one stream can be installed. Red Hat writes yum, which is the same tool as dnf on RHEL 8.',
        sources: ['redhat-rhel8-postgresql'],
      },
      rhel9: {
        kind: 'command',
        lines: [
          'sudo dnf install -y postgresql-server',
          'sudo postgresql-setup --initdb',
          'sudo systemctl start postgresql.service',
          'sudo systemctl enable postgresql.service',
        ],
        note: 'Installs PostgreSQL 13. Newer versions come as module streams: postgresql:15 from RHEL 9.2, postgresql:16 from RHEL 9.4 (sudo dnf module install postgresql:16/server), and only one stream can be installed.',
        sources: ['redhat-rhel9-postgresql'],
      },
      rhel10: {
        kind: 'command',
        lines: [
          'sudo dnf install -y postgresql-server',
          'sudo postgresql-setup --initdb',
          'sudo systemctl enable --now postgresql.service',
        ],
        note: 'Installs PostgreSQL 16; later minor releases add other versions as alternatives.',
        sources: ['redhat-rhel10-postgresql'],
      },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'Red Hat keeps the data in /var/lib/pgsql/data and creates the postgres superuser when the package is installed. postgresql-setup --initdb is a one-time step for a new data directory.',
      'Several PostgreSQL versions cannot be installed side by side from the RHEL packages; Red Hat points to containers for that.',
    ],
    sources: ['redhat-rhel8-postgresql', 'redhat-rhel9-postgresql', 'redhat-rhel10-postgresql'],
    related: ['install-mariadb-server', 'enable-service', 'open-port'],
    aliases: ['postgresql', 'postgres', 'psql', 'postgresql-server', 'postgresql-setup', 'initdb', 'database server'],
    verification:
      "RHEL 8, 9 and 10 from Red Hat's database server guides (primary, RHEL 8 and 10 read in Chinese). Amazon Linux and RHEL 7 unknown: only third-party scripts were found.",
  },
  {
    id: 'list-failed-services',
    title: 'List services that failed',
    category: 'services',
    summary: 'systemctl --failed on every systemd release; AL1 has no equivalent list.',
    variants: {
      al1: {
        kind: 'unavailable',
        reason: 'The Amazon Linux AMI runs upstart, not systemd, so there is no systemctl and no list of failed units.',
        instead: 'Ask each service for its status with service <name> status, or read /var/log/messages.',
        seeAlso: 'list-services',
        sources: ['aws-al2-compare-with-al1'],
      },
      al2: { kind: 'command', lines: ['systemctl --failed', 'systemctl status {{unit}}'], sources: ['systemctl-man'] },
      al2023: { kind: 'command', lines: ['systemctl --failed', 'systemctl status {{unit}}'], sources: ['systemctl-man'] },
      rhel7: {
        kind: 'command',
        lines: ['systemctl --failed', 'systemctl status {{unit}}'],
        sources: ['systemctl-man', 'redhat-rhel7-systemd'],
      },
      rhel8: {
        kind: 'command',
        lines: ['systemctl --failed', 'systemctl status {{unit}}'],
        sources: ['systemctl-man', 'redhat-rhel8-systemd'],
      },
      rhel9: { kind: 'command', lines: ['systemctl --failed', 'systemctl status {{unit}}'], sources: ['systemctl-man'] },
      rhel10: { kind: 'command', lines: ['systemctl --failed', 'systemctl status {{unit}}'], sources: ['systemctl-man'] },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    placeholders: { unit: 'a unit name from the list, e.g. nginx.service' },
    notes: [
      'systemctl --failed is short for systemctl list-units --state=failed. A unit stays failed until it starts successfully or you run systemctl reset-failed.',
      'Follow up with the follow-unit-log task (journalctl -u) to see why the unit failed.',
    ],
    sources: ['systemctl-man'],
    related: ['list-services', 'manage-service', 'follow-unit-log'],
    aliases: ['systemctl --failed', 'failed units', 'reset-failed', 'degraded'],
    verification:
      "From the systemctl manual (upstream systemd, secondary); every release but AL1 runs systemd. AL1 from AWS's AL1-to-AL2 comparison (upstart replaced by systemd). High confidence.",
  },
  {
    id: 'add-user-ssh-key',
    title: 'Add a login user with an SSH key',
    category: 'aws',
    summary: "AWS's procedure: create the user, then put the public key in ~/.ssh/authorized_keys with modes 700 and 600.",
    placeholders: { user: 'the new login name', 'public-key': 'the whole public key line, e.g. ssh-ed25519 AAAA… comment' },
    variants: {
      al1: {
        kind: 'command',
        lines: [
          'sudo adduser {{user}}',
          'sudo -u {{user}} mkdir -m 700 /home/{{user}}/.ssh',
          "echo '{{public-key}}' | sudo -u {{user}} tee /home/{{user}}/.ssh/authorized_keys",
          'sudo -u {{user}} chmod 600 /home/{{user}}/.ssh/authorized_keys',
        ],
        note: 'AWS: on Amazon Linux the new user has password login disabled, so the key is the only way in.',
        sources: ['aws-ec2-managing-users-archived'],
      },
      al2: {
        kind: 'command',
        lines: [
          'sudo adduser {{user}}',
          'sudo -u {{user}} mkdir -m 700 /home/{{user}}/.ssh',
          "echo '{{public-key}}' | sudo -u {{user}} tee /home/{{user}}/.ssh/authorized_keys",
          'sudo -u {{user}} chmod 600 /home/{{user}}/.ssh/authorized_keys',
        ],
        note: 'AWS: on Amazon Linux the new user has password login disabled, so the key is the only way in.',
        sources: ['aws-ec2-managing-users-archived'],
      },
      al2023: {
        kind: 'command',
        lines: [
          'sudo adduser {{user}}',
          'sudo -u {{user}} mkdir -m 700 /home/{{user}}/.ssh',
          "echo '{{public-key}}' | sudo -u {{user}} tee /home/{{user}}/.ssh/authorized_keys",
          'sudo -u {{user}} chmod 600 /home/{{user}}/.ssh/authorized_keys',
        ],
        note: 'The archived AWS page names Amazon Linux and AL2; the same steps are assumed on AL2023 (AWS lists ec2-user as its default user too). AL2023 is SELinux-permissive by default, so labels do not block the login.',
        sources: ['aws-ec2-managing-users-archived', 'aws-ec2-managing-users'],
      },
      rhel7: {
        kind: 'unknown',
        reason:
          "AWS's page covers Amazon Linux and Ubuntu only and Red Hat's user-management chapter was not read, so the RHEL form (useradd defaults, SELinux labels on .ssh under enforcing mode) is not given.",
      },
      rhel8: {
        kind: 'unknown',
        reason:
          "AWS's page covers Amazon Linux and Ubuntu only and Red Hat's user-management chapter was not read, so the RHEL form (useradd defaults, SELinux labels on .ssh under enforcing mode) is not given.",
      },
      rhel9: {
        kind: 'unknown',
        reason:
          "AWS's page covers Amazon Linux and Ubuntu only and Red Hat's user-management chapter was not read, so the RHEL form (useradd defaults, SELinux labels on .ssh under enforcing mode) is not given.",
      },
      rhel10: {
        kind: 'unknown',
        reason:
          "AWS's page covers Amazon Linux and Ubuntu only and Red Hat's user-management chapter was not read, so the RHEL form (useradd defaults, SELinux labels on .ssh under enforcing mode) is not given.",
      },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'AWS stresses the exact modes: .ssh 700 and authorized_keys 600, owned by the user. Running the steps as the user (sudo -u) gets the ownership right; sshd refuses keys in files others can write.',
      'Giving the user sudo is a separate step that is not covered here: how sudo rules and the wheel group are set up differs between images, and a wrong sudoers edit can lock everyone out. Test a new login in a second session before closing the first.',
    ],
    sources: ['aws-ec2-managing-users-archived', 'aws-ec2-managing-users'],
    related: ['default-login-user', 'ec2-instance-connect', 'sshd-effective-config'],
    aliases: ['adduser', 'useradd', 'authorized_keys', 'new user', 'SSH key', '.ssh'],
    verification:
      "Amazon Linux from AWS's EC2 guide (archived source, primary); the lines do AWS's steps non-interactively with sudo -u and tee instead of an editor. RHEL unknown. Medium-high confidence.",
  },
  {
    id: 'kernel-boot-parameter',
    title: 'Add a kernel boot parameter to every boot entry',
    category: 'kernel',
    summary:
      'grubby --update-kernel=ALL --args on every grub2 release; on the Amazon Linux AMI, the kernel lines of /boot/grub/grub.conf. Check /proc/cmdline after the reboot.',
    placeholders: { args: 'the kernel arguments, e.g. systemd.unified_cgroup_hierarchy=1' },
    variants: {
      al1: {
        kind: 'command',
        lines: [
          'sudo cp /boot/grub/grub.conf /boot/grub/grub.conf.orig',
          "sudo sed -i '/^[[:space:]]*kernel /s|$| {{args}}|' /boot/grub/grub.conf",
          'sudo reboot',
          'cat /proc/cmdline',
        ],
        note: "Legacy GRUB: AWS adds kernel options by editing the kernel line of the first entry in /boot/grub/grub.conf and rebooting; the sed line appends them to every entry's kernel line instead. Arguments containing | or & must be escaped for sed. Whether kernels installed later inherit the arguments was not checked, so look at /proc/cmdline after kernel updates.",
        sources: ['aws-ec2-processor-state-control-archived'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo grubby --update-kernel=ALL --args="{{args}}"', 'sudo reboot', 'cat /proc/cmdline'],
        note: 'AWS adds fips=1 on AL2 exactly this way (as /sbin/grubby).',
        sources: ['aws-blog-al2-fips-mode', 'grubby-man'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo grubby --update-kernel=ALL --args="{{args}}"', 'sudo reboot', 'cat /proc/cmdline'],
        note: 'AWS uses grubby --update-kernel ALL --args on AL2023 to add selinux=0.',
        sources: ['aws-al2023-selinux-disable', 'grubby-man'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo grubby --update-kernel=ALL --args="{{args}}"', 'sudo reboot', 'cat /proc/cmdline'],
        note: "Red Hat's RHEL 7 guides edit GRUB_CMDLINE_LINUX in /etc/default/grub and regenerate grub.cfg instead; grubby changes the installed entries directly.",
        sources: ['grubby-man-legacy', 'redhat-rhel7-security-guide-fips'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo grubby --update-kernel=ALL --args="{{args}}"', 'sudo reboot', 'cat /proc/cmdline'],
        sources: ['redhat-rhel8-mount-cgroups-v2', 'grubby-man'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo grubby --update-kernel=ALL --args="{{args}}"', 'sudo reboot', 'cat /proc/cmdline'],
        sources: ['redhat-rhel9-mount-cgroups-v1', 'grubby-man'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo grubby --update-kernel=ALL --args="{{args}}"', 'sudo reboot', 'cat /proc/cmdline'],
        sources: ['redhat-rhel10-mount-cgroups-v1', 'grubby-man'],
      },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'sudo grubby --info=ALL shows the arguments of each entry before you reboot; --remove-args takes an argument away again.',
      'Use --update-kernel=/boot/vmlinuz-$(uname -r) to change only the running kernel’s entry, as Red Hat shows first, when testing an argument.',
    ],
    sources: [
      'grubby-man',
      'redhat-rhel9-mount-cgroups-v1',
      'aws-blog-al2-fips-mode',
      'aws-al2023-selinux-disable',
      'aws-ec2-processor-state-control-archived',
    ],
    related: ['set-default-kernel', 'check-cgroup-version', 'enable-fips-mode', 'selinux-disable'],
    aliases: ['grubby', 'kernel command line', 'boot parameter', '/proc/cmdline', 'GRUB_CMDLINE_LINUX'],
    verification:
      "RHEL 8 to 10 from Red Hat's kernel guides, which use this grubby form (primary); AL2 and AL2023 from AWS procedures that add an argument with grubby (primary). RHEL 7 from the grubby man page, medium confidence. AL1 from AWS's processor state control page (archived source, primary), which edits grub.conf by hand; the sed line is our non-interactive form of that edit.",
  },
  {
    id: 'show-swap-usage',
    title: 'Show whether swap is in use',
    category: 'kernel',
    summary: 'swapon -s lists active swap areas and free -m shows totals; the same on every release.',
    variants: {
      al1: { kind: 'command', lines: ['swapon -s', 'free -m'], sources: ['aws-ec2-instance-store-swap'] },
      al2: { kind: 'command', lines: ['swapon -s', 'free -m'], sources: ['aws-ec2-instance-store-swap'] },
      al2023: { kind: 'command', lines: ['swapon -s', 'free -m'], sources: ['aws-ec2-instance-store-swap'] },
      rhel7: { kind: 'command', lines: ['swapon -s', 'free -m'], sources: ['aws-ec2-instance-store-swap'] },
      rhel8: { kind: 'command', lines: ['swapon -s', 'free -m'], sources: ['aws-ec2-instance-store-swap'] },
      rhel9: { kind: 'command', lines: ['swapon -s', 'free -m'], sources: ['aws-ec2-instance-store-swap'] },
      rhel10: { kind: 'command', lines: ['swapon -s', 'free -m'], sources: ['aws-ec2-instance-store-swap'] },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      'An empty swapon -s listing means no swap is active, which is usual on EC2 images. AWS advises moving to an instance type with more memory rather than relying on swap for regular paging.',
      'Swap areas listed in /etc/fstab are turned on at boot; one added only with swapon is lost at the next reboot.',
    ],
    sources: ['aws-ec2-instance-store-swap'],
    related: ['sysctl-persistent', 'mount-volume-at-boot'],
    aliases: ['swap', 'swapon', 'free', 'swap file', 'memory'],
    verification:
      "swapon -s from AWS's EC2 guide (archived source, primary), written for Linux instances in general; free is from the same procps tools on every release. High confidence.",
  },
  {
    id: 'list-listening-ports',
    title: 'List listening TCP and UDP ports and their programs',
    category: 'networking',
    summary: 'ss from iproute2 works on every release and shows the owning process with -p.',
    variants: {
      al1: { kind: 'command', lines: ['sudo ss -tulpn'], sources: ['ss-man'] },
      al2: { kind: 'command', lines: ['sudo ss -tulpn'], sources: ['ss-man'] },
      al2023: { kind: 'command', lines: ['sudo ss -tulpn'], sources: ['ss-man'] },
      rhel7: { kind: 'command', lines: ['sudo ss -tulpn'], sources: ['ss-man'] },
      rhel8: { kind: 'command', lines: ['sudo ss -tulpn'], sources: ['ss-man'] },
      rhel9: { kind: 'command', lines: ['sudo ss -tulpn'], sources: ['ss-man'] },
      rhel10: { kind: 'command', lines: ['sudo ss -tulpn'], sources: ['ss-man'] },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': { kind: 'same-as', release: 'rhel9', sources: [...STREAM9_PRECEDES_RHEL9] },
    },
    notes: [
      '-t and -u select TCP and UDP, -l listening sockets, -p the owning process (sudo is needed to see other users’ processes), -n numeric ports instead of service names.',
      'A port listening on 0.0.0.0 or [::] is reachable only if the security group and any host firewall allow it (see open-port).',
    ],
    sources: ['ss-man'],
    related: ['open-port', 'firewall-default-state', 'show-network-config'],
    aliases: ['ss', 'netstat', 'listening ports', 'open ports', 'ss -tulpn', 'lsof -i'],
    verification:
      'Options from the ss manual page (iproute2, upstream copy, secondary); every release uses iproute2, as show-network-config records. Not run on each release. High confidence.',
  },
  {
    id: 'install-dkms',
    title: 'Install DKMS to rebuild out-of-tree kernel modules',
    category: 'kernel',
    summary: 'DKMS is not in RHEL or Amazon Linux core repositories: AWS takes it from EPEL on AL2 and RHEL, and AL2023 has no EPEL.',
    variants: {
      al1: {
        kind: 'unknown',
        reason: 'Whether the EPEL repository configured on the Amazon Linux AMI still offers a usable dkms package was not checked.',
      },
      al2: {
        kind: 'command',
        lines: ['sudo amazon-linux-extras install epel', 'sudo yum install -y dkms'],
        note: "AWS's GPU and EFA guide installs EPEL on AL2 specifically to get DKMS. EPEL 7 has had no updates since 2024-06-30, so this dkms gets no more fixes.",
        sources: ['aws-ec2-efa-nccl-base', 'aws-al2-extras'],
      },
      al2023: {
        kind: 'unknown',
        reason:
          'AL2023 supports no EPEL (AWS), and whether dkms is offered in the AL2023 core or SPAL repositories was not checked; dnf info dkms on an AL2023 host answers it.',
      },
      rhel7: {
        kind: 'unavailable',
        reason: "AWS's RHEL 7 procedure takes DKMS from EPEL 7, which has had no updates since 2024-06-30.",
        instead:
          'Use kernel modules packaged for the running kernel (kmod packages from the vendor), or migrate to a supported RHEL release.',
        seeAlso: 'enable-epel',
        sources: ['aws-ec2-efa-nccl-base', 'aws-al2-extras'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf install -y dkms', 'dkms status'],
        note: 'Enable EPEL 8 first (see enable-epel); AWS does the same before installing GPU drivers on RHEL 8.',
        sources: ['aws-ec2-efa-nccl-base', 'fedora-pkg-dkms'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf install -y dkms', 'dkms status'],
        note: 'Enable EPEL 9 first (see enable-epel).',
        sources: ['fedora-pkg-dkms'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf install -y dkms', 'dkms status'],
        note: 'Enable EPEL 10 first (see enable-epel); Fedora lists dkms builds for EPEL 10 minor versions.',
        sources: ['fedora-pkg-dkms'],
      },
      centos7: { kind: 'same-as', release: 'rhel7', sources: [...CENTOS7_REBUILDS_RHEL7] },
      'centos-stream9': {
        kind: 'same-as',
        release: 'rhel9',
        differences: ['dkms comes from EPEL: enable EPEL the CentOS Stream way first (see the EPEL task).'],
        sources: ['fedora-epel-faq', ...STREAM9_PRECEDES_RHEL9],
      },
    },
    notes: [
      'DKMS rebuilds a module for each newly installed kernel, which needs the matching kernel-devel package (see install-kernel-headers). A kernel update without it leaves the module unbuilt until you fix it and rebuild.',
      'EPEL packages are community-maintained: neither AWS nor Red Hat supports them.',
    ],
    sources: ['aws-ec2-efa-nccl-base', 'fedora-pkg-dkms', 'aws-al2-extras'],
    related: ['enable-epel', 'install-kernel-headers', 'check-ena-nvme-drivers'],
    aliases: ['dkms', 'kernel module', 'out-of-tree module', 'kmod', 'NVIDIA driver'],
    verification:
      "AL2, RHEL 7 and RHEL 8 from AWS's EC2 guide for GPU and EFA instances, which installs EPEL 'for DKMS' (archived source, primary); EPEL 8 to 10 availability from Fedora Packages (primary). AL1 and AL2023 unknown. Not run on each release.",
  },
]);

export type PortingCommandId = (typeof portingCommandData)[number]['id'];
