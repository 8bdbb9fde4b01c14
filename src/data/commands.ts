/**
 * The command reference: one admin task, its form on every tracked release.
 * Lines are exactly what a user types (no prompt, no output); {{name}} marks a placeholder.
 */
import { defineCommands } from './command-shape.ts';
import { portingCommandData } from './commands-porting.ts';

/** Why ShellCheck may not follow a file that a line sources (SC1091). */
const SOURCED_ON_TARGET = 'The sourced file exists only on the machine the line runs on, so ShellCheck cannot read it here.';

const coreCommandData = defineCommands([
  {
    id: 'show-os-release',
    title: 'Show which distribution and version this machine runs',
    category: 'identify',
    summary: 'Read the machine-readable identity file that every tracked release ships.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['cat /etc/os-release'],
        note: 'Expect ID="amzn" and VERSION_ID="2018.03"; there is no PLATFORM_ID line.',
        sources: ['ansible-fixture-al2018', 'aws-al2-ident-os-release'],
      },
      al2: {
        kind: 'command',
        lines: ['cat /etc/os-release'],
        note: 'Expect ID="amzn", VERSION_ID="2", ID_LIKE="centos rhel fedora"; no PLATFORM_ID.',
        sources: ['aws-ec2-amazon-linux-basics-2018', 'aws-al2-ident-os-release'],
      },
      al2023: {
        kind: 'command',
        lines: ['cat /etc/os-release'],
        note: 'Expect ID="amzn", VERSION_ID="2023", ID_LIKE="fedora", PLATFORM_ID="platform:al2023".',
        sources: ['aws-al2-ident-os-release', 'teleport-autodiscover-test'],
      },
      rhel7: {
        kind: 'command',
        lines: ['cat /etc/os-release'],
        note: 'Expect ID="rhel" and VERSION_ID="7.x"; no PLATFORM_ID.',
        sources: ['ansible-fixture-rhel77'],
      },
      rhel8: {
        kind: 'command',
        lines: ['cat /etc/os-release'],
        note: 'Expect ID="rhel", VERSION_ID="8.x", PLATFORM_ID="platform:el8".',
        sources: ['teleport-autodiscover-test'],
      },
      rhel9: {
        kind: 'command',
        lines: ['cat /etc/os-release'],
        note: 'Expect ID="rhel", VERSION_ID="9.x", PLATFORM_ID="platform:el9".',
        sources: ['teleport-autodiscover-test'],
      },
      rhel10: {
        kind: 'command',
        lines: ['cat /etc/os-release'],
        note: 'Expect ID="rhel", VERSION_ID="10.x", PLATFORM_ID="platform:el10"; ID_LIKE gained "centos" in RHEL 10 (fact base, secondary).',
        sources: ['teleport-autodiscover-test'],
      },
    },
    notes: [
      'The command is identical everywhere; what differs is the content. Amazon Linux never reports a RHEL version, and AL2023 lists only fedora in ID_LIKE.',
      'AWS recommends keying scripts on ID and VERSION_ID rather than on the human-readable release files.',
    ],
    sources: [
      'aws-al2-ident-os-release',
      'aws-ec2-amazon-linux-basics-2018',
      'teleport-autodiscover-test',
      'ansible-fixture-al2018',
      'ansible-fixture-rhel77',
    ],
    related: ['show-release-string', 'detect-distro-in-script', 'show-exact-release'],
    aliases: ['os-release', 'version', 'which distro', 'lsb_release', 'cat /etc/os-release'],
    verification:
      "Command form is trivial; field values cross-checked against AWS's AL2 example (primary) and captured os-release files in Ansible/Teleport test fixtures (secondary). RHEL 10 values come from the fact base (secondary). High confidence.",
  },
  {
    id: 'show-release-string',
    title: 'Show the human-readable release line',
    category: 'identify',
    summary: 'Amazon Linux keeps its one-line release string in /etc/system-release; RHEL in /etc/redhat-release.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['cat /etc/system-release'],
        note: 'Example from AWS: Amazon Linux AMI release 2018.03.',
        sources: ['aws-ec2-amazon-linux-basics-2018'],
      },
      al2: {
        kind: 'command',
        lines: ['cat /etc/system-release'],
        note: 'AWS\'s early example shows "Amazon Linux 2"; later systems are reported with "Amazon Linux release 2 (Karoo)" (fact base, conflicting).',
        sources: ['aws-ec2-amazon-linux-basics-2018', 'actions-runner-4223'],
      },
      al2023: {
        kind: 'command',
        lines: ['cat /etc/system-release'],
        note: 'Current builds print the release version, e.g. Amazon Linux release 2023.9.20250929 (Amazon Linux); early builds printed Amazon Linux release 2023 (Amazon Linux). /etc/amazon-linux-release links to this file.',
        sources: ['aws-al2023-typescript', 'aws-al2023-naming-versioning', 'philanderson-al2023-script'],
      },
      rhel7: {
        kind: 'command',
        lines: ['cat /etc/redhat-release'],
        sources: ['ansible-fixture-rhel77'],
      },
      rhel8: {
        kind: 'command',
        lines: ['cat /etc/redhat-release'],
        note: 'RHEL AMIs are required to carry the redhat-release package (Red Hat image test suite).',
        sources: ['osbuild-civ-test-aws'],
      },
      rhel9: {
        kind: 'command',
        lines: ['cat /etc/redhat-release'],
        note: 'RHEL AMIs are required to carry the redhat-release package (Red Hat image test suite).',
        sources: ['osbuild-civ-test-aws'],
      },
      rhel10: {
        kind: 'command',
        lines: ['cat /etc/redhat-release'],
        note: 'RHEL AMIs are required to carry the redhat-release package (Red Hat image test suite).',
        sources: ['osbuild-civ-test-aws'],
      },
    },
    notes: [
      'Amazon Linux has no /etc/redhat-release, so installers that test only for that file misdetect it; /etc/system-release exists on both families.',
      'Do not parse these strings in scripts; use /etc/os-release.',
    ],
    sources: [
      'aws-ec2-amazon-linux-basics-2018',
      'aws-al2023-typescript',
      'actions-runner-4223',
      'ansible-fixture-rhel77',
      'osbuild-civ-test-aws',
    ],
    related: ['show-os-release', 'detect-distro-in-script'],
    aliases: ['system-release', 'redhat-release', 'release file'],
    verification:
      'AL1/AL2 from AWS (primary); AL2023 string and RHEL 8-10 file presence from secondary captures. The exact AL2 string is a known conflict (see notes).',
  },
  {
    id: 'show-exact-release',
    title: 'Find the exact minor release or image build you are on',
    category: 'identify',
    summary: 'Query the release package (and on Amazon Linux the image stamp) to get the precise build.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['rpm -q system-release', 'cat /etc/image-id'],
        note: 'AWS: /etc/system-release belongs to the system-release RPM; /etc/image-id records the image build.',
        sources: ['aws-ec2-amazon-linux-basics-2018'],
      },
      al2: {
        kind: 'command',
        lines: ['rpm -q system-release', 'cat /etc/image-id'],
        sources: ['aws-ec2-amazon-linux-basics-2018'],
      },
      al2023: {
        kind: 'command',
        lines: ['rpm -q system-release', 'dnf check-release-update'],
        note: 'The system-release version (e.g. 2023.12.20260608) is also the repository release dnf is locked to. check-release-update reports whether a newer release exists (fact base: AL2022 release notes, verified).',
        sources: ['aws-al2023-deterministic-upgrades-usage', 'aws-al2023-spal'],
      },
      rhel7: {
        kind: 'command',
        lines: ['cat /etc/redhat-release', 'rpm -qf /etc/redhat-release'],
        note: 'On RHEL 7 the release package is named after the variant (redhat-release-server, redhat-release-workstation, redhat-release-client …), so rpm -q redhat-release reports that no such package is installed. Asking which package owns /etc/redhat-release works on every variant.',
        sources: ['ansible-fixture-rhel77', 'nodesource-distributions-453'],
      },
      rhel8: {
        kind: 'command',
        lines: ['cat /etc/redhat-release', 'rpm -q redhat-release'],
        sources: ['osbuild-civ-test-aws'],
      },
      rhel9: {
        kind: 'command',
        lines: ['cat /etc/redhat-release', 'rpm -q redhat-release'],
        sources: ['osbuild-civ-test-aws'],
      },
      rhel10: {
        kind: 'command',
        lines: ['cat /etc/redhat-release', 'rpm -q redhat-release'],
        sources: ['osbuild-civ-test-aws'],
      },
    },
    notes: [
      'On AL2023 the release version is part of package-manager behaviour: dnf only sees the repository snapshot named by system-release unless told otherwise.',
      'RHEL minor versions (9.4, 9.6 ...) appear in VERSION_ID and redhat-release; Amazon Linux AL2/AL2023 have no such minor number in VERSION_ID.',
    ],
    sources: [
      'aws-ec2-amazon-linux-basics-2018',
      'aws-al2023-deterministic-upgrades-usage',
      'osbuild-civ-test-aws',
      'nodesource-distributions-453',
    ],
    related: ['show-os-release', 'pin-os-release', 'check-for-updates'],
    aliases: ['image-id', 'system-release', 'minor version', 'release version', '2023.x'],
    verification:
      "AWS pages for AL1/AL2/AL2023 (primary). RHEL 8 and later use the redhat-release package, required in RHEL AMIs per Red Hat's image tests (secondary). RHEL 7's per-variant package names come from user reports of redhat-release-server and redhat-release-client (secondary); rpm -qf needs no package name.",
  },
  {
    id: 'show-kernel-version',
    title: 'Show the running kernel version',
    category: 'identify',
    summary: 'uname -r everywhere; the suffix reveals the lineage.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['uname -r'],
        note: 'Example: 4.14.x-...amzn1.x86_64.',
        sources: ['ansible-fixture-al2018'],
      },
      al2: {
        kind: 'command',
        lines: ['uname -r'],
        note: 'AL2 AMIs ship 4.14 or 5.10 (AWS recommends 5.10); strings end in .amzn2.',
        sources: ['aws-al2-kernel', 'ansible-fixture-al2'],
      },
      al2023: {
        kind: 'command',
        lines: ['uname -r'],
        note: '6.1, 6.12 or 6.18 lines; strings end in .amzn2023. Since 2026-08-17 new instances from the default AMI boot 6.18.',
        sources: ['aws-al2023-kernel-update'],
      },
      rhel7: {
        kind: 'command',
        lines: ['uname -r'],
        note: '3.10.0-*.el7.',
        sources: ['ansible-fixture-rhel77'],
      },
      rhel8: {
        kind: 'command',
        lines: ['uname -r'],
        note: '4.18.0-*.el8.',
        sources: ['centos-stream-kernel-branches'],
      },
      rhel9: {
        kind: 'command',
        lines: ['uname -r'],
        note: '5.14.0-*.el9.',
        sources: ['centos-stream-kernel-branches'],
      },
      rhel10: {
        kind: 'command',
        lines: ['uname -r'],
        note: '6.12.0-*.el10.',
        sources: ['ctrliq-kernel-el10'],
      },
    },
    notes: [
      'Amazon Linux kernels are Amazon builds of kernel.org LTS lines, not RHEL kernels; identical major numbers (AL2023 6.12 vs RHEL 10 6.12.0) do not mean identical kernels.',
    ],
    sources: [
      'aws-al2023-kernel-update',
      'aws-al2-kernel',
      'ansible-fixture-al2018',
      'ansible-fixture-rhel77',
      'centos-stream-kernel-branches',
      'ctrliq-kernel-el10',
    ],
    related: ['install-kernel-headers', 'list-installed-kernels'],
    aliases: ['uname', 'kernel version'],
    verification: 'uname -r documented in AWS AL2023 kernel FAQ (primary). Version bases from the fact base (mixed).',
  },
  {
    id: 'detect-distro-in-script',
    title: 'Detect the distribution and version in a shell script',
    category: 'identify',
    summary: 'Source /etc/os-release and branch on ID and VERSION_ID.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['. /etc/os-release', 'echo "$ID $VERSION_ID"'],
        shellcheckExceptions: [{ code: 'SC1091', reason: SOURCED_ON_TARGET }],
        sources: ['aws-al2-ident-os-release'],
      },
      al2: {
        kind: 'command',
        lines: ['. /etc/os-release', 'echo "$ID $VERSION_ID"'],
        shellcheckExceptions: [{ code: 'SC1091', reason: SOURCED_ON_TARGET }],
        sources: ['aws-al2-ident-os-release'],
      },
      al2023: {
        kind: 'command',
        lines: ['. /etc/os-release', 'echo "$ID $VERSION_ID"'],
        shellcheckExceptions: [{ code: 'SC1091', reason: SOURCED_ON_TARGET }],
        sources: ['aws-al2-ident-os-release'],
      },
      rhel7: {
        kind: 'command',
        lines: ['. /etc/os-release', 'echo "$ID $VERSION_ID"'],
        shellcheckExceptions: [{ code: 'SC1091', reason: SOURCED_ON_TARGET }],
        sources: ['aws-al2-ident-os-release'],
      },
      rhel8: {
        kind: 'command',
        lines: ['. /etc/os-release', 'echo "$ID $VERSION_ID"'],
        shellcheckExceptions: [{ code: 'SC1091', reason: SOURCED_ON_TARGET }],
        sources: ['aws-al2-ident-os-release'],
      },
      rhel9: {
        kind: 'command',
        lines: ['. /etc/os-release', 'echo "$ID $VERSION_ID"'],
        shellcheckExceptions: [{ code: 'SC1091', reason: SOURCED_ON_TARGET }],
        sources: ['aws-al2-ident-os-release'],
      },
      rhel10: {
        kind: 'command',
        lines: ['. /etc/os-release', 'echo "$ID $VERSION_ID"'],
        shellcheckExceptions: [{ code: 'SC1091', reason: SOURCED_ON_TARGET }],
        sources: ['aws-al2-ident-os-release'],
      },
    },
    notes: [
      'Values: AL1 amzn 2018.03, AL2 amzn 2, AL2023 amzn 2023, RHEL rhel 7.x/8.x/9.x/10.x.',
      "Sourcing runs the file as shell code. That is fine for the local /etc/os-release, but not for a file copied from another machine; the 'Identify a system' guide page has a script that reads the file as data instead.",
      "Never infer a RHEL major version from Amazon Linux: AL2023's ID_LIKE is only fedora, and Ansible reports ansible_distribution 'Amazon' with ansible_os_family 'RedHat'.",
    ],
    sources: ['aws-al2-ident-os-release', 'teleport-autodiscover-test'],
    related: ['show-os-release'],
    aliases: ['os-release', 'ID', 'VERSION_ID', 'script', 'ansible_distribution'],
    verification: "Pattern recommended by AWS's identification pages (primary); value table from the fact base.",
  },
  {
    id: 'install-package',
    title: 'Install a package',
    category: 'packages',
    summary: 'yum on AL1/AL2/RHEL 7, dnf on AL2023 and RHEL 8+.',
    placeholders: {
      package: 'package name, e.g. httpd',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo yum install {{package}}'],
        sources: ['aws-ec2-amazon-linux-basics-2018'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum install {{package}}'],
        sources: ['aws-ec2-amazon-linux-basics-2018'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf install {{package}}'],
        sources: ['aws-al2027-package-management', 'aws-al2023-spal'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum install {{package}}'],
        sources: ['redhat-yum-cheatsheet'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf install {{package}}'],
        sources: ['redhat-rhel9-dnf-commands', 'dnf-command-ref'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf install {{package}}'],
        sources: ['redhat-rhel9-dnf-commands', 'dnf-command-ref'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf install {{package}}'],
        sources: ['redhat-rhel9-dnf-commands', 'dnf-command-ref'],
      },
    },
    notes: [
      'On AL2023, RHEL 8, 9 and 10 the yum command is an alias for dnf, so old scripts keep working.',
      'AL2023 installs from the repository snapshot it is locked to, not from the newest release.',
    ],
    sources: [
      'aws-ec2-amazon-linux-basics-2018',
      'aws-al2027-package-management',
      'aws-al2023-spal',
      'redhat-rhel9-dnf-commands',
      'dnf-command-ref',
      'redhat-yum-cheatsheet',
    ],
    related: ['remove-package', 'search-packages', 'check-for-updates'],
    aliases: ['yum install', 'dnf install'],
    verification:
      'AWS documents yum install (AL1/AL2) and dnf install (AL2023, via the SPAL tutorial and the AL2027 page stating AL2023 day-to-day commands). RHEL: Red Hat DNF guide. High confidence.',
  },
  {
    id: 'remove-package',
    title: 'Remove a package',
    category: 'packages',
    summary: 'yum remove / dnf remove.',
    placeholders: {
      package: 'package name',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo yum remove {{package}}'],
        sources: ['aws-ec2-amazon-linux-basics-2018', 'yum-man'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum remove {{package}}'],
        sources: ['aws-ec2-amazon-linux-basics-2018', 'yum-man'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf remove {{package}}'],
        sources: ['aws-al2027-package-management', 'aws-al2023-spal'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum remove {{package}}'],
        sources: ['yum-man'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf remove {{package}}'],
        sources: ['dnf-command-ref'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf remove {{package}}'],
        sources: ['dnf-command-ref'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf remove {{package}}'],
        sources: ['dnf-command-ref'],
      },
    },
    notes: [
      'Removing a package does not remove dependencies pulled in for it unless you also run autoremove; review the transaction before confirming.',
    ],
    sources: ['aws-ec2-amazon-linux-basics-2018', 'aws-al2023-spal', 'aws-al2027-package-management', 'dnf-command-ref', 'yum-man'],
    related: ['install-package'],
    aliases: ['yum erase', 'dnf erase', 'uninstall'],
    verification:
      'AWS shows yum remove (AL2 Extras section) and dnf remove (SPAL tutorial, AL2027 page). RHEL from dnf/yum upstream references.',
  },
  {
    id: 'search-packages',
    title: 'Search the repositories for a package',
    category: 'packages',
    summary: 'Search names and summaries.',
    placeholders: {
      term: 'word to search for',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['yum search {{term}}'],
        sources: ['aws-ec2-find-software'],
      },
      al2: {
        kind: 'command',
        lines: ['yum search {{term}}'],
        sources: ['aws-ec2-find-software'],
      },
      al2023: {
        kind: 'command',
        lines: ['dnf search {{term}}'],
        sources: ['aws-al2027-package-management'],
      },
      rhel7: {
        kind: 'command',
        lines: ['yum search {{term}}'],
        sources: ['redhat-yum-cheatsheet'],
      },
      rhel8: {
        kind: 'command',
        lines: ['dnf search {{term}}'],
        sources: ['dnf-command-ref'],
      },
      rhel9: {
        kind: 'command',
        lines: ['dnf search {{term}}'],
        sources: ['redhat-rhel9-dnf-search'],
      },
      rhel10: {
        kind: 'command',
        lines: ['dnf search {{term}}'],
        sources: ['redhat-rhel10-dnf-search'],
      },
    },
    notes: ['Add --all (dnf) to include descriptions; on AL2023 results come only from the locked repository release.'],
    sources: [
      'aws-ec2-find-software',
      'redhat-rhel9-dnf-search',
      'redhat-rhel10-dnf-search',
      'redhat-yum-cheatsheet',
      'aws-al2027-package-management',
    ],
    related: ['show-package-info', 'which-package-provides-file'],
    aliases: ['yum search', 'dnf search', 'find package'],
    verification: 'Primary for all except RHEL 8, which follows the dnf command reference.',
  },
  {
    id: 'show-package-info',
    title: 'Show details about a package',
    category: 'packages',
    summary: 'yum info / dnf info; AL2023 adds a support-statement plugin.',
    placeholders: {
      package: 'package name',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['yum info {{package}}'],
        note: 'Same yum 3 command as RHEL 7; not shown on an AWS page.',
        sources: ['redhat-yum-cheatsheet'],
      },
      al2: {
        kind: 'command',
        lines: ['yum info {{package}}'],
        note: 'Same yum 3 command as RHEL 7; not shown on an AWS page.',
        sources: ['redhat-yum-cheatsheet'],
      },
      al2023: {
        kind: 'command',
        lines: ['dnf info {{package}}', 'dnf supportinfo --pkg {{package}}'],
        note: "supportinfo is an AL2023-specific dnf plugin that prints AWS's support statement for the package (fact base; the plugin appears in AL2023's loaded-plugin list).",
        sources: ['dnf-command-ref', 'aws-al2023-issue-745'],
      },
      rhel7: {
        kind: 'command',
        lines: ['yum info {{package}}'],
        sources: ['redhat-yum-cheatsheet'],
      },
      rhel8: {
        kind: 'command',
        lines: ['dnf info {{package}}'],
        sources: ['dnf-command-ref'],
      },
      rhel9: {
        kind: 'command',
        lines: ['dnf info {{package}}'],
        sources: ['redhat-rhel9-dnf-search'],
      },
      rhel10: {
        kind: 'command',
        lines: ['dnf info {{package}}'],
        sources: ['redhat-rhel10-dnf-search'],
      },
    },
    notes: [],
    sources: ['redhat-yum-cheatsheet', 'dnf-command-ref', 'redhat-rhel9-dnf-search', 'aws-al2023-issue-745'],
    related: ['search-packages', 'list-installed-packages'],
    aliases: ['yum info', 'dnf info', 'supportinfo'],
    verification:
      'Standard yum/dnf usage (Red Hat cheat sheet and DNF reference). AL1/AL2 use the same yum 3 tool; not separately shown by AWS.',
  },
  {
    id: 'list-installed-packages',
    title: 'List installed packages',
    category: 'packages',
    summary: 'yum list installed, dnf list --installed, or rpm -qa anywhere.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['yum list installed'],
        note: "AWS uses 'yum list installed' in its Extras removal recipe; rpm -qa also works.",
        sources: ['aws-ec2-amazon-linux-basics-2018'],
      },
      al2: {
        kind: 'command',
        lines: ['yum list installed'],
        sources: ['aws-ec2-amazon-linux-basics-2018'],
      },
      al2023: {
        kind: 'command',
        lines: ['dnf list --installed'],
        sources: ['dnf-command-ref', 'aws-al2027-package-management'],
      },
      rhel7: {
        kind: 'command',
        lines: ['yum list installed'],
        sources: ['redhat-yum-cheatsheet'],
      },
      rhel8: {
        kind: 'command',
        lines: ['dnf list --installed'],
        sources: ['dnf-command-ref'],
      },
      rhel9: {
        kind: 'command',
        lines: ['dnf list --installed'],
        sources: ['redhat-rhel9-dnf-commands', 'dnf-command-ref'],
      },
      rhel10: {
        kind: 'command',
        lines: ['dnf list --installed'],
        sources: ['redhat-rhel10-dnf-search'],
      },
    },
    notes: ['rpm -qa prints the same set without repository information and is identical on every release.'],
    sources: [
      'aws-ec2-amazon-linux-basics-2018',
      'redhat-yum-cheatsheet',
      'dnf-command-ref',
      'redhat-rhel9-dnf-commands',
      'rocky-docs-rpm',
    ],
    related: ['which-package-owns-file'],
    aliases: ['rpm -qa', 'installed packages'],
    verification: 'Primary/upstream command references. High confidence.',
  },
  {
    id: 'which-package-owns-file',
    title: 'Find which installed package owns a file',
    category: 'packages',
    summary: 'rpm -qf works identically on every release.',
    placeholders: {
      path: 'absolute path of an installed file, e.g. /usr/bin/curl',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['rpm -qf {{path}}'],
        sources: ['rocky-docs-rpm'],
      },
      al2: {
        kind: 'command',
        lines: ['rpm -qf {{path}}'],
        sources: ['rocky-docs-rpm'],
      },
      al2023: {
        kind: 'command',
        lines: ['rpm -qf {{path}}'],
        sources: ['rocky-docs-rpm'],
      },
      rhel7: {
        kind: 'command',
        lines: ['rpm -qf {{path}}'],
        sources: ['rocky-docs-rpm'],
      },
      rhel8: {
        kind: 'command',
        lines: ['rpm -qf {{path}}'],
        sources: ['rocky-docs-rpm'],
      },
      rhel9: {
        kind: 'command',
        lines: ['rpm -qf {{path}}'],
        sources: ['rocky-docs-rpm'],
      },
      rhel10: {
        kind: 'command',
        lines: ['rpm -qf {{path}}'],
        sources: ['rocky-docs-rpm'],
      },
    },
    notes: ['All seven releases use RPM, so the query is the same; for files that are not installed see which-package-provides-file.'],
    sources: ['rocky-docs-rpm'],
    related: ['which-package-provides-file', 'list-installed-packages'],
    aliases: ['rpm -qf', 'owner of file', 'whatprovides'],
    verification: 'Standard RPM query; only a secondary example was retrieved (no RPM man page fetched). Very low risk.',
  },
  {
    id: 'which-package-provides-file',
    title: 'Find which package would provide a file or command that is not installed',
    category: 'packages',
    summary: 'yum provides / dnf provides search repository file lists.',
    placeholders: {
      path: "file path or glob, e.g. '*/bin/dig' or /usr/bin/dig",
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ["yum provides '{{path}}'"],
        sources: ['redhat-yum-cheatsheet', 'yum-man'],
      },
      al2: {
        kind: 'command',
        lines: ["yum provides '{{path}}'"],
        sources: ['redhat-yum-cheatsheet', 'yum-man'],
      },
      al2023: {
        kind: 'command',
        lines: ["dnf provides '{{path}}'"],
        sources: ['dnf-command-ref'],
      },
      rhel7: {
        kind: 'command',
        lines: ["yum provides '{{path}}'"],
        sources: ['redhat-yum-cheatsheet'],
      },
      rhel8: {
        kind: 'command',
        lines: ["dnf provides '{{path}}'"],
        sources: ['dnf-command-ref'],
      },
      rhel9: {
        kind: 'command',
        lines: ["dnf provides '{{path}}'"],
        sources: ['redhat-rhel9-dnf-search'],
      },
      rhel10: {
        kind: 'command',
        lines: ["dnf provides '{{path}}'"],
        sources: ['redhat-rhel10-dnf-search'],
      },
    },
    notes: [
      'Quote globs so the shell does not expand them. On AL2023 the search covers only the locked release (add --releasever=latest to look ahead).',
    ],
    sources: ['redhat-yum-cheatsheet', 'yum-man', 'dnf-command-ref', 'redhat-rhel9-dnf-search', 'redhat-rhel10-dnf-search'],
    related: ['which-package-owns-file', 'search-packages'],
    aliases: ['whatprovides', 'provides', 'command not found'],
    verification:
      'Red Hat cheat sheet shows yum provides "*bin/top"; RHEL 9/10 guides show dnf provides <file_name>. AL1/AL2 use the same yum 3.',
  },
  {
    id: 'download-source-rpm',
    title: 'Download the source RPM of a package',
    category: 'packages',
    summary: 'yumdownloader on yum systems, dnf download --source on dnf systems.',
    placeholders: {
      package: 'package name',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['yumdownloader --source {{package}}'],
        sources: ['aws-ec2-compile-software'],
      },
      al2: {
        kind: 'command',
        lines: ['yumdownloader --source {{package}}'],
        sources: ['aws-ec2-amazon-linux-basics-2018'],
      },
      al2023: {
        kind: 'command',
        lines: ['dnf download --source {{package}}'],
        note: 'AWS shows this for SPAL packages; the matching -source repository is enabled automatically.',
        sources: ['aws-al2023-spal'],
      },
      rhel7: {
        kind: 'command',
        lines: ['yumdownloader --source {{package}}'],
        note: 'Needs yum-utils and an enabled source repository; whether source repositories are reachable on RHEL AMIs (RHUI) was not verified.',
        sources: ['yum-man'],
      },
      rhel8: {
        kind: 'command',
        lines: ['dnf download --source {{package}}'],
        note: 'Needs dnf-plugins-core and a source repository; availability via RHUI not verified.',
        sources: ['dnf-command-ref'],
      },
      rhel9: {
        kind: 'command',
        lines: ['dnf download --source {{package}}'],
        note: 'Same caveat as RHEL 8.',
        sources: ['dnf-command-ref'],
      },
      rhel10: {
        kind: 'command',
        lines: ['dnf download --source {{package}}'],
        note: 'Same caveat as RHEL 8.',
        sources: ['dnf-command-ref'],
      },
    },
    notes: [],
    sources: ['aws-ec2-compile-software', 'aws-ec2-amazon-linux-basics-2018', 'aws-al2023-spal', 'dnf-command-ref'],
    related: ['install-development-tools'],
    aliases: ['srpm', 'source package', 'yumdownloader'],
    verification: 'Amazon Linux rows primary (AWS). RHEL rows follow tool documentation; repository access on RHEL AMIs unverified.',
  },
  {
    id: 'list-repositories',
    title: 'List enabled and disabled repositories',
    category: 'repositories',
    summary: 'yum repolist all / dnf repolist --all.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['yum repolist all'],
        note: 'Default enabled repos: amzn-main and amzn-updates.',
        sources: ['aws-ec2-add-repositories'],
      },
      al2: {
        kind: 'command',
        lines: ['yum repolist all'],
        note: 'Default enabled repos: amzn2-core and amzn2extra-docker.',
        sources: ['aws-ec2-add-repositories', 'aws-ec2-managing-software'],
      },
      al2023: {
        kind: 'command',
        lines: ['dnf repolist --all'],
        note: 'Core repo id is amazonlinux; SPAL adds amazonlinux-spal (+ -source, -debuginfo).',
        sources: ['aws-al2023-spal', 'aws-al2023-deterministic-upgrades-usage'],
      },
      rhel7: {
        kind: 'command',
        lines: ['yum repolist all'],
        sources: ['redhat-yum-cheatsheet'],
      },
      rhel8: {
        kind: 'command',
        lines: ['dnf repolist --all'],
        sources: ['dnf-command-ref'],
      },
      rhel9: {
        kind: 'command',
        lines: ['dnf repolist --all'],
        sources: ['redhat-rhel9-dnf-commands'],
      },
      rhel10: {
        kind: 'command',
        lines: ['dnf repolist --all'],
        sources: ['redhat-rhel10-dnf-search'],
      },
    },
    notes: [
      'On RHEL AMIs in EC2 the repositories come from Red Hat Update Infrastructure (RHUI), so repo ids differ from subscription-manager ids such as rhel-9-for-x86_64-baseos-rpms (secondary evidence).',
    ],
    sources: [
      'aws-ec2-add-repositories',
      'aws-ec2-managing-software',
      'aws-al2023-spal',
      'redhat-rhel9-dnf-commands',
      'gist-rhel8-ec2-rhui',
      'osbuild-civ-test-aws',
    ],
    related: ['enable-disable-repository', 'add-repository', 'repo-definition-files'],
    aliases: ['repolist', 'repositories', 'repos'],
    verification:
      'AWS documents yum repolist all and dnf repolist --all (primary). RHEL RHUI note from Red Hat image tests (rh-amazon-rhui-client required) and a user capture (secondary).',
  },
  {
    id: 'enable-disable-repository',
    title: 'Enable or disable a configured repository',
    category: 'repositories',
    summary: 'yum-config-manager on yum systems; dnf config-manager or subscription-manager on dnf systems.',
    placeholders: {
      'repo-id': 'repository id as shown by repolist',
      state: 'enable or disable',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo yum-config-manager --{{state}} {{repo-id}}'],
        sources: ['aws-ec2-add-repositories'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum-config-manager --{{state}} {{repo-id}}'],
        note: 'Extras topics are managed with amazon-linux-extras instead (see amazon-linux-extras task).',
        sources: ['aws-ec2-add-repositories'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf config-manager --{{state}} {{repo-id}}'],
        note: 'AL2023 runs DNF 4 with the config-manager plugin loaded (plugin list in issue #745); DNF 4 accepts --enable/--disable as aliases of --set-enabled/--set-disabled.',
        sources: ['dnf-config-manager-man', 'aws-al2023-issue-745'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum-config-manager --{{state}} {{repo-id}}'],
        note: 'For Red Hat CDN repos on RHSM-registered systems use: sudo subscription-manager repos --{{state}}={{repo-id}}. RHUI-based AMIs do not use subscription-manager.',
        sources: ['aws-ec2-add-repositories', 'checkmk-epel'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf config-manager --{{state}} {{repo-id}}'],
        note: 'Upstream warns config-manager can misbehave on repos generated by subscription-manager; on RHSM systems use: sudo subscription-manager repos --enable {{repo-id}}.',
        sources: ['dnf-config-manager-man'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf config-manager --{{state}} {{repo-id}}'],
        note: 'Same subscription-manager caveat as RHEL 8.',
        sources: ['dnf-config-manager-man'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf config-manager --{{state}} {{repo-id}}'],
        note: 'RHEL 10 still uses DNF 4, so the dnf4 config-manager syntax applies.',
        sources: ['dnf-config-manager-man', 'dnf-plugins-core-pr-572'],
      },
    },
    notes: [
      'A one-off alternative on every dnf/yum release: add --enablerepo={{repo-id}} to a single install command.',
      'Fedora 41 and later ship DNF5, whose config-manager takes subcommands: there the line is dnf config-manager setopt <repo-id>.enabled=1.',
    ],
    sources: ['aws-ec2-add-repositories', 'dnf-config-manager-man', 'dnf5-config-manager', 'dnf-plugins-core-pr-572', 'checkmk-epel'],
    related: ['list-repositories', 'add-repository'],
    aliases: ['yum-config-manager', 'config-manager', '--set-enabled', 'subscription-manager repos'],
    verification:
      'AL1/AL2 primary (AWS). dnf4 syntax from upstream man page (copy). RHEL 10 = DNF 4 per dnf/dnf-plugins-core upstream PRs (secondary but from maintainers). Fedora DNF5 syntax from upstream docs.',
  },
  {
    id: 'add-repository',
    title: 'Add a third-party repository from a .repo URL',
    category: 'repositories',
    summary: 'Download a .repo definition into /etc/yum.repos.d.',
    placeholders: {
      'repo-url': 'URL of a .repo file',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo yum-config-manager --add-repo {{repo-url}}'],
        sources: ['aws-ec2-add-repositories'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum-config-manager --add-repo {{repo-url}}'],
        sources: ['aws-ec2-add-repositories'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf config-manager --add-repo {{repo-url}}'],
        note: 'Third-party repos written for EL8/EL9 often use $releasever; on AL2023 that expands to a value like 2023.x.YYYYMMDD, so pick a repo built for Amazon Linux 2023.',
        sources: ['dnf-config-manager-man'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum-config-manager --add-repo {{repo-url}}'],
        sources: ['aws-ec2-add-repositories', 'yum-man'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf config-manager --add-repo {{repo-url}}'],
        sources: ['dnf-config-manager-man'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf config-manager --add-repo {{repo-url}}'],
        sources: ['dnf-config-manager-man'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf config-manager --add-repo {{repo-url}}'],
        note: 'Valid: RHEL 10 keeps DNF 4. A claim that RHEL 10 dropped --add-repo (DNF5) was found and is contradicted by upstream.',
        sources: ['dnf-config-manager-man', 'dnf-plugins-core-pr-572', 'dnf-pr-2229'],
      },
    },
    notes: [
      'Review any third-party repository before adding it: its packages are not supported by AWS or Red Hat.',
      'Fedora 41 and later ship DNF5, which replaced --add-repo with the addrepo subcommand (dnf config-manager addrepo --from-repofile=<url>).',
    ],
    sources: [
      'aws-ec2-add-repositories',
      'dnf-config-manager-man',
      'dnf5-config-manager',
      'dnf-plugins-core-pr-572',
      'dnf-pr-2229',
      'vvmela-dnf5-pr-126',
    ],
    related: ['enable-disable-repository', 'enable-epel'],
    aliases: ['add repo', '--add-repo', 'addrepo', 'yum.repos.d'],
    verification:
      'AWS primary for yum-config-manager. dnf4/dnf5 syntaxes from upstream docs. Source conflict resolved for RHEL 10 in favour of upstream maintainers.',
  },
  {
    id: 'enable-epel',
    title: 'Enable EPEL (Extra Packages for Enterprise Linux)',
    category: 'repositories',
    summary: 'Differs on every release; AL2023 has no EPEL at all.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo yum-config-manager --enable epel'],
        note: 'The EPEL definition ships with the Amazon Linux AMI but is disabled. AL1 itself is end-of-life.',
        sources: ['aws-ec2-amazon-linux-basics-2018', 'aws-ec2-add-repositories'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo amazon-linux-extras install epel'],
        note: 'Older AWS docs install https://dl.fedoraproject.org/pub/epel/epel-release-latest-7.noarch.rpm instead. EPEL 7 has been unmaintained since 2024-06-30 and AL2 reached end of support on 2026-06-30.',
        sources: ['aws-al2-extras', 'aws-ec2-amazon-linux-basics-2018'],
      },
      al2023: {
        kind: 'unavailable',
        lines: ['sudo dnf install spal-release'],
        reason: 'AWS states AL2023 supports neither EPEL nor EPEL-like repositories.',
        instead:
          "Use the namespaced packages in the AL2023 core repository, or AWS's Supplementary Packages for Amazon Linux (SPAL) repository (AL2023 2023.9.20251117 or later), which carries thousands of extra packages with a reduced support level.",
        sources: ['aws-al2023-epel', 'aws-al2023-spal'],
      },
      rhel7: {
        kind: 'unavailable',
        reason: 'EPEL 7 stopped being maintained on 2024-06-30 together with the end of RHEL 7 Maintenance Support.',
        instead: 'Rebuild or vendor the packages you need, or migrate to a supported RHEL release.',
        sources: ['aws-al2-extras'],
      },
      rhel8: {
        kind: 'command',
        lines: [
          'sudo subscription-manager repos --enable "codeready-builder-for-rhel-8-$(arch)-rpms"',
          'sudo dnf install https://dl.fedoraproject.org/pub/epel/epel-release-latest-8.noarch.rpm',
        ],
        note: 'Secondary sources. On RHUI-based AMIs the CodeReady Builder repo id differs; find it with: dnf repolist --all',
        sources: ['gist-rhel8-epel', 'checkmk-epel'],
      },
      rhel9: {
        kind: 'command',
        lines: [
          'sudo subscription-manager repos --enable "codeready-builder-for-rhel-9-$(arch)-rpms"',
          'sudo dnf install https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm',
        ],
        note: 'Secondary sources; same RHUI caveat.',
        sources: ['checkmk-epel'],
      },
      rhel10: {
        kind: 'command',
        lines: [
          'sudo subscription-manager repos --enable "codeready-builder-for-rhel-10-$(arch)-rpms"',
          'sudo dnf install https://dl.fedoraproject.org/pub/epel/epel-release-latest-10.noarch.rpm',
        ],
        note: 'Secondary sources; same RHUI caveat.',
        sources: ['secureblue-rhel10-epel', 'checkmk-epel'],
      },
      'centos-stream9': {
        kind: 'command',
        lines: ['sudo dnf config-manager --set-enabled crb', 'sudo dnf install epel-release'],
        note: 'CentOS Stream ships epel-release in its own extras; secondary source.',
        sources: ['checkmk-epel'],
      },
    },
    notes: [
      'EPEL packages are community-maintained and not supported by AWS or Red Hat.',
      "AL2's compatibility with EPEL 7 comes from its closeness to CentOS 7; that is exactly what AL2023 dropped.",
    ],
    sources: [
      'aws-ec2-amazon-linux-basics-2018',
      'aws-ec2-add-repositories',
      'aws-al2-extras',
      'aws-al2023-epel',
      'aws-al2023-spal',
      'checkmk-epel',
      'secureblue-rhel10-epel',
      'gist-rhel8-epel',
    ],
    related: ['amazon-linux-extras', 'add-repository'],
    aliases: ['epel', 'epel-release', 'crb', 'codeready builder', 'powertools', 'spal'],
    verification:
      'Amazon Linux rows primary (AWS). RHEL/CentOS rows come from secondary sources (no Fedora EPEL page retrieved); the RHUI repo-id caveat is unverified detail.',
  },
  {
    id: 'amazon-linux-extras',
    title: 'Install an optional software stream (amazon-linux-extras / SPAL)',
    category: 'repositories',
    summary: "AL2's Extras Library has no equivalent on other releases; AL2023 offers namespaced packages and SPAL.",
    placeholders: {
      topic: 'Extras topic name as shown by amazon-linux-extras list',
    },
    variants: {
      al1: {
        kind: 'unavailable',
        reason: 'The Extras Library was introduced with Amazon Linux 2.',
        instead: 'AL1 exposed alternative versions as separately named packages in its normal repositories (e.g. python34).',
        sources: ['aws-ec2-amazon-linux-basics-2018', 'poise-python-pr-40'],
      },
      al2: {
        kind: 'command',
        lines: ['amazon-linux-extras list', 'sudo amazon-linux-extras install {{topic}}'],
        note: "Topics sit outside AL2's long-term support; 'sudo amazon-linux-extras disable {{topic}}' hides a topic again.",
        sources: ['aws-ec2-amazon-linux-basics-2018', 'aws-al2-extras'],
      },
      al2023: {
        kind: 'unavailable',
        lines: ['sudo dnf install spal-release'],
        reason: 'AL2023 does not include amazon-linux-extras; AWS calls it end-of-life.',
        instead:
          "Install namespaced versions directly from the core repository (e.g. python3.12, nodejs22, postgresql17) or enable SPAL with 'sudo dnf install spal-release'.",
        sources: ['aws-al2-prepare-for-al2023', 'aws-al2023-spal', 'aws-al2023-relnotes-20260608'],
      },
      rhel7: {
        kind: 'unavailable',
        reason: 'amazon-linux-extras is an Amazon Linux 2 tool.',
        instead: "Use Red Hat's own repositories (e.g. Software Collections on RHEL 7).",
        sources: ['aws-al2-extras'],
      },
      rhel8: {
        kind: 'unavailable',
        reason: 'amazon-linux-extras is an Amazon Linux 2 tool.',
        instead: 'Use Red Hat Application Streams from the AppStream repository.',
        sources: ['aws-al2-extras', 'redhat-rhel9-dnf-commands'],
      },
      rhel9: {
        kind: 'unavailable',
        reason: 'amazon-linux-extras is an Amazon Linux 2 tool.',
        instead: 'Use Red Hat Application Streams from the AppStream repository.',
        sources: ['aws-al2-extras', 'redhat-rhel9-dnf-commands'],
      },
      rhel10: {
        kind: 'unavailable',
        reason: 'amazon-linux-extras is an Amazon Linux 2 tool.',
        instead: "Use the packages in RHEL 10's AppStream repository.",
        sources: ['aws-al2-extras'],
      },
    },
    notes: [
      'SPAL packages do not get the same support level as AL2023 core packages; read the support statement shown when spal-release is installed.',
    ],
    sources: [
      'aws-al2-extras',
      'aws-ec2-amazon-linux-basics-2018',
      'aws-al2-prepare-for-al2023',
      'aws-al2023-spal',
      'aws-al2023-relnotes-20260608',
    ],
    related: ['enable-epel', 'install-python-alternative'],
    aliases: ['amazon-linux-extras', 'extras', 'topics', 'spal', 'supplementary packages'],
    verification:
      "All Amazon Linux statements primary (AWS). RHEL rows are 'unavailable' by definition; the pointer to AppStream is general guidance.",
  },
  {
    id: 'repo-definition-files',
    title: 'Find where repository definitions are stored',
    category: 'repositories',
    summary: "All releases read /etc/yum.repos.d; dnf/yum -v repolist prints each repo's file.",
    variants: {
      al1: {
        kind: 'command',
        lines: ['ls /etc/yum.repos.d/', 'yum -v repolist'],
        note: 'The exact file names for amzn-main/amzn-updates were not verified; the verbose listing prints them.',
        sources: ['aws-ec2-add-repositories'],
      },
      al2: {
        kind: 'command',
        lines: ['cat /etc/yum.repos.d/amzn2-core.repo'],
        note: 'File name from community scripts (secondary); repo id amzn2-core is documented by AWS.',
        sources: ['aws-ec2-managing-software'],
      },
      al2023: {
        kind: 'command',
        lines: ['cat /etc/yum.repos.d/amazonlinux.repo'],
        note: 'AWS shows this file with the repository ids amazonlinux and kernel-livepatch; the NVIDIA and SPAL repositories come from their own release packages.',
        sources: ['aws-al2023-repo-metadata-signing', 'aws-al2023-spal'],
      },
      rhel7: {
        kind: 'command',
        lines: ['ls /etc/yum.repos.d/', 'yum -v repolist'],
        note: 'RHSM-registered systems use redhat.repo; RHUI-based AMIs use files installed by rh-amazon-rhui-client (names not verified).',
        sources: ['yum-man'],
      },
      rhel8: {
        kind: 'command',
        lines: ['ls /etc/yum.repos.d/', 'dnf repolist -v'],
        sources: ['dnf-command-ref', 'osbuild-civ-test-aws'],
      },
      rhel9: {
        kind: 'command',
        lines: ['ls /etc/yum.repos.d/', 'dnf repolist -v'],
        sources: ['dnf-command-ref', 'osbuild-civ-test-aws'],
      },
      rhel10: {
        kind: 'command',
        lines: ['ls /etc/yum.repos.d/', 'dnf repolist -v'],
        sources: ['dnf-command-ref', 'osbuild-civ-test-aws'],
      },
    },
    notes: ['Never edit RHSM-generated redhat.repo by hand; subscription-manager rewrites it.'],
    sources: [
      'aws-ec2-add-repositories',
      'aws-ec2-managing-software',
      'aws-al2023-repo-metadata-signing',
      'aws-al2023-spal',
      'dnf-command-ref',
      'osbuild-civ-test-aws',
    ],
    related: ['list-repositories', 'add-repository'],
    aliases: ['yum.repos.d', 'repo file', 'amzn2-core.repo', 'amazonlinux.repo', 'redhat.repo'],
    verification:
      'Directory universal; the AL2023 file is shown by AWS, the AL2 file name comes from community scripts, and AL1/RHEL file names are deliberately not asserted.',
  },
  {
    id: 'list-package-groups',
    title: 'List package groups',
    category: 'development',
    summary: 'yum grouplist / dnf group list.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['yum grouplist'],
        note: 'yum 3 command; AWS documents groups for Amazon Linux (Development Tools).',
        sources: ['redhat-yum-cheatsheet'],
      },
      al2: {
        kind: 'command',
        lines: ['yum grouplist'],
        sources: ['redhat-yum-cheatsheet'],
      },
      al2023: {
        kind: 'command',
        lines: ['dnf group list'],
        sources: ['dnf-command-ref'],
      },
      rhel7: {
        kind: 'command',
        lines: ['yum grouplist'],
        sources: ['redhat-yum-cheatsheet'],
      },
      rhel8: {
        kind: 'command',
        lines: ['dnf group list'],
        sources: ['dnf-command-ref'],
      },
      rhel9: {
        kind: 'command',
        lines: ['dnf group list'],
        sources: ['redhat-rhel9-dnf-commands'],
      },
      rhel10: {
        kind: 'command',
        lines: ['dnf group list'],
        sources: ['redhat-rhel10-dnf-groups'],
      },
    },
    notes: ['Add --hidden to see hidden groups; \'dnf group info "<group>"\' shows members.'],
    sources: ['redhat-yum-cheatsheet', 'dnf-command-ref', 'redhat-rhel10-dnf-groups'],
    related: ['install-development-tools'],
    aliases: ['grouplist', 'group list', 'comps'],
    verification: 'Red Hat cheat sheet and RHEL 10 DNF guide (primary). Amazon Linux uses the same tools.',
  },
  {
    id: 'install-development-tools',
    title: 'Install compilers and build tools ("Development Tools" group)',
    category: 'development',
    summary: 'Same group name everywhere except DNF5-based Fedora.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo yum groupinstall "Development Tools"'],
        sources: ['aws-ec2-compile-software'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum groupinstall "Development Tools"'],
        sources: ['aws-ec2-compile-software'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf group install "Development Tools"'],
        note: 'The group name is used by public AL2023 build scripts (secondary); not shown on an AWS AL2023 page.',
        sources: ['dnf-command-ref', 'eks-ami-pr-2345'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum groupinstall "Development Tools"'],
        sources: ['redhat-yum-cheatsheet'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf group install "Development Tools"'],
        sources: ['dnf-command-ref'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf group install "Development Tools"'],
        sources: ['redhat-rhel9-dnf-commands'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf group install "Development Tools"'],
        sources: ['redhat-rhel10-dnf-groups'],
      },
    },
    notes: ["'dnf groupinstall' remains accepted on DNF 4 systems; 'dnf group install' is the documented form."],
    sources: ['aws-ec2-compile-software', 'dnf-command-ref', 'redhat-rhel10-dnf-groups', 'redhat-yum-cheatsheet'],
    related: ['list-package-groups', 'install-kernel-headers', 'install-python3-devel'],
    aliases: ['Development Tools', 'gcc', 'make', 'build-essential', 'groupinstall'],
    verification:
      'AL1/AL2 primary (AWS). RHEL from Red Hat DNF guides. AL2023 group name from secondary scripts; Fedora DNF5 group id secondary.',
  },
  {
    id: 'install-kernel-headers',
    title: 'Install headers and devel files for the running kernel',
    category: 'kernel',
    summary: 'Package names follow the kernel line; on AL2023 6.12/6.18 they carry a version prefix.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo yum install "kernel-devel-$(uname -r)"'],
        note: 'AL1 kernel-devel packages follow the same kernel-devel-<version> naming (public kernel index, secondary).',
        sources: ['falco-kernel-crawler'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum install "kernel-devel-$(uname -r)"'],
        note: "Naming pattern as on RHEL 7 (AWS's amzn-drivers README); not on an AWS AL2 page. kernel-headers is not pinned to $(uname -r) here because its version on AL2 may not follow an Extras kernel (unverified).",
        sources: ['amzn-drivers-rpm-readme'],
      },
      al2023: {
        kind: 'command',
        lines: [
          'v=$(uname -r | cut -d. -f1,2); if [ "$v" = 6.1 ]; then p=kernel; else p=kernel$v; fi',
          'sudo dnf install "${p}-devel-$(uname -r)" "${p}-headers-$(uname -r)"',
        ],
        note: "AWS's own form for 6.12/6.18 is: version=$(uname -r | grep -oP '^\\d+\\.\\d+'); sudo dnf install -y kernel${version}-devel-$(uname -r) kernel${version}-headers-$(uname -r). The 6.1 kernel keeps the unprefixed names kernel-devel/kernel-headers. The two lines here combine both cases and must run in the same shell.",
        sources: ['aws-al2023-kernel-update', 'eks-ami-pr-2345'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum install "kernel-devel-$(uname -r)" "kernel-headers-$(uname -r)"'],
        sources: ['amzn-drivers-rpm-readme'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf install "kernel-devel-$(uname -r)" "kernel-headers-$(uname -r)"'],
        sources: ['amzn-drivers-rpm-readme'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf install "kernel-devel-$(uname -r)" "kernel-headers-$(uname -r)"'],
        sources: ['amzn-drivers-rpm-readme'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf install "kernel-devel-$(uname -r)" "kernel-headers-$(uname -r)"'],
        note: "AWS's README covers RHEL 7-9 only; the unchanged naming on RHEL 10 is assumed from the RHEL convention, not separately verified.",
        sources: ['amzn-drivers-rpm-readme'],
      },
    },
    notes: [
      'If the running kernel is older than the newest one in the repositories, the exact -$(uname -r) version may be missing: update, reboot, then retry.',
      'On AL2023, installing plain kernel-devel on a 6.12 or 6.18 system installs headers for the 6.1 line, which do not match the running kernel.',
      "Since 2026-08-17 new instances from AL2023's default AMI boot kernel 6.18, so the prefixed names are now the common case.",
    ],
    sources: [
      'aws-al2023-kernel-update',
      'eks-ami-pr-2345',
      'amzn-drivers-rpm-readme',
      'aws-al2023-relnotes-20260608',
      'falco-kernel-crawler',
    ],
    related: ['show-kernel-version', 'list-installed-kernels', 'install-development-tools'],
    aliases: ['kernel-devel', 'kernel-headers', 'kernel6.12-devel', 'kernel6.18-devel', 'dkms', 'linux-headers'],
    verification:
      "AL2023 naming verified from AWS's kernel-update FAQ (primary), AWS EKS AMI code and AL2023 release notes (kernel6.18 packages). RHEL 7-9 from AWS's amzn-drivers README. AL1/AL2 and RHEL 10 pattern-based (lower confidence).",
  },
  {
    id: 'check-for-updates',
    title: 'Check which updates are available',
    category: 'updates',
    summary: 'yum/dnf check-update; on AL2023 you must also look past the locked release.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['yum check-update'],
        sources: ['redhat-yum-cheatsheet', 'yum-man'],
      },
      al2: {
        kind: 'command',
        lines: ['yum check-update'],
        sources: ['redhat-yum-cheatsheet', 'yum-man'],
      },
      al2023: {
        kind: 'command',
        lines: ['dnf check-update --releasever=latest', 'dnf check-release-update'],
        note: "A plain 'dnf check-update' only compares against the release the instance is locked to and usually reports nothing new.",
        sources: ['aws-al2023-deterministic-upgrades-usage', 'aws-al2023-issue-745'],
      },
      rhel7: {
        kind: 'command',
        lines: ['yum check-update'],
        sources: ['redhat-yum-cheatsheet'],
      },
      rhel8: {
        kind: 'command',
        lines: ['dnf check-update'],
        sources: ['dnf-command-ref'],
      },
      rhel9: {
        kind: 'command',
        lines: ['dnf check-update'],
        sources: ['dnf-command-ref'],
      },
      rhel10: {
        kind: 'command',
        lines: ['dnf check-update'],
        sources: ['dnf-command-ref'],
      },
    },
    notes: ['check-update exits with status 100 when updates are available, which matters in scripts using set -e.'],
    sources: ['redhat-yum-cheatsheet', 'yum-man', 'dnf-command-ref', 'aws-al2023-deterministic-upgrades-usage'],
    related: ['apply-all-updates', 'list-security-advisories', 'pin-os-release'],
    aliases: ['check-update', 'pending updates'],
    verification:
      "AWS shows 'dnf check-update --releasever=latest --security' (primary); check-release-update from AL2022/AL2023 release notes via the fact base.",
  },
  {
    id: 'apply-all-updates',
    title: 'Apply all available updates',
    category: 'updates',
    summary: 'yum update / dnf upgrade; AL2023 moves between dated releases.',
    placeholders: {
      release: 'AL2023 release version such as 2023.12.20260608, or latest',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo yum update'],
        sources: ['aws-ec2-install-updates'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum update'],
        sources: ['aws-ec2-install-updates'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf upgrade --releasever={{release}}'],
        note: 'AWS recommends upgrading to a specific, tested release; {{release}}=latest jumps to the newest one. Afterwards the instance is locked to the new release.',
        sources: ['aws-al2023-deterministic-upgrades-usage'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum update'],
        sources: ['redhat-yum-cheatsheet'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf upgrade'],
        sources: ['dnf-command-ref'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf upgrade'],
        sources: ['dnf-command-ref'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf upgrade'],
        sources: ['dnf-command-ref'],
      },
    },
    notes: [
      'Reboot after kernel or glibc updates (AWS guidance).',
      "On AL2023 a plain 'sudo dnf upgrade' on a fresh instance typically prints 'Nothing to do' because of release locking.",
    ],
    sources: ['aws-ec2-install-updates', 'aws-al2023-deterministic-upgrades-usage', 'dnf-command-ref', 'redhat-yum-cheatsheet'],
    related: ['check-for-updates', 'apply-security-updates', 'pin-os-release', 'automatic-updates'],
    aliases: ['yum update', 'dnf upgrade', 'patch', 'releasever'],
    verification: 'AWS primary for Amazon Linux; RHEL standard dnf/yum usage from upstream/Red Hat references.',
  },
  {
    id: 'list-security-advisories',
    title: 'List security advisories that apply to this machine',
    category: 'updates',
    summary: 'Amazon Linux uses ALAS advisories; RHEL uses RHSA errata.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['yum updateinfo list security'],
        note: "AL1's yum loads the 'security' plugin (visible in AWS's sample output); advisories are ALAS entries.",
        sources: ['redhat-yum-cheatsheet', 'aws-ec2-find-software'],
      },
      al2: {
        kind: 'command',
        lines: ['yum updateinfo list security'],
        note: 'Same yum 3 updateinfo command as RHEL 7; not shown on an AWS page.',
        sources: ['redhat-yum-cheatsheet', 'aws-alas'],
      },
      al2023: {
        kind: 'command',
        lines: ['dnf updateinfo --releasever=latest --list'],
        note: 'Released AL2023 snapshots are immutable, so new advisories only appear when you point dnf at a newer release.',
        sources: ['aws-al2023-listing-advisories'],
      },
      rhel7: {
        kind: 'command',
        lines: ['yum updateinfo list security'],
        sources: ['redhat-yum-cheatsheet'],
      },
      rhel8: {
        kind: 'command',
        lines: ['dnf updateinfo list --security'],
        sources: ['dnf-command-ref'],
      },
      rhel9: {
        kind: 'command',
        lines: ['dnf updateinfo list --security'],
        sources: ['dnf-command-ref'],
      },
      rhel10: {
        kind: 'command',
        lines: ['dnf updateinfo list --security'],
        sources: ['dnf-command-ref'],
      },
    },
    notes: [
      'Amazon Linux advisories (ALAS) are published in the Amazon Linux Security Center; Red Hat RHSAs do not map onto Amazon Linux package versions.',
    ],
    sources: ['aws-al2023-listing-advisories', 'aws-alas', 'redhat-yum-cheatsheet', 'dnf-command-ref'],
    related: ['apply-security-updates'],
    aliases: ['updateinfo', 'ALAS', 'RHSA', 'errata', 'CVE'],
    verification:
      'AL2023 command exactly as AWS documents it (primary). yum updateinfo from Red Hat cheat sheet; AL1/AL2 share yum 3 (AL1 security plugin visible in AWS output).',
  },
  {
    id: 'apply-security-updates',
    title: 'Apply only security updates',
    category: 'updates',
    summary: '--security on yum/dnf; on AL2023 AWS prefers taking whole releases.',
    placeholders: {
      advisory: 'advisory id such as ALAS2023-2023-193',
      release: 'AL2023 release version or latest',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo yum update --security'],
        note: 'AWS documents the --security flag for Amazon Linux.',
        sources: ['aws-ec2-install-updates'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum update --security'],
        sources: ['aws-ec2-install-updates'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf upgrade-minimal --releasever={{release}} --advisory {{advisory}}'],
        note: "For all security fixes of a newer release AWS documents 'dnf upgrade --security'; without changing system-release the instance stays locked to the old release, so later dnf operations may hit dependency problems. AWS recommends applying all updates of a new release instead.",
        sources: ['aws-al2023-security-inplace', 'aws-al2023-deterministic-upgrades-usage'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum update --security'],
        sources: ['redhat-yum-cheatsheet'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf upgrade --security'],
        sources: ['dnf-command-ref'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf upgrade --security'],
        sources: ['dnf-command-ref'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf upgrade --security'],
        sources: ['dnf-command-ref'],
      },
    },
    notes: [
      'AL1/AL2 already apply critical and important security updates at first boot through cloud-init (repo_upgrade: security); AL2023 does not.',
    ],
    sources: [
      'aws-ec2-install-updates',
      'aws-ec2-amazon-linux-basics-2018',
      'aws-al2023-security-inplace',
      'dnf-command-ref',
      'redhat-yum-cheatsheet',
    ],
    related: ['list-security-advisories', 'apply-all-updates'],
    aliases: ['--security', 'upgrade-minimal', 'advisory', 'security-only'],
    verification: 'Amazon Linux rows primary (AWS). RHEL --security is standard dnf/yum behaviour from upstream and Red Hat references.',
  },
  {
    id: 'automatic-updates',
    title: 'Turn on automatic updates',
    category: 'updates',
    summary: 'yum-cron on yum systems, dnf-automatic on dnf systems.',
    variants: {
      al1: {
        kind: 'unknown',
        reason:
          "Whether yum-cron is packaged for the Amazon Linux AMI and how it is configured there was not established from any source. AWS documents only the boot-time 'repo_upgrade' cloud-init setting (default: security) for AL1/AL2. Settle by checking 'yum info yum-cron' on an AL1 instance.",
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum install yum-cron', 'sudo systemctl enable yum-cron', 'sudo systemctl start yum-cron'],
        note: 'Set apply_updates = yes in /etc/yum/yum-cron.conf to install (not just download) updates. Secondary source.',
        sources: ['aws-al2023-dnf-automatic-discussion', 'yum-cron-man'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf install dnf-automatic', 'sudo systemctl enable --now dnf-automatic-install.timer'],
        note: 'dnf-automatic stays inside the locked release, so it will not pick up newer AL2023 releases unless /etc/dnf/vars/releasever is set to latest (with the risks AWS describes).',
        sources: ['dnf-automatic-doc', 'aws-al2023-issue-745', 'aws-al2023-dnf-automatic-discussion'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum install yum-cron', 'sudo systemctl enable yum-cron', 'sudo systemctl start yum-cron'],
        note: 'Set apply_updates = yes in /etc/yum/yum-cron.conf. Secondary source; the package may need the Optional repository.',
        sources: ['gist-rhel7-yum-cron', 'yum-cron-man'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf install dnf-automatic', 'sudo systemctl enable --now dnf-automatic-install.timer'],
        sources: ['redhat-rhel9-dnf-automatic', 'dnf-automatic-doc'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf install dnf-automatic', 'sudo systemctl enable --now dnf-automatic-install.timer'],
        sources: ['redhat-rhel9-dnf-automatic', 'dnf-automatic-doc'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf install dnf-automatic', 'sudo systemctl enable --now dnf-automatic-install.timer'],
        note: 'RHEL 10 keeps DNF 4, whose dnf-automatic provides these timers; not checked against a RHEL 10 page.',
        sources: ['dnf-automatic-doc', 'dnf-plugins-core-pr-572'],
      },
    },
    notes: [
      'dnf-automatic-install.timer downloads and installs regardless of apply_updates in /etc/dnf/automatic.conf; dnf-automatic.timer follows the config file instead.',
      'Automatic updates do not reboot the machine; kernel updates need a reboot to take effect.',
    ],
    sources: [
      'dnf-automatic-doc',
      'redhat-rhel9-dnf-automatic',
      'aws-al2023-dnf-automatic-discussion',
      'aws-al2023-issue-745',
      'yum-cron-man',
      'gist-rhel7-yum-cron',
    ],
    related: ['apply-all-updates', 'pin-os-release'],
    aliases: ['yum-cron', 'dnf-automatic', 'unattended upgrades', 'auto update'],
    verification:
      'RHEL 8/9 primary (Red Hat + upstream DNF docs). AL2023 and AL2 from AWS-repository discussions (secondary). AL1 unknown.',
  },
  {
    id: 'pin-os-release',
    title: 'Pin the OS to a specific release',
    category: 'updates',
    summary: 'AL2023 pins by repository release; RHEL pins a minor release via subscription-manager.',
    placeholders: {
      release: 'target release: AL2023 like 2023.12.20260608; RHEL like 9.6',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ["sudo sed -i 's/^releasever=latest/#releasever=latest/' /etc/yum.conf", 'sudo yum clean all'],
        note: "AWS's lock-on-launch: comment out releasever=latest in /etc/yum.conf, or pass '#cloud-config' with 'repo_releasever: <version>' in user data at launch.",
        sources: ['aws-ec2-amazon-linux-basics-2018'],
      },
      al2: {
        kind: 'unavailable',
        reason: 'AL2 repositories roll forward continuously; AWS documents lock-on-launch only for the Amazon Linux AMI.',
        instead: 'Pin individual packages with the versionlock plugin (see versionlock-package) or bake and test your own AMIs.',
        sources: ['aws-ec2-amazon-linux-basics-2018'],
      },
      al2023: {
        kind: 'command',
        lines: ['echo {{release}} | sudo tee /etc/dnf/vars/releasever'],
        note: "Every AL2023 AMI is already locked to its own release; this persistent override changes the target. For a one-off move use 'sudo dnf upgrade --releasever={{release}}'.",
        sources: ['aws-al2023-deterministic-upgrades-usage'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo subscription-manager release --list', 'sudo subscription-manager release --set={{release}}'],
        note: 'Only on RHSM-registered systems; pay-as-you-go RHEL AMIs use RHUI, where this command does not apply (how RHUI minor-release pinning is done was not verified).',
        sources: ['ansible-rhsm-release'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo subscription-manager release --list', 'sudo subscription-manager release --set={{release}}'],
        note: 'Same RHSM/RHUI caveat; meaningful mainly with Extended Update Support content.',
        sources: ['ansible-rhsm-release'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo subscription-manager release --list', 'sudo subscription-manager release --set={{release}}'],
        note: 'Same RHSM/RHUI caveat.',
        sources: ['ansible-rhsm-release'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo subscription-manager release --list', 'sudo subscription-manager release --set={{release}}'],
        note: 'Same RHSM/RHUI caveat.',
        sources: ['ansible-rhsm-release'],
      },
    },
    notes: [
      "AL2023's lock is the default behaviour, not an opt-in; forgetting it is the most common cause of 'no updates' on AL2023.",
      'Setting /etc/dnf/vars/releasever to latest restores AL2-style rolling updates, which AWS warns removes the ability to test OS changes before production.',
    ],
    sources: ['aws-ec2-amazon-linux-basics-2018', 'aws-al2023-deterministic-upgrades-usage', 'ansible-rhsm-release', 'gist-rhel8-ec2-rhui'],
    related: ['apply-all-updates', 'versionlock-package', 'show-exact-release'],
    aliases: ['releasever', 'lock-on-launch', 'subscription-manager release', 'EUS', 'minor release'],
    verification:
      'AL1 and AL2023 primary (AWS). subscription-manager release syntax secondary (Ansible module docs and many public scripts); RHUI behaviour unverified.',
  },
  {
    id: 'versionlock-package',
    title: 'Pin a single package to its current version',
    category: 'updates',
    summary: 'The versionlock plugin exists for yum and dnf, under different package names.',
    placeholders: {
      package: 'package name (wildcards allowed)',
    },
    variants: {
      al1: {
        kind: 'unknown',
        reason:
          "Availability of yum-plugin-versionlock in the Amazon Linux AMI repositories was not verified. Settle with 'yum info yum-plugin-versionlock' on an AL1 instance.",
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum install yum-plugin-versionlock', 'sudo yum versionlock add {{package}}'],
        note: "AWS's EKS AMI build uses yum versionlock on AL2 (secondary evidence of the plugin in AL2 repos).",
        sources: ['eks-ami-pr-1191', 'yum-versionlock-man'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf install python3-dnf-plugin-versionlock', 'sudo dnf versionlock add {{package}}'],
        note: "AWS's EKS AMI build installs this plugin from the AL2023 repositories (secondary evidence). Package locks are separate from the AL2023 release lock.",
        sources: ['eks-ami-pr-2271', 'dnf-plugins-versionlock'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum install yum-plugin-versionlock', 'sudo yum versionlock add {{package}}'],
        sources: ['redhat-kb-versionlock', 'yum-versionlock-man'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf install python3-dnf-plugin-versionlock', 'sudo dnf versionlock add {{package}}'],
        sources: ['redhat-kb-versionlock', 'dnf-plugins-versionlock'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf install python3-dnf-plugin-versionlock', 'sudo dnf versionlock add {{package}}'],
        sources: ['redhat-kb-versionlock', 'dnf-plugins-versionlock'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf install python3-dnf-plugin-versionlock', 'sudo dnf versionlock add {{package}}'],
        note: 'RHEL 10 keeps DNF 4 plugins; not checked against a RHEL 10 page.',
        sources: ['dnf-plugins-versionlock', 'dnf-plugins-core-pr-572'],
      },
    },
    notes: ["List locks with 'versionlock list' and remove them with 'versionlock delete {{package}}'."],
    sources: ['yum-versionlock-man', 'dnf-plugins-versionlock', 'redhat-kb-versionlock', 'eks-ami-pr-1191', 'eks-ami-pr-2271'],
    related: ['pin-os-release'],
    aliases: ['versionlock', 'pin package', 'hold', 'exclude'],
    verification:
      'Plugin syntax from upstream docs. RHEL 7/8/9 package names from a quoted Red Hat solution; AL2/AL2023 availability from AWS-run EKS AMI code (secondary). AL1 unknown.',
  },
  {
    id: 'list-installed-kernels',
    title: 'List installed kernels',
    category: 'kernel',
    summary: 'rpm -q kernel; AL2023 has separately named kernel6.12/kernel6.18 packages.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['rpm -q kernel'],
        sources: ['rocky-docs-rpm'],
      },
      al2: {
        kind: 'command',
        lines: ['rpm -q kernel'],
        sources: ['rocky-docs-rpm'],
      },
      al2023: {
        kind: 'command',
        lines: ['rpm -q kernel kernel6.12 kernel6.18', 'sudo grubby --info=ALL'],
        note: "rpm prints 'not installed' for kernel lines you do not have; that is expected.",
        sources: ['aws-al2023-kernel-update', 'grubby-man'],
      },
      rhel7: {
        kind: 'command',
        lines: ['rpm -q kernel', 'sudo grubby --info=ALL'],
        sources: ['grubby-man-legacy'],
      },
      rhel8: {
        kind: 'command',
        lines: ['rpm -q kernel', 'sudo grubby --info=ALL'],
        sources: ['grubby-man'],
      },
      rhel9: {
        kind: 'command',
        lines: ['rpm -q kernel', 'sudo grubby --info=ALL'],
        sources: ['grubby-man'],
      },
      rhel10: {
        kind: 'command',
        lines: ['rpm -q kernel', 'sudo grubby --info=ALL'],
        sources: ['grubby-man'],
      },
    },
    notes: [
      "On AL2023 a 6.12 or 6.18 system may also still carry the 6.1 'kernel' package; AWS's upgrade procedure removes the previous line explicitly.",
    ],
    sources: ['aws-al2023-kernel-update', 'grubby-man', 'grubby-man-legacy'],
    related: ['set-default-kernel', 'show-kernel-version'],
    aliases: ['installed kernels', 'grubby --info'],
    verification:
      'AL2023 package names from AWS (primary); grubby usage from upstream man pages. AL1/AL2 grubby presence not verified, so only rpm is given.',
  },
  {
    id: 'set-default-kernel',
    title: 'Choose which installed kernel boots by default',
    category: 'kernel',
    summary: 'grubby --set-default on grub2-based releases.',
    placeholders: {
      'kernel-version': 'full kernel release, e.g. 6.18.33-63.124.amzn2023.x86_64 (see list-installed-kernels)',
    },
    variants: {
      al1: {
        kind: 'unknown',
        reason:
          'AL1 boots with legacy GRUB; no source describing how to change its default kernel was found. Settle with AWS AL1 documentation or by inspecting /boot/grub/menu.lst on an instance.',
      },
      al2: {
        kind: 'unknown',
        reason:
          "Whether AL2 ships grubby and supports 'grubby --set-default' was not verified; AWS's AL2 kernel pages switch kernels via amazon-linux-extras and a reboot. Settle by running 'grubby --default-kernel' on an AL2 instance.",
      },
      al2023: {
        kind: 'command',
        lines: ['sudo grubby --set-default /boot/vmlinuz-{{kernel-version}}', 'sudo grubby --default-kernel', 'sudo reboot'],
        sources: ['aws-al2023-kernel-update', 'grubby-man'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo grubby --set-default /boot/vmlinuz-{{kernel-version}}', 'sudo grubby --default-kernel'],
        sources: ['grubby-man-legacy'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo grubby --set-default /boot/vmlinuz-{{kernel-version}}', 'sudo grubby --default-kernel'],
        sources: ['grubby-man'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo grubby --set-default /boot/vmlinuz-{{kernel-version}}', 'sudo grubby --default-kernel'],
        sources: ['grubby-man'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo grubby --set-default /boot/vmlinuz-{{kernel-version}}', 'sudo grubby --default-kernel'],
        sources: ['grubby-man'],
      },
    },
    notes: [
      'The change takes effect at the next reboot.',
      "On AL2023, switching between the 6.1, 6.12 and 6.18 lines also means swapping the matching -devel/-headers/-tools packages; follow AWS's kernel update procedure.",
    ],
    sources: ['aws-al2023-kernel-update', 'grubby-man', 'grubby-man-legacy'],
    related: ['list-installed-kernels', 'install-kernel-headers'],
    aliases: ['grubby', 'default kernel', 'grub2-set-default', 'boot entry'],
    verification: 'AL2023 command exactly as AWS documents it (primary); RHEL from upstream grubby man pages. AL1/AL2 unknown.',
  },
  {
    id: 'selinux-status',
    title: 'Check SELinux status and mode',
    category: 'selinux',
    summary: 'getenforce/sestatus; defaults differ sharply.',
    variants: {
      al1: {
        kind: 'unknown',
        reason:
          "SELinux is reported as not enabled on the Amazon Linux AMI by a secondary source only, and whether getenforce/sestatus are installed by default was not verified. Settle by running 'getenforce' on an AL1 instance.",
      },
      al2: {
        kind: 'command',
        lines: ['getenforce', 'sestatus'],
        note: "AWS: SELinux is disabled by default on AL2, so expect 'Disabled'. Presence of the tools on every AL2 image was not verified.",
        sources: ['aws-al2023-compare-with-al2'],
      },
      al2023: {
        kind: 'command',
        lines: ['getenforce', 'sestatus'],
        note: 'Default: enabled and Permissive (denials logged, not enforced).',
        sources: ['aws-al2023-enforcing-mode', 'aws-al2023-selinux-default'],
      },
      rhel7: {
        kind: 'command',
        lines: ['getenforce', 'sestatus'],
        note: 'Default: Enforcing.',
        sources: ['redhat-rhel7-selinux-permanent', 'redhat-rhel7-selinux-modes'],
      },
      rhel8: {
        kind: 'command',
        lines: ['getenforce', 'sestatus'],
        note: 'Default: Enforcing.',
        sources: ['redhat-rhel9-selinux-states'],
      },
      rhel9: {
        kind: 'command',
        lines: ['getenforce', 'sestatus'],
        note: 'Default: Enforcing.',
        sources: ['redhat-rhel9-selinux-states'],
      },
      rhel10: {
        kind: 'command',
        lines: ['getenforce', 'sestatus'],
        note: 'Default: Enforcing (RHEL default per Red Hat; RHEL 10 page not read).',
        sources: ['redhat-rhel9-selinux-states'],
      },
    },
    notes: ['Do not assume enforcing-mode behaviour on Amazon Linux: AL2023 is permissive and AL2 is disabled by default.'],
    sources: [
      'aws-al2023-enforcing-mode',
      'aws-al2023-selinux-default',
      'aws-al2023-compare-with-al2',
      'redhat-rhel7-selinux-permanent',
      'redhat-rhel9-selinux-states',
    ],
    related: ['selinux-set-mode-temporary', 'selinux-set-mode-persistent', 'selinux-disable'],
    aliases: ['getenforce', 'sestatus', 'selinux'],
    verification: 'AL2023 and RHEL primary. AL2 default primary (AWS compare page); AL1 unknown.',
  },
  {
    id: 'selinux-set-mode-temporary',
    title: 'Switch SELinux between enforcing and permissive until reboot',
    category: 'selinux',
    summary: 'setenforce works only when SELinux is enabled.',
    placeholders: {
      mode: '1 for enforcing, 0 for permissive',
    },
    variants: {
      al1: {
        kind: 'unavailable',
        reason: 'SELinux is not enabled on the Amazon Linux AMI (secondary source), and setenforce cannot act on a disabled system.',
        instead: 'Enabling SELinux requires policy packages, kernel options and a relabel; not covered by AWS documentation reviewed.',
        sources: ['setenforce-man'],
      },
      al2: {
        kind: 'unavailable',
        reason: 'SELinux is disabled by default on AL2, and setenforce cannot act on a disabled system.',
        instead:
          "Enabling it needs a configuration change, a reboot and a filesystem relabel; AWS's reviewed pages do not document this for AL2.",
        sources: ['aws-al2023-compare-with-al2', 'setenforce-man', 'redhat-rhel7-selinux-permanent'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo setenforce {{mode}}', 'getenforce'],
        sources: ['setenforce-man', 'aws-al2023-enforcing-mode'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo setenforce {{mode}}', 'getenforce'],
        sources: ['setenforce-man', 'redhat-rhel7-selinux-permanent'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo setenforce {{mode}}', 'getenforce'],
        sources: ['setenforce-man', 'redhat-rhel9-selinux-states'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo setenforce {{mode}}', 'getenforce'],
        sources: ['setenforce-man', 'redhat-rhel9-selinux-states'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo setenforce {{mode}}', 'getenforce'],
        sources: ['setenforce-man'],
      },
    },
    notes: ['The change is lost at reboot; see selinux-set-mode-persistent.'],
    sources: ['setenforce-man', 'aws-al2023-compare-with-al2', 'redhat-rhel9-selinux-states'],
    related: ['selinux-status', 'selinux-set-mode-persistent'],
    aliases: ['setenforce', 'permissive', 'enforcing'],
    verification: 'setenforce semantics from the SELinux userspace man page (copy) and Red Hat docs. Amazon Linux defaults from AWS.',
  },
  {
    id: 'selinux-set-mode-persistent',
    title: 'Make an SELinux mode permanent',
    category: 'selinux',
    summary: 'Edit SELINUX= in /etc/selinux/config and reboot.',
    placeholders: {
      mode: 'enforcing or permissive',
    },
    variants: {
      al1: {
        kind: 'unknown',
        reason:
          'No AWS procedure for enabling SELinux on the Amazon Linux AMI was found (it is not enabled by default per a secondary source).',
      },
      al2: {
        kind: 'unknown',
        reason:
          "SELinux is disabled by default on AL2 and AWS's reviewed pages do not document enabling it; the fact base notes policy packages come from an Extras topic (secondary). Settle with AWS AL2 documentation.",
      },
      al2023: {
        kind: 'command',
        lines: ["sudo sed -i 's/^SELINUX=.*/SELINUX={{mode}}/' /etc/selinux/config", 'sudo reboot'],
        note: "AWS also offers cloud-init user data: '#cloud-config' with 'selinux:' / 'mode: enforcing'. After switching to enforcing, review denials with: sudo ausearch -m AVC,USER_AVC,SELINUX_ERR,USER_SELINUX_ERR -ts recent",
        sources: ['aws-al2023-enforcing-mode', 'aws-al2023-selinux-disable'],
      },
      rhel7: {
        kind: 'command',
        lines: ["sudo sed -i 's/^SELINUX=.*/SELINUX={{mode}}/' /etc/selinux/config", 'sudo reboot'],
        sources: ['redhat-rhel7-selinux-permanent'],
      },
      rhel8: {
        kind: 'command',
        lines: ["sudo sed -i 's/^SELINUX=.*/SELINUX={{mode}}/' /etc/selinux/config", 'sudo reboot'],
        sources: ['redhat-rhel9-selinux-states'],
      },
      rhel9: {
        kind: 'command',
        lines: ["sudo sed -i 's/^SELINUX=.*/SELINUX={{mode}}/' /etc/selinux/config", 'sudo reboot'],
        sources: ['redhat-rhel9-selinux-states'],
      },
      rhel10: {
        kind: 'command',
        lines: ["sudo sed -i 's/^SELINUX=.*/SELINUX={{mode}}/' /etc/selinux/config", 'sudo reboot'],
        note: 'RHEL 10 page not read; same mechanism as RHEL 9.',
        sources: ['redhat-rhel9-selinux-states'],
      },
    },
    notes: [
      'Use only enforcing or permissive here; disabling is a different procedure on newer kernels (see selinux-disable).',
      'Coming from a disabled state, the filesystem is relabelled at next boot; Red Hat suggests booting permissive first.',
    ],
    sources: ['aws-al2023-enforcing-mode', 'aws-al2023-selinux-disable', 'redhat-rhel7-selinux-permanent', 'redhat-rhel9-selinux-states'],
    related: ['selinux-set-mode-temporary', 'selinux-disable'],
    aliases: ['/etc/selinux/config', 'SELINUX=', 'permanent selinux'],
    verification: "AL2023 and RHEL primary. The sed line is an equivalent of 'edit the SELINUX= line' as the docs instruct.",
  },
  {
    id: 'selinux-disable',
    title: 'Disable SELinux completely',
    category: 'selinux',
    summary: 'On kernels 6.4+ (and RHEL 9) use the selinux=0 kernel argument; the config file is no longer enough.',
    variants: {
      al1: {
        kind: 'unavailable',
        reason: 'SELinux is not enabled on the Amazon Linux AMI (secondary source).',
        instead: 'Nothing to do.',
        sources: ['setenforce-man'],
      },
      al2: {
        kind: 'unavailable',
        reason: 'SELinux is already disabled by default on AL2.',
        instead: 'Nothing to do; check with getenforce.',
        sources: ['aws-al2023-compare-with-al2'],
      },
      al2023: {
        kind: 'command',
        lines: ['rpm -q grubby', 'sudo grubby --update-kernel ALL --args selinux=0', 'sudo reboot'],
        note: "AWS recommends permissive mode instead of disabling. Writing SELINUX=disabled into /etc/selinux/config does not disable SELinux on kernels 6.4 and later (AL2023's 6.12 and 6.18 lines).",
        sources: ['aws-al2023-selinux-disable', 'selinux-runtime-disable-deprecation'],
      },
      rhel7: {
        kind: 'command',
        lines: ["sudo sed -i 's/^SELINUX=.*/SELINUX=disabled/' /etc/selinux/config", 'sudo reboot'],
        note: 'Red Hat does not recommend disabling SELinux; prefer permissive.',
        sources: ['redhat-rhel7-selinux-permanent', 'redhat-rhel7-selinux-bootparams'],
      },
      rhel8: {
        kind: 'command',
        lines: ["sudo sed -i 's/^SELINUX=.*/SELINUX=disabled/' /etc/selinux/config", 'sudo reboot'],
        note: "The config-file method still works on RHEL 8's 4.18 kernel (AWS ParallelCluster code comment, secondary).",
        sources: ['redhat-rhel9-selinux-states', 'aws-parallelcluster-selinux'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo grubby --update-kernel ALL --args selinux=0', 'sudo reboot'],
        note: 'RHEL 9 backported the removal of runtime disable (secondary); the kernel argument is the reliable method.',
        sources: ['redhat-rhel9-selinux-states', 'aws-parallelcluster-selinux', 'grubby-man'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo grubby --update-kernel ALL --args selinux=0', 'sudo reboot'],
        note: "RHEL 10's 6.12 kernel is past the 6.4 cut-off for runtime disable.",
        sources: ['selinux-runtime-disable-deprecation', 'grubby-man'],
      },
    },
    notes: [
      'Re-enabling later requires removing the argument (sudo grubby --update-kernel ALL --remove-args selinux=0) and a full relabel.',
    ],
    sources: [
      'aws-al2023-selinux-disable',
      'selinux-runtime-disable-deprecation',
      'redhat-rhel7-selinux-permanent',
      'redhat-rhel9-selinux-states',
      'aws-parallelcluster-selinux',
      'grubby-man',
    ],
    related: ['selinux-set-mode-persistent', 'selinux-status'],
    aliases: ['selinux=0', 'disable selinux', 'grubby --args'],
    verification: 'AL2023 exactly per AWS (primary); upstream SELinux project confirms the 6.4 cut-off. RHEL 9 backport claim secondary.',
  },
  {
    id: 'manage-service',
    title: 'Start, stop, restart or check a service',
    category: 'services',
    summary: 'service on AL1 (upstart/SysV), systemctl elsewhere.',
    placeholders: {
      service: 'service name, e.g. chronyd',
      action: 'start, stop, restart or status',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo service {{service}} {{action}}'],
        sources: ['aws-ec2-set-time', 'aws-ecs-docker-basics', 'aws-al2-compare-with-al1'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo systemctl {{action}} {{service}}'],
        note: 'AWS: systemd replaced upstart in AL2.',
        sources: ['aws-al2-compare-with-al1'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo systemctl {{action}} {{service}}'],
        sources: ['aws-al2023-relnotes-20260608'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo systemctl {{action}} {{service}}'],
        sources: ['aws-ssm-install-rhel'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo systemctl {{action}} {{service}}'],
        sources: ['aws-ssm-install-rhel'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo systemctl {{action}} {{service}}'],
        sources: ['aws-ssm-install-rhel'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo systemctl {{action}} {{service}}'],
        sources: ['aws-ssm-install-rhel'],
      },
    },
    notes: [
      "AL1 has no systemd (upstart replaced by systemd in AL2). On systemd releases the 'service' command still forwards to systemctl.",
    ],
    sources: [
      'aws-ec2-set-time',
      'aws-ecs-docker-basics',
      'aws-ssm-install-rhel',
      'aws-al2023-relnotes-20260608',
      'aws-al2-compare-with-al1',
    ],
    related: ['enable-service', 'list-services'],
    aliases: ['systemctl', 'service', 'start', 'restart', 'upstart'],
    verification: "AWS docs show 'service chronyd restart' on AL1 and systemctl on AL2023/RHEL (primary).",
  },
  {
    id: 'enable-service',
    title: 'Start a service at boot',
    category: 'services',
    summary: 'chkconfig on AL1; systemctl enable elsewhere.',
    placeholders: {
      service: 'service name',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo chkconfig {{service}} on'],
        sources: ['aws-ec2-set-time'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo systemctl enable {{service}}', 'sudo systemctl start {{service}}'],
        note: 'AL2 runs systemd 219; separate enable/start is the safest form.',
        sources: ['aws-ssm-install-rhel'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo systemctl enable --now {{service}}'],
        sources: ['dnf-automatic-doc', 'aws-al2023-issue-745'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo systemctl enable {{service}}', 'sudo systemctl start {{service}}'],
        sources: ['aws-ssm-install-rhel'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo systemctl enable --now {{service}}'],
        sources: ['redhat-rhel9-dnf-automatic'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo systemctl enable --now {{service}}'],
        sources: ['redhat-rhel9-dnf-automatic'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo systemctl enable --now {{service}}'],
        sources: ['redhat-rhel9-dnf-automatic'],
      },
    },
    notes: [],
    sources: ['aws-ec2-set-time', 'aws-ssm-install-rhel', 'redhat-rhel9-dnf-automatic'],
    related: ['manage-service', 'list-services'],
    aliases: ['chkconfig', 'systemctl enable', 'autostart'],
    verification: "AL1 chkconfig from AWS (primary); systemctl forms from AWS/Red Hat pages. '--now' on systemd 219 deliberately avoided.",
  },
  {
    id: 'list-services',
    title: 'List services and whether they start at boot',
    category: 'services',
    summary: 'chkconfig --list on AL1; systemctl list-unit-files elsewhere.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['chkconfig --list'],
        note: 'Standard chkconfig option; AWS pages only show chkconfig <name> on.',
        sources: ['aws-ec2-set-time'],
      },
      al2: {
        kind: 'command',
        lines: ['systemctl list-unit-files --type=service', 'systemctl list-units --type=service'],
        note: 'Standard systemctl usage; not shown on a retrieved page.',
        sources: ['aws-al2-compare-with-al1'],
      },
      al2023: {
        kind: 'command',
        lines: ['systemctl list-unit-files --type=service', 'systemctl list-units --type=service'],
        note: 'Standard systemctl usage; not shown on a retrieved page.',
        sources: ['aws-al2023-cron'],
      },
      rhel7: {
        kind: 'command',
        lines: ['systemctl list-unit-files --type=service', 'systemctl list-units --type=service'],
        sources: ['redhat-rhel9-dnf-automatic'],
      },
      rhel8: {
        kind: 'command',
        lines: ['systemctl list-unit-files --type=service', 'systemctl list-units --type=service'],
        sources: ['redhat-rhel9-dnf-automatic'],
      },
      rhel9: {
        kind: 'command',
        lines: ['systemctl list-unit-files --type=service', 'systemctl list-units --type=service'],
        sources: ['redhat-rhel9-dnf-automatic'],
      },
      rhel10: {
        kind: 'command',
        lines: ['systemctl list-unit-files --type=service', 'systemctl list-units --type=service'],
        sources: ['redhat-rhel9-dnf-automatic'],
      },
    },
    notes: ['list-unit-files shows enablement; list-units shows what is loaded/running now.'],
    sources: ['aws-ec2-set-time'],
    related: ['manage-service', 'enable-service', 'list-timers'],
    aliases: ['chkconfig --list', 'list-units', 'services'],
    verification: 'Standard tool usage; no retrieved page shows these exact listing commands. Low risk, medium sourcing.',
  },
  {
    id: 'show-network-config',
    title: 'Show the current network configuration',
    category: 'networking',
    summary: 'iproute2 everywhere; networkctl on AL2023; nmcli on RHEL.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['ip addr show', 'cat /etc/sysconfig/network-scripts/ifcfg-eth0'],
        note: 'ec2-net-utils generates ifcfg-ethN files on AL1 and AL2.',
        sources: ['aws-al2-ec2-net-utils'],
      },
      al2: {
        kind: 'command',
        lines: ['ip addr show', 'cat /etc/sysconfig/network-scripts/ifcfg-eth0'],
        sources: ['aws-al2-ec2-net-utils'],
      },
      al2023: {
        kind: 'command',
        lines: ['networkctl status', 'ip addr show'],
        note: 'AL2023 uses systemd-networkd with amazon-ec2-net-utils 2.x.',
        sources: ['aws-al2023-networking'],
      },
      rhel7: {
        kind: 'command',
        lines: ['nmcli device show', 'nmcli connection show'],
        sources: ['redhat-rhel8-legacy-network-scripts'],
      },
      rhel8: {
        kind: 'command',
        lines: ['nmcli device show', 'nmcli connection show'],
        sources: ['redhat-rhel8-legacy-network-scripts'],
      },
      rhel9: {
        kind: 'command',
        lines: ['nmcli device show', 'nmcli connection show'],
        sources: ['redhat-rhel9-relnotes-networking-deprecated'],
      },
      rhel10: {
        kind: 'command',
        lines: ['nmcli device show', 'nmcli connection show'],
        sources: ['redhat-rhel9-relnotes-networking-deprecated'],
      },
    },
    notes: [
      'Never edit generated files (AL2023 /run/systemd/network, ec2-net-utils output) directly; use the override locations in interface-config-location.',
    ],
    sources: [
      'aws-al2-ec2-net-utils',
      'aws-al2023-networking',
      'redhat-rhel8-legacy-network-scripts',
      'redhat-rhel9-relnotes-networking-deprecated',
    ],
    related: ['interface-config-location', 'set-hostname'],
    aliases: ['ip addr', 'ifconfig', 'nmcli', 'networkctl', 'NetworkManager', 'systemd-networkd'],
    verification: 'Stacks per release from AWS and Red Hat pages (primary). Exact display commands are standard tool usage.',
  },
  {
    id: 'interface-config-location',
    title: 'Find where interface configuration lives',
    category: 'networking',
    summary: 'ifcfg files on AL1/AL2/RHEL 7-8, systemd-networkd on AL2023, NetworkManager keyfiles on RHEL 9-10.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['ls /etc/sysconfig/network-scripts/'],
        sources: ['aws-al2-ec2-net-utils'],
      },
      al2: {
        kind: 'command',
        lines: ['ls /etc/sysconfig/network-scripts/'],
        note: 'Files ifcfg-ethN/route-ethN written by ec2-net-utils 1.x.',
        sources: ['aws-al2-ec2-net-utils'],
      },
      al2023: {
        kind: 'command',
        lines: ['ls /run/systemd/network/', 'ls /etc/systemd/network/'],
        note: '/run/systemd/network holds files generated at boot by amazon-ec2-net-utils; put your own overrides in /etc/systemd/network.',
        sources: ['aws-al2023-networking'],
      },
      rhel7: {
        kind: 'command',
        lines: ['ls /etc/sysconfig/network-scripts/'],
        note: 'NetworkManager reads ifcfg files.',
        sources: ['redhat-rhel8-legacy-network-scripts'],
      },
      rhel8: {
        kind: 'command',
        lines: ['ls /etc/sysconfig/network-scripts/'],
        note: 'NetworkManager processes ifcfg files; the legacy network-scripts package is deprecated.',
        sources: ['redhat-rhel8-legacy-network-scripts'],
      },
      rhel9: {
        kind: 'command',
        lines: ['ls /etc/NetworkManager/system-connections/'],
        note: 'New profiles are keyfiles; ifcfg is deprecated but still read. On cloud images cloud-init may still render ifcfg files (secondary).',
        sources: ['redhat-rhel9-relnotes-networking-deprecated', 'cloudinit-issue-5612'],
      },
      rhel10: {
        kind: 'command',
        lines: ['ls /etc/NetworkManager/system-connections/'],
        note: 'Red Hat announced ifcfg support removal for the next major release after 9; the RHEL 10 release notes themselves were not read.',
        sources: ['redhat-rhel9-relnotes-networking-deprecated'],
      },
    },
    notes: ['Configuration management that templates ifcfg files will silently do nothing on AL2023.'],
    sources: [
      'aws-al2-ec2-net-utils',
      'aws-al2023-networking',
      'redhat-rhel8-legacy-network-scripts',
      'redhat-rhel9-relnotes-networking-deprecated',
      'cloudinit-issue-5612',
    ],
    related: ['show-network-config'],
    aliases: ['ifcfg', 'network-scripts', 'keyfile', 'system-connections', 'systemd-networkd', 'ec2-net-utils'],
    verification: 'AWS and Red Hat primary; RHEL 10 removal inferred from the RHEL 9 deprecation notice.',
  },
  {
    id: 'set-hostname',
    title: 'Set the system hostname persistently',
    category: 'networking',
    summary: 'hostnamectl on systemd releases; /etc/sysconfig/network on AL1. Tell cloud-init to keep it.',
    placeholders: {
      hostname: 'new host name or FQDN',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ["sudo sed -i 's/^HOSTNAME=.*/HOSTNAME={{hostname}}/' /etc/sysconfig/network", 'sudo reboot'],
        note: "Also set 'preserve_hostname: true' in /etc/cloud/cloud.cfg so cloud-init keeps your name.",
        sources: ['aws-ec2-set-hostname'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo hostnamectl set-hostname {{hostname}}'],
        note: "Set 'preserve_hostname: true' in /etc/cloud/cloud.cfg; AWS then reboots to verify.",
        sources: ['aws-ec2-set-hostname'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo hostnamectl set-hostname {{hostname}}'],
        note: "Same systemd tool as AL2; an AL2023-specific AWS page was not read. Check cloud-init's preserve_hostname as on AL2.",
        sources: ['aws-ec2-set-hostname'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo hostnamectl set-hostname {{hostname}}'],
        note: "AWS points RHEL users to a knowledge-center article; cloud-init's preserve_hostname applies as well.",
        sources: ['aws-ec2-set-hostname'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo hostnamectl set-hostname {{hostname}}'],
        sources: ['aws-ec2-set-hostname'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo hostnamectl set-hostname {{hostname}}'],
        sources: ['aws-ec2-set-hostname'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo hostnamectl set-hostname {{hostname}}'],
        sources: ['aws-ec2-set-hostname'],
      },
    },
    notes: ['If the name is not resolvable, add it to /etc/hosts (AWS shows this for AL1/AL2).'],
    sources: ['aws-ec2-set-hostname'],
    related: ['show-network-config'],
    aliases: ['hostnamectl', 'hostname', 'preserve_hostname'],
    verification:
      'AL1/AL2 primary (AWS). Other releases rely on standard systemd hostnamectl; not separately verified against their own pages.',
  },
  {
    id: 'time-sync-status',
    title: 'Check time synchronisation status',
    category: 'time',
    summary: 'chronyc on every release except a default AL1 still on ntpd.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['chronyc sources -v', 'chronyc tracking'],
        note: 'AL1 used ntpd by default; these work after switching to chrony as AWS instructs (see configure-ntp-server).',
        sources: ['aws-ec2-set-time'],
      },
      al2: {
        kind: 'command',
        lines: ['chronyc sources -v', 'chronyc tracking'],
        note: 'chrony is preinstalled and points at the Amazon Time Sync Service (169.254.169.123).',
        sources: ['aws-ec2-set-time'],
      },
      al2023: {
        kind: 'command',
        lines: ['chronyc sources -v', 'chronyc tracking'],
        note: "AL2023 ships chrony and amazon-chrony-config (visible in AWS's upgrade example).",
        sources: ['aws-ec2-set-time', 'aws-al2023-deterministic-upgrades-usage'],
      },
      rhel7: {
        kind: 'command',
        lines: ['chronyc sources -v', 'chronyc tracking'],
        sources: ['aws-ec2-set-time', 'osbuild-civ-test-aws'],
      },
      rhel8: {
        kind: 'command',
        lines: ['chronyc sources -v', 'chronyc tracking'],
        sources: ['osbuild-civ-test-aws'],
      },
      rhel9: {
        kind: 'command',
        lines: ['chronyc sources -v', 'chronyc tracking'],
        sources: ['osbuild-civ-test-aws'],
      },
      rhel10: {
        kind: 'command',
        lines: ['chronyc sources -v', 'chronyc tracking'],
        sources: ['osbuild-civ-test-aws'],
      },
    },
    notes: ["Red Hat's AMI tests require RHEL 7.8+ AMIs to select the Amazon Time Sync Service (169.254.169.123) via chronyd."],
    sources: ['aws-ec2-set-time', 'osbuild-civ-test-aws'],
    related: ['configure-ntp-server'],
    aliases: ['chronyc', 'ntpq', 'ntpd', 'chronyd', 'time sync'],
    verification: 'chronyc commands from AWS (primary). RHEL AMI behaviour from Red Hat image tests (secondary).',
  },
  {
    id: 'configure-ntp-server',
    title: 'Point chrony at a specific NTP server',
    category: 'time',
    summary: 'Add a server line and restart chronyd.',
    placeholders: {
      'ntp-server': "NTP server; AWS's own is 169.254.169.123",
    },
    variants: {
      al1: {
        kind: 'command',
        lines: [
          "sudo yum erase 'ntp*'",
          'sudo yum install chrony',
          "echo 'server {{ntp-server}} prefer iburst minpoll 4 maxpoll 4' | sudo tee -a /etc/chrony.conf",
          'sudo service chronyd restart',
          'sudo chkconfig chronyd on',
        ],
        note: "AWS's procedure for the Amazon Linux AMI; check first that the line is not already present.",
        sources: ['aws-ec2-set-time'],
      },
      al2: {
        kind: 'command',
        lines: [
          "echo 'server {{ntp-server}} prefer iburst minpoll 4 maxpoll 4' | sudo tee -a /etc/chrony.conf",
          'sudo systemctl restart chronyd',
        ],
        note: 'Already configured for 169.254.169.123; only needed for a different server.',
        sources: ['aws-ec2-set-time'],
      },
      al2023: {
        kind: 'command',
        lines: ["echo 'server {{ntp-server}} iburst' | sudo tee -a /etc/chrony.conf", 'sudo systemctl restart chronyd'],
        note: "AL2023's GA release notes direct custom servers to a file under /etc/chrony.d (fact base); appending to chrony.conf also works but may be less tidy.",
        sources: ['aws-ec2-set-time'],
      },
      rhel7: {
        kind: 'command',
        lines: ["echo 'server {{ntp-server}} iburst' | sudo tee -a /etc/chrony.conf", 'sudo systemctl restart chronyd'],
        sources: ['aws-ec2-set-time'],
      },
      rhel8: {
        kind: 'command',
        lines: ["echo 'server {{ntp-server}} iburst' | sudo tee -a /etc/chrony.conf", 'sudo systemctl restart chronyd'],
        sources: ['aws-ec2-set-time'],
      },
      rhel9: {
        kind: 'command',
        lines: ["echo 'server {{ntp-server}} iburst' | sudo tee -a /etc/chrony.conf", 'sudo systemctl restart chronyd'],
        sources: ['aws-ec2-set-time'],
      },
      rhel10: {
        kind: 'command',
        lines: ["echo 'server {{ntp-server}} iburst' | sudo tee -a /etc/chrony.conf", 'sudo systemctl restart chronyd'],
        sources: ['aws-ec2-set-time'],
      },
    },
    notes: ['Use fd00:ec2::123 only on Nitro instances with IPv6, and not together with the IPv4 endpoint (AWS).'],
    sources: ['aws-ec2-set-time'],
    related: ['time-sync-status'],
    aliases: ['chrony.conf', 'ntp server', 'Amazon Time Sync', '169.254.169.123'],
    verification: 'AWS procedure for Amazon Linux (primary). RHEL lines use the same chrony directive; no RHEL chrony page was retrieved.',
  },
  {
    id: 'read-system-log',
    title: 'Read the system log',
    category: 'logs',
    summary: 'journalctl on systemd releases; /var/log/messages where rsyslog runs.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo tail -n 100 /var/log/messages'],
        note: 'AL1 has no systemd journal (upstart-based, per AWS). That AL1 logs to /var/log/messages is inferred from its syslog-based design and was not checked against an AWS page.',
        sources: ['aws-al2-compare-with-al1'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo journalctl', 'sudo tail -n 100 /var/log/messages'],
        note: 'AWS: the text files such as /var/log/messages were available on AL2.',
        sources: ['aws-al2023-journald'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo journalctl'],
        note: "rsyslog is not installed by default, so /var/log/messages does not exist unless you 'sudo dnf install rsyslog'.",
        sources: ['aws-al2023-journald'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo journalctl', 'sudo tail -n 100 /var/log/messages'],
        sources: ['redhat-rhel9-relnotes-networking-deprecated'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo journalctl', 'sudo tail -n 100 /var/log/messages'],
        sources: ['redhat-rhel9-relnotes-networking-deprecated'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo journalctl', 'sudo tail -n 100 /var/log/messages'],
        note: 'RHEL 9 release notes refer to warnings logged to /var/log/messages.',
        sources: ['redhat-rhel9-relnotes-networking-deprecated'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo journalctl'],
        note: "Whether rsyslog (and so /var/log/messages) is present on RHEL 10 AMIs was not verified; check with 'rpm -q rsyslog'.",
        sources: ['aws-al2023-journald'],
      },
    },
    notes: [
      'journalctl equivalents (AWS): cat /var/log/messages -> journalctl; tail -f -> journalctl -f; grep foo -> journalctl | grep foo.',
    ],
    sources: ['aws-al2023-journald', 'redhat-rhel9-relnotes-networking-deprecated', 'aws-ec2-amazon-linux-basics-2018'],
    related: ['follow-unit-log'],
    aliases: ['journalctl', '/var/log/messages', 'syslog', 'rsyslog'],
    verification:
      'AL2/AL2023 primary (AWS journald page). RHEL 7-9 /var/log/messages supported by Red Hat release-note wording; RHEL 10 and AL1 partly unverified.',
  },
  {
    id: 'follow-unit-log',
    title: "Follow one service's log live",
    category: 'logs',
    summary: 'journalctl -u <unit> -f on systemd releases.',
    placeholders: {
      unit: 'systemd unit name, e.g. sshd or nginx',
    },
    variants: {
      al1: {
        kind: 'unavailable',
        lines: ['sudo tail -f /var/log/messages'],
        reason: 'AL1 has no systemd or journald (upstart-based).',
        instead: "Follow the service's own log file under /var/log with tail -f.",
        sources: ['aws-al2-compare-with-al1'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo journalctl -u {{unit}} -f'],
        sources: ['aws-al2023-journald'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo journalctl -u {{unit}} -f'],
        sources: ['aws-al2023-journald'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo journalctl -u {{unit}} -f'],
        sources: ['aws-al2023-journald'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo journalctl -u {{unit}} -f'],
        sources: ['aws-al2023-journald'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo journalctl -u {{unit}} -f'],
        sources: ['aws-al2023-journald'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo journalctl -u {{unit}} -f'],
        sources: ['aws-al2023-journald'],
      },
    },
    notes: [
      'By default the journal may be volatile (kept under /run); create /var/log/journal or configure Storage=persistent to keep logs across reboots.',
    ],
    sources: ['aws-al2023-journald'],
    related: ['read-system-log'],
    aliases: ['journalctl -u', 'journalctl -f', 'tail -f'],
    verification:
      'journalctl -f documented by AWS; -u unit filter is standard journalctl usage (freedesktop man page linked from AWS, not fetched).',
  },
  {
    id: 'cron-jobs',
    title: 'Use classic cron (crontab)',
    category: 'scheduling',
    summary: 'cronie ships on AL2; not on AL2023 by default.',
    variants: {
      al1: {
        kind: 'unknown',
        reason:
          "Whether cronie/crond is installed on the Amazon Linux AMI by default was not established from a source. Check with 'rpm -q cronie' on an instance.",
      },
      al2: {
        kind: 'command',
        lines: ['crontab -e', 'systemctl status crond'],
        note: 'AWS: the cronie package was installed by default on the AL2 AMI.',
        sources: ['aws-al2023-cron', 'aws-al2023-ug-index'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf install cronie', 'sudo systemctl enable --now crond', 'crontab -e'],
        note: 'AWS recommends systemd timers instead; cronie is optional.',
        sources: ['aws-al2023-cron', 'aws-al2-prepare-for-al2023'],
      },
      rhel7: {
        kind: 'command',
        lines: ['rpm -q cronie', 'crontab -e'],
        note: 'cronie presence on RHEL AMIs not verified; install it with yum if missing.',
        sources: ['aws-al2023-cron'],
      },
      rhel8: {
        kind: 'command',
        lines: ['rpm -q cronie', 'crontab -e'],
        note: 'cronie presence on RHEL AMIs not verified; install with dnf if missing.',
        sources: ['aws-al2023-cron'],
      },
      rhel9: {
        kind: 'command',
        lines: ['rpm -q cronie', 'crontab -e'],
        note: 'Same caveat.',
        sources: ['aws-al2023-cron'],
      },
      rhel10: {
        kind: 'command',
        lines: ['rpm -q cronie', 'crontab -e'],
        note: 'Same caveat.',
        sources: ['aws-al2023-cron'],
      },
    },
    notes: ['Scripts that drop files into /etc/cron.d silently never run on a default AL2023 instance.'],
    sources: ['aws-al2023-cron', 'aws-al2-prepare-for-al2023', 'aws-al2023-ug-index'],
    related: ['list-timers'],
    aliases: ['cron', 'crontab', 'cronie', 'crond', 'anacron'],
    verification: 'AL2/AL2023 primary (AWS). RHEL presence of cronie on AMIs unverified, hence the check command.',
  },
  {
    id: 'list-timers',
    title: 'List scheduled systemd timers',
    category: 'scheduling',
    summary: 'systemctl list-timers on every systemd release.',
    variants: {
      al1: {
        kind: 'unavailable',
        reason: 'AL1 has no systemd.',
        instead: 'Use cron on AL1 (its availability by default is not verified; see cron-jobs).',
        sources: ['aws-al2-compare-with-al1'],
      },
      al2: {
        kind: 'command',
        lines: ['systemctl list-timers --all'],
        sources: ['aws-al2-prepare-for-al2023'],
      },
      al2023: {
        kind: 'command',
        lines: ['systemctl list-timers --all'],
        sources: ['aws-al2023-cron'],
      },
      rhel7: {
        kind: 'command',
        lines: ['systemctl list-timers --all'],
        sources: ['dnf-automatic-doc'],
      },
      rhel8: {
        kind: 'command',
        lines: ['systemctl list-timers --all'],
        sources: ['dnf-automatic-doc'],
      },
      rhel9: {
        kind: 'command',
        lines: ['systemctl list-timers --all'],
        sources: ['dnf-automatic-doc'],
      },
      rhel10: {
        kind: 'command',
        lines: ['systemctl list-timers --all'],
        sources: ['dnf-automatic-doc'],
      },
    },
    notes: ["AWS's AL2 migration guide recommends moving cron jobs to systemd timers before moving to AL2023."],
    sources: ['aws-al2-prepare-for-al2023', 'aws-al2023-cron', 'dnf-automatic-doc'],
    related: ['cron-jobs', 'automatic-updates'],
    aliases: ['systemd timer', 'list-timers', 'OnCalendar'],
    verification: 'Timer recommendation primary (AWS); list-timers is standard systemctl usage (no page fetched showing it).',
  },
  {
    id: 'firewall-default-state',
    title: 'Check whether a host firewall is active',
    category: 'firewall',
    summary: 'On EC2, neither Amazon Linux nor RHEL AMIs rely on firewalld; security groups do the filtering.',
    variants: {
      al1: {
        kind: 'unknown',
        reason:
          "No source establishes whether the iptables service is active on the Amazon Linux AMI by default. Check with 'sudo service iptables status' and 'sudo iptables -L -n'.",
      },
      al2: {
        kind: 'command',
        lines: ['sudo iptables -L -n', 'rpm -q firewalld'],
        note: 'A user report shows firewalld is not present by default and had to be installed from EPEL (secondary).',
        sources: ['firewalld-issue-841'],
      },
      al2023: {
        kind: 'command',
        lines: ['rpm -q firewalld nftables iptables-nft'],
        note: 'Secondary reports: iptables is not installed by default, and the minimal AMI ships neither iptables nor nft.',
        sources: ['firezone-issue-8481', 'cfn-nat-pr-16'],
      },
      rhel7: {
        kind: 'command',
        lines: ['rpm -q firewalld', 'sudo firewall-cmd --state'],
        note: "Red Hat's RHEL AMI tests require firewalld NOT to be installed in AMIs; non-cloud installs default to firewalld.",
        sources: ['osbuild-civ-test-aws'],
      },
      rhel8: {
        kind: 'command',
        lines: ['rpm -q firewalld', 'sudo firewall-cmd --state'],
        sources: ['osbuild-civ-test-aws', 'osbuild-civ-pr-594'],
      },
      rhel9: {
        kind: 'command',
        lines: ['rpm -q firewalld', 'sudo firewall-cmd --state'],
        sources: ['osbuild-civ-test-aws', 'osbuild-civ-pr-594'],
      },
      rhel10: {
        kind: 'command',
        lines: ['rpm -q firewalld', 'sudo firewall-cmd --state'],
        sources: ['osbuild-civ-test-aws'],
      },
    },
    notes: [
      "The popular claim 'RHEL runs firewalld by default' is true for standard installs but not for RHEL AMIs on EC2, per Red Hat's own image tests.",
      'CentOS Stream 9 AWS cloud images also come without firewalld (secondary).',
    ],
    sources: ['osbuild-civ-test-aws', 'osbuild-civ-pr-594', 'firewalld-issue-841', 'firezone-issue-8481', 'cfn-nat-pr-16', 'awx-rpm-pr-6'],
    related: ['open-port'],
    aliases: ['firewalld', 'iptables', 'nftables', 'security group', 'firewall-cmd'],
    verification:
      "RHEL AMI finding from Red Hat's image-builder test suite (secondary code, but authoritative for the images). Amazon Linux rows secondary; AL1 unknown.",
  },
  {
    id: 'open-port',
    title: 'Open a TCP port in the host firewall',
    category: 'firewall',
    summary: 'firewall-cmd where firewalld is used; on EC2 first check whether a host firewall exists at all.',
    placeholders: {
      port: 'TCP port number, e.g. 8080',
    },
    variants: {
      al1: {
        kind: 'unknown',
        reason:
          "The default firewall tooling and its persistence on the Amazon Linux AMI were not established. Open the port in the instance's security group instead.",
      },
      al2: {
        kind: 'unknown',
        reason:
          "firewalld is not installed by default on AL2 and was reported installed from EPEL (secondary); whether it is in AL2's own repositories was not verified. Use the security group, or install firewalld and follow the RHEL 7 lines.",
      },
      al2023: {
        kind: 'unknown',
        reason:
          'Whether firewalld is packaged in the AL2023 repositories was not verified, and AL2023 has no host firewall by default (secondary). Use the security group; nftables/iptables-services are options (secondary).',
      },
      rhel7: {
        kind: 'command',
        lines: [
          'sudo yum install firewalld',
          'sudo systemctl enable firewalld',
          'sudo systemctl start firewalld',
          'sudo firewall-cmd --permanent --add-port={{port}}/tcp',
          'sudo firewall-cmd --reload',
        ],
        note: 'Installing and starting firewalld on an EC2 instance applies its default zone; make sure SSH (allowed in the default public zone) still reaches you.',
        sources: ['firewall-cmd-man', 'osbuild-civ-test-aws'],
      },
      rhel8: {
        kind: 'command',
        lines: [
          'sudo dnf install firewalld',
          'sudo systemctl enable --now firewalld',
          'sudo firewall-cmd --permanent --add-port={{port}}/tcp',
          'sudo firewall-cmd --reload',
        ],
        note: 'Same caution about the default zone.',
        sources: ['firewall-cmd-man', 'osbuild-civ-test-aws'],
      },
      rhel9: {
        kind: 'command',
        lines: [
          'sudo dnf install firewalld',
          'sudo systemctl enable --now firewalld',
          'sudo firewall-cmd --permanent --add-port={{port}}/tcp',
          'sudo firewall-cmd --reload',
        ],
        note: 'Same caution about the default zone.',
        sources: ['firewall-cmd-man', 'osbuild-civ-test-aws'],
      },
      rhel10: {
        kind: 'command',
        lines: [
          'sudo dnf install firewalld',
          'sudo systemctl enable --now firewalld',
          'sudo firewall-cmd --permanent --add-port={{port}}/tcp',
          'sudo firewall-cmd --reload',
        ],
        note: 'Same caution about the default zone.',
        sources: ['firewall-cmd-man', 'osbuild-civ-test-aws'],
      },
    },
    notes: [
      'On EC2 the security group is the primary control; a host firewall is an additional layer.',
      '--permanent writes the rule to disk; --reload activates the permanent configuration.',
    ],
    sources: ['firewall-cmd-man', 'osbuild-civ-test-aws', 'firewalld-issue-841', 'firezone-issue-8481'],
    related: ['firewall-default-state'],
    aliases: ['firewall-cmd', '--add-port', 'iptables -A', 'open port'],
    verification:
      'firewall-cmd syntax from the firewalld man page (copy). Need to install firewalld on RHEL AMIs from Red Hat image tests. Amazon Linux rows unknown.',
  },
  {
    id: 'system-python',
    title: 'Check the system Python version',
    category: 'python',
    summary: 'The platform Python differs per release.',
    variants: {
      al1: {
        kind: 'command',
        lines: ['python --version', 'python3 --version'],
        note: 'System Python is 2.7; Python 3 came as versioned packages (python34, python36 ...).',
        sources: ['poise-python-pr-40'],
      },
      al2: {
        kind: 'command',
        lines: ['python --version', 'python3 --version'],
        note: 'System Python is 2.7; python3 (3.7 on later AL2) is an add-on package.',
        sources: ['aws-al2023-python'],
      },
      al2023: {
        kind: 'command',
        lines: ['python3 --version'],
        note: 'System Python 3.9 for the life of AL2023; no Python 2.',
        sources: ['aws-al2023-python'],
      },
      rhel7: {
        kind: 'command',
        lines: ['python --version', 'python3 --version'],
        note: 'Python 2.7 system; python3 (3.6) available from RHEL 7.7 (secondary).',
        sources: ['vstinner-redhat-python'],
      },
      rhel8: {
        kind: 'command',
        lines: ['python3 --version'],
        note: "Python 3.6 is the main python3; no unversioned 'python' by default.",
        sources: ['redhat-rhel8-python'],
      },
      rhel9: {
        kind: 'command',
        lines: ['python3 --version'],
        note: 'Python 3.9.',
        sources: ['redhat-rhel9-python'],
      },
      rhel10: {
        kind: 'command',
        lines: ['python3 --version'],
        note: 'Python 3.12; the unversioned python command points to it.',
        sources: ['redhat-rhel10-python'],
      },
    },
    notes: [
      'Never replace /usr/bin/python3 on AL2023 or RHEL: system tools (dnf) depend on it. Install alternative versions side by side.',
    ],
    sources: [
      'aws-al2023-python',
      'redhat-rhel8-python',
      'redhat-rhel9-python',
      'redhat-rhel10-python',
      'vstinner-redhat-python',
      'poise-python-pr-40',
    ],
    related: ['install-python3-devel', 'install-python-alternative'],
    aliases: ['python', 'python3', 'python version'],
    verification: 'AL2023/RHEL 8-10 primary; AL1/AL2/RHEL 7 mixed.',
  },
  {
    id: 'install-python3-devel',
    title: 'Install Python 3 development headers',
    category: 'python',
    summary: 'python3-devel for the system Python 3.',
    variants: {
      al1: {
        kind: 'command',
        lines: ["yum list available 'python3*-devel'", 'sudo yum install python36-devel'],
        note: 'AL1 used versioned names (python34-devel observed on 2015.09; python36 on 2018.03 per secondary reports). Confirm the name with the first command.',
        sources: ['poise-python-pr-40'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo yum install python3-devel'],
        note: "Matches AL2's python3 (3.7).",
        sources: ['aws-al2023-python'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf install python3-devel'],
        note: 'For side-by-side versions use python3.11-devel ... python3.14-devel.',
        sources: ['aws-al2023-issue-290', 'aws-al2023-python'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum install python3-devel'],
        note: 'RHEL 7.7+ (Python 3.6). The -devel package may live in the Optional repository (not verified).',
        sources: ['vstinner-redhat-python'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf install python3-devel'],
        sources: ['redhat-rhel8-python'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf install python3-devel'],
        sources: ['redhat-rhel9-python'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf install python3-devel'],
        sources: ['redhat-rhel10-python'],
      },
    },
    notes: ['The interpreter behind python3 differs: AL2 3.7, AL2023 3.9, RHEL 7/8 3.6, RHEL 9 3.9, RHEL 10 3.12.'],
    sources: [
      'aws-al2023-python',
      'aws-al2023-issue-290',
      'redhat-rhel8-python',
      'redhat-rhel9-python',
      'redhat-rhel10-python',
      'vstinner-redhat-python',
      'poise-python-pr-40',
    ],
    related: ['system-python', 'install-python-alternative', 'install-development-tools'],
    aliases: ['python3-devel', 'Python.h', 'python-dev'],
    verification:
      'AL2023 confirmed by an AWS maintainer in the AL2023 issue tracker; RHEL per Red Hat language guides; AL1 name secondary.',
  },
  {
    id: 'install-python-alternative',
    title: 'Install a newer Python alongside the system one',
    category: 'python',
    summary: 'Versioned packages that do not replace python3.',
    placeholders: {
      pyver: 'version string as packaged, e.g. 3.12',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo yum install python36'],
        note: "Versioned python3x packages were AL1's mechanism (secondary).",
        sources: ['poise-python-pr-40'],
      },
      al2: {
        kind: 'command',
        lines: ['amazon-linux-extras list', 'sudo amazon-linux-extras install python{{pyver}}'],
        note: 'AL2 offered newer Pythons as Extras topics (e.g. python3.8, seen in a user report); check the exact topic name in the list.',
        sources: ['aws-al2-extras', 'aws-al2023-issue-290'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf install python{{pyver}}'],
        note: 'python3.11 through python3.14 are packaged (python3.12, 3.13 and 3.14 appear in the 2023.12 release notes).',
        sources: ['aws-al2023-python', 'aws-al2023-relnotes-20260608'],
      },
      rhel7: {
        kind: 'unavailable',
        reason: 'RHEL 7 base repositories carry only Python 2.7 and 3.6.',
        instead: 'Red Hat Software Collections provided newer Pythons on RHEL 7 (e.g. rh-python38); RHEL 7 is past Maintenance Support.',
        sources: ['vstinner-redhat-python'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf install python{{pyver}}'],
        note: 'Python 3.11 and 3.12 are available as additional streams (fact base).',
        sources: ['redhat-rhel8-python'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf install python{{pyver}}'],
        note: 'Python 3.11 and 3.12 are add-ons.',
        sources: ['redhat-rhel9-python'],
      },
      rhel10: {
        kind: 'unknown',
        reason:
          "Which additional Python versions RHEL 10 ships beyond its default 3.12 was not established. Check with 'dnf search python3.1'.",
      },
    },
    notes: ['Use pythonX.Y -m venv to build application environments instead of touching the system interpreter.'],
    sources: [
      'aws-al2023-python',
      'aws-al2023-relnotes-20260608',
      'redhat-rhel8-python',
      'redhat-rhel9-python',
      'aws-al2-extras',
      'vstinner-redhat-python',
    ],
    related: ['system-python', 'install-python3-devel'],
    aliases: ['python3.11', 'python3.12', 'alternatives', 'pyenv'],
    verification: 'AL2023/RHEL 8/9 primary; AL1/AL2 secondary; RHEL 10 unknown.',
  },
  {
    id: 'install-jdk',
    title: 'Install a Java development kit',
    category: 'java',
    summary: 'Amazon Corretto on Amazon Linux; OpenJDK (java-<ver>-openjdk) on RHEL.',
    placeholders: {
      jdk: 'Java feature version, e.g. 17 or 21 (use 1.8.0 for Java 8)',
    },
    variants: {
      al1: {
        kind: 'unknown',
        reason:
          "The Java package names available for the Amazon Linux AMI were not verified in this research. Check with 'yum search openjdk'.",
      },
      al2: {
        kind: 'command',
        lines: ['sudo amazon-linux-extras enable corretto8', 'sudo yum install java-{{jdk}}-amazon-corretto-devel'],
        note: "AWS's Corretto 8 guide has you enable the corretto8 Extras topic before installing java-1.8.0-amazon-corretto-devel. For other feature versions, follow AWS's Corretto guide for that version.",
        sources: ['aws-corretto8-al2', 'aws-corretto17-al'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf install java-{{jdk}}-amazon-corretto-devel'],
        note: 'Amazon Corretto is the only JVM in AL2023 (e.g. 1.8.0, 11, 17, 21 and newer).',
        sources: ['aws-al2023-java', 'aws-corretto17-al'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum install java-{{jdk}}-openjdk-devel'],
        note: 'Naming convention shared with Fedora; which feature versions RHEL 7 offers (8 and 11 expected) was not verified.',
        sources: ['fedora-pkg-java21-devel'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf install java-{{jdk}}-openjdk-devel'],
        note: 'Version availability not verified against a Red Hat page.',
        sources: ['fedora-pkg-java21-devel'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf install java-{{jdk}}-openjdk-devel'],
        note: 'Version availability not verified against a Red Hat page.',
        sources: ['fedora-pkg-java21-devel'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf install java-21-openjdk-devel'],
        note: 'OpenJDK 21 is the RHEL 10 default (secondary); JDK 25 images exist for UBI 10 (Red Hat GitHub).',
        sources: ['puppet-java-12-1-0', 'redhat-openjdk-ubi10-jdk25'],
      },
    },
    notes: [
      'Scripts that install java-*-openjdk fail on AL2023, and scripts that install Corretto package names fail on RHEL; branch on ID from /etc/os-release.',
    ],
    sources: [
      'aws-al2023-java',
      'aws-corretto8-al2',
      'aws-corretto17-al',
      'fedora-pkg-java21-devel',
      'puppet-java-12-1-0',
      'redhat-openjdk-ubi10-jdk25',
    ],
    related: ['detect-distro-in-script'],
    aliases: ['java', 'jdk', 'openjdk', 'corretto', 'javac'],
    verification:
      'AL2023 Corretto-only primary (AWS). AL2 via AWS Corretto guides (the Corretto 8 guide read on 2026-12-01, for the corretto8 topic). RHEL naming convention secondary; AL1 unknown.',
  },
  {
    id: 'install-container-engine',
    title: 'Install a container engine (Docker or Podman)',
    category: 'containers',
    summary: "Docker from Amazon's repos on Amazon Linux; Podman (container-tools) on RHEL 8+.",
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo yum install docker', 'sudo service docker start', 'sudo usermod -a -G docker ec2-user'],
        sources: ['aws-ecs-docker-basics'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo amazon-linux-extras install docker', 'sudo service docker start', 'sudo usermod -a -G docker ec2-user'],
        note: "The amzn2extra-docker repo is enabled by default, so 'sudo yum install docker' also works. Podman is not offered for AL2 (secondary).",
        sources: ['aws-ecs-docker-basics'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo dnf install docker', 'sudo systemctl enable --now docker', 'sudo usermod -a -G docker ec2-user'],
        note: 'docker, containerd, runc and nerdctl are AL2023 core packages. Podman is not in the core repositories; whether SPAL carries it was not confirmed (check: dnf list --repo=amazonlinux-spal podman).',
        sources: ['aws-al2023-relnotes-20260608', 'aws-al2023-spal-packages'],
      },
      rhel7: {
        kind: 'command',
        lines: ['sudo yum install podman'],
        note: "From the RHEL 7 Extras repository, which must be enabled; Red Hat's docker 1.13 also came from Extras. Secondary sources.",
        sources: ['gist-rhel7-docker-extras'],
      },
      rhel8: {
        kind: 'command',
        lines: ['sudo dnf module install -y container-tools'],
        note: 'Docker is not included in or supported by RHEL 8 (Red Hat, quoted by GitLab). Secondary sources for the module command.',
        sources: ['gist-cs8-container-tools', 'gitlab-runner-27119'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf install container-tools'],
        note: 'container-tools provides podman, buildah and skopeo.',
        sources: ['bootc-iso-rhel9', 'redhat-rhel10-build-container'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf install container-tools'],
        sources: ['redhat-rhel10-build-container'],
      },
    },
    notes: [
      'Log out and back in after adding ec2-user to the docker group.',
      'A docker CLI compatibility shim (podman-docker) exists for Podman on RHEL; not verified here.',
    ],
    sources: [
      'aws-ecs-docker-basics',
      'aws-al2023-relnotes-20260608',
      'redhat-rhel10-build-container',
      'gitlab-runner-27119',
      'gist-cs8-container-tools',
      'bootc-iso-rhel9',
      'gist-rhel7-docker-extras',
    ],
    related: [],
    aliases: ['docker', 'podman', 'container-tools', 'containerd', 'buildah'],
    verification: 'AL1/AL2 primary (AWS ECS guide); AL2023 docker from AWS release notes (primary); RHEL 10 primary; RHEL 7-9 secondary.',
  },
  {
    id: 'install-aws-cli',
    title: 'Install or check the AWS CLI',
    category: 'aws',
    summary: "AL1/AL2 ship CLI v1, AL2023 ships v2 (awscli-2); RHEL 9.5+/10 package awscli2; otherwise AWS's bundled installer.",
    variants: {
      al1: {
        kind: 'command',
        lines: ['aws --version', 'sudo yum install aws-cli'],
        note: 'AWS lists aws-cli among the tools included in the Amazon Linux AMI (CLI v1).',
        sources: ['aws-ec2-amazon-linux-basics-2018'],
      },
      al2: {
        kind: 'command',
        lines: ['aws --version', 'rpm -q awscli', 'sudo yum install awscli'],
        note: "AL2's package is awscli, AWS CLI v1 (AWS's package comparison lists awscli 1.18.147-1.amzn2.0.2 in AL2 core); aws-cli was the Amazon Linux AMI's name. AL2 comes with v1, installed with pip or yum depending on when the instance was created, so rpm -q can come back empty even though aws works. For v2, use AWS's bundled installer.",
        sources: ['aws-al2023-vercmp-al2', 'aws-cli-v1-amazon-linux'],
      },
      al2023: {
        kind: 'command',
        lines: ['aws --version', 'sudo dnf install awscli-2'],
        note: 'AWS CLI v2 is in the default AMI as package awscli-2 (minimal images may lack it).',
        sources: ['aws-al2023-relnotes-2023-6-20241209', 'aws-al2023-ug-index'],
      },
      rhel7: {
        kind: 'command',
        lines: [
          'curl "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o "awscliv2.zip"',
          'unzip awscliv2.zip',
          'sudo ./aws/install',
        ],
        note: "x86_64 shown; use awscli-exe-linux-aarch64.zip on Arm. Needs unzip. Compatibility of current v2 builds with RHEL 7's glibc was not verified.",
        sources: ['aws-cli-install'],
      },
      rhel8: {
        kind: 'command',
        lines: [
          'curl "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o "awscliv2.zip"',
          'unzip awscliv2.zip',
          'sudo ./aws/install',
        ],
        note: 'x86_64 shown; use awscli-exe-linux-aarch64.zip on Arm. Needs unzip.',
        sources: ['aws-cli-install'],
      },
      rhel9: {
        kind: 'command',
        lines: ['sudo dnf install awscli2'],
        note: "Red Hat's image tests expect an awscli2 package on RHEL 9.5 and later (secondary). On older 9.x use AWS's bundled installer.",
        sources: ['osbuild-civ-test-awscli2', 'fedora-pkg-awscli2'],
      },
      rhel10: {
        kind: 'command',
        lines: ['sudo dnf install awscli2'],
        note: 'Secondary (Red Hat image tests expect awscli2 2.27 on RHEL 10).',
        sources: ['osbuild-civ-test-awscli2'],
      },
    },
    notes: [
      "Package names differ on every family: aws-cli (v1, AL1), awscli (v1, AL2), awscli-2 (AL2023), awscli2 (Fedora, RHEL 9.5+/10). Use 'aws --version' to see which major version runs.",
      'Fedora packages AWS CLI v2 as awscli2.',
    ],
    sources: [
      'aws-ec2-amazon-linux-basics-2018',
      'aws-al2023-vercmp-al2',
      'aws-al2023-ug-index',
      'aws-cli-install',
      'osbuild-civ-test-awscli2',
      'fedora-pkg-awscli2',
    ],
    related: ['query-instance-metadata'],
    aliases: ['awscli', 'aws-cli', 'awscli-2', 'awscli2', 'aws cli v2'],
    verification:
      "AL1, AL2 and AL2023 primary (AWS); AL2's package name from AWS's AL2-to-AL2023 package comparison, which lists awscli-2 as awscli in AL2. RHEL 9/10 awscli2 from Red Hat-maintained tests (secondary). Bundled-installer lines from many copies of AWS's guide; the guide file itself was located but not read.",
  },
  {
    id: 'ssm-agent',
    title: 'Check or install the SSM Agent',
    category: 'aws',
    summary: "Preinstalled on Amazon Linux AMIs; installed from AWS's RPM on RHEL.",
    placeholders: {
      region: 'AWS Region code, e.g. us-east-2',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['sudo status amazon-ssm-agent'],
        note: "Preinstalled on Amazon Linux AMIs. AL1 uses upstart; the 'status' form is taken from AWS's instructions for the upstart-based RHEL 6, AL1's own page was not read.",
        sources: ['aws-ssm-manual-install', 'aws-ssm-install-rhel'],
      },
      al2: {
        kind: 'command',
        lines: ['sudo systemctl status amazon-ssm-agent'],
        note: 'Preinstalled on AL2 AMIs, but not on every AL2-based AMI (e.g. EKS-optimized AL2).',
        sources: ['aws-ssm-manual-install'],
      },
      al2023: {
        kind: 'command',
        lines: ['sudo systemctl status amazon-ssm-agent', 'sudo dnf install amazon-ssm-agent'],
        note: 'Included in the default (standard) AL2023 AMIs; absent from the minimal AMI package lists, where you install it from the core repository.',
        sources: ['aws-al2023-relnotes-20260608'],
      },
      rhel7: {
        kind: 'command',
        lines: [
          'sudo yum install -y https://s3.{{region}}.amazonaws.com/amazon-ssm-{{region}}/latest/linux_amd64/amazon-ssm-agent.rpm',
          'sudo systemctl enable amazon-ssm-agent',
          'sudo systemctl start amazon-ssm-agent',
        ],
        note: 'Arm64: replace linux_amd64 with linux_arm64.',
        sources: ['aws-ssm-install-rhel'],
      },
      rhel8: {
        kind: 'command',
        lines: [
          'sudo dnf install -y https://s3.{{region}}.amazonaws.com/amazon-ssm-{{region}}/latest/linux_amd64/amazon-ssm-agent.rpm',
          'sudo systemctl enable amazon-ssm-agent',
          'sudo systemctl start amazon-ssm-agent',
        ],
        note: 'Arm64: replace linux_amd64 with linux_arm64.',
        sources: ['aws-ssm-install-rhel'],
      },
      rhel9: {
        kind: 'command',
        lines: [
          'sudo dnf install -y https://s3.{{region}}.amazonaws.com/amazon-ssm-{{region}}/latest/linux_amd64/amazon-ssm-agent.rpm',
          'sudo systemctl enable amazon-ssm-agent',
          'sudo systemctl start amazon-ssm-agent',
        ],
        note: 'The AWS page read covers RHEL 6-8; the same RPM procedure is assumed for RHEL 9.',
        sources: ['aws-ssm-install-rhel'],
      },
      rhel10: {
        kind: 'command',
        lines: [
          'sudo dnf install -y https://s3.{{region}}.amazonaws.com/amazon-ssm-{{region}}/latest/linux_amd64/amazon-ssm-agent.rpm',
          'sudo systemctl enable amazon-ssm-agent',
          'sudo systemctl start amazon-ssm-agent',
        ],
        note: 'Assumed from the RHEL 8 procedure; RHEL 10 support not checked against a current AWS page.',
        sources: ['aws-ssm-install-rhel'],
      },
    },
    notes: [
      'The instance also needs an IAM instance profile with Systems Manager permissions (e.g. AmazonSSMManagedInstanceCore).',
      "AWS's global fallback URL is https://s3.amazonaws.com/ec2-downloads-windows/SSMAgent/latest/linux_amd64/amazon-ssm-agent.rpm.",
    ],
    sources: ['aws-ssm-manual-install', 'aws-ssm-install-rhel', 'aws-al2023-relnotes-20260608'],
    related: ['ec2-instance-connect'],
    aliases: ['amazon-ssm-agent', 'session manager', 'systems manager'],
    verification: 'AWS primary for AL2/RHEL 7-8 and AL2023 AMI contents; RHEL 9/10 and AL1 status syntax extrapolated (noted).',
  },
  {
    id: 'ec2-instance-connect',
    title: 'Enable EC2 Instance Connect on the instance',
    category: 'aws',
    summary: 'Preinstalled on AL2 (2.0.20190618+) and the standard AL2023 AMI; on RHEL 8 and 9, install the two RPMs AWS publishes.',
    variants: {
      al1: {
        kind: 'unavailable',
        reason:
          "AWS's EC2 Instance Connect install page does not list the Amazon Linux AMI among the supported systems, neither in its old nor in its current version.",
        instead: 'Connect with SSH keys or with SSM Session Manager.',
        sources: ['aws-ec2-instance-connect-install', 'aws-ec2-instance-connect-setup'],
      },
      al2: {
        kind: 'command',
        lines: ['rpm -q ec2-instance-connect', 'sudo yum install ec2-instance-connect'],
        note: 'Preinstalled from AL2 2.0.20190618; the install line is only for older AMIs.',
        sources: ['aws-ec2-instance-connect-install'],
      },
      al2023: {
        kind: 'command',
        lines: ['rpm -q ec2-instance-connect', 'sudo dnf install ec2-instance-connect'],
        note: 'Preinstalled on the standard AL2023 AMI. AWS names the minimal AMI and the ECS-optimized AMI as the ones that need a manual install, but gives no AL2023-specific command. The AL2023 repositories carry ec2-instance-connect and a separate ec2-instance-connect-selinux package; we have not checked whether the first pulls in the second.',
        sources: ['aws-ec2-instance-connect-install', 'aws-al2023-vercmp-al2'],
      },
      rhel7: {
        kind: 'unavailable',
        reason: "AWS's install page supports RHEL 8 and 9 only and publishes no RPM built for RHEL 7.",
        instead:
          'Connect with SSH keys or with SSM Session Manager, or use EC2 Instance Connect Endpoint, which needs no software on the instance.',
        sources: ['aws-ec2-instance-connect-install'],
      },
      rhel8: {
        kind: 'command',
        lines: [
          'mkdir /tmp/ec2-instance-connect',
          'curl https://amazon-ec2-instance-connect-us-west-2.s3.us-west-2.amazonaws.com/latest/linux_amd64/ec2-instance-connect-2.0.0-5.rhel8.x86_64.rpm -o /tmp/ec2-instance-connect/ec2-instance-connect.rpm',
          'curl https://amazon-ec2-instance-connect-us-west-2.s3.us-west-2.amazonaws.com/latest/linux_amd64/ec2-instance-connect-selinux-2.0.0-5.noarch.rpm -o /tmp/ec2-instance-connect/ec2-instance-connect-selinux.rpm',
          'sudo yum install -y /tmp/ec2-instance-connect/ec2-instance-connect.rpm /tmp/ec2-instance-connect/ec2-instance-connect-selinux.rpm',
        ],
        note: "Nothing is preinstalled; AWS ships the package as RPM files, not through a yum repository. x86_64 shown: on Arm, take the files under linux_arm64 (…rhel8.aarch64.rpm). The version in the file names is the one on AWS's page when we read it; check the page for the current one. AWS's check after install: the AuthorizedKeysCommand lines in /lib/systemd/system/sshd.service.d/ec2-instance-connect.conf.",
        sources: ['aws-ec2-instance-connect-install'],
      },
      rhel9: {
        kind: 'command',
        lines: [
          'mkdir /tmp/ec2-instance-connect',
          'curl https://amazon-ec2-instance-connect-us-west-2.s3.us-west-2.amazonaws.com/latest/linux_amd64/ec2-instance-connect-2.0.0-5.rhel9.x86_64.rpm -o /tmp/ec2-instance-connect/ec2-instance-connect.rpm',
          'curl https://amazon-ec2-instance-connect-us-west-2.s3.us-west-2.amazonaws.com/latest/linux_amd64/ec2-instance-connect-selinux-2.0.0-5.noarch.rpm -o /tmp/ec2-instance-connect/ec2-instance-connect-selinux.rpm',
          'sudo yum install -y /tmp/ec2-instance-connect/ec2-instance-connect.rpm /tmp/ec2-instance-connect/ec2-instance-connect-selinux.rpm',
        ],
        note: "As on RHEL 8, with the rhel9 RPM (…rhel9.aarch64.rpm under linux_arm64 on Arm). The version in the file names is the one on AWS's page when we read it. AWS's check after install: the AuthorizedKeysCommand lines in /etc/ssh/sshd_config.d/60-ec2-instance-connect.conf.",
        sources: ['aws-ec2-instance-connect-install'],
      },
      rhel10: {
        kind: 'unknown',
        reason:
          "AWS's install page covers RHEL 8 and 9 only; it offers no RHEL 10 RPM and does not say whether the RHEL 9 one works there. Until AWS documents it, use SSH keys, SSM Session Manager or EC2 Instance Connect Endpoint.",
      },
    },
    notes: [
      "The package configures sshd's AuthorizedKeysCommand; it will not override an existing AuthorizedKeysCommand or AuthorizedKeysCommandUser setting, and Instance Connect then does not work.",
      'AWS also documents CentOS Stream 8 and 9 with the same RPMs as RHEL 8 and 9.',
    ],
    sources: ['aws-ec2-instance-connect-install', 'aws-al2023-vercmp-al2'],
    related: ['ssm-agent', 'default-login-user'],
    aliases: ['eic', 'ec2-instance-connect', 'mssh'],
    verification:
      "All variants from AWS's current install page (primary), read on 2026-12-01: supported systems, preinstalled AMIs and the RHEL 8/9 commands. AL2023 package names also from AWS's AL2-to-AL2023 package comparison. RHEL 10 is not covered by AWS.",
  },
  {
    id: 'query-instance-metadata',
    title: 'Query instance metadata (IMDSv2)',
    category: 'aws',
    summary: 'curl with a session token works everywhere; ec2-metadata is a convenience on Amazon Linux.',
    placeholders: {
      item: 'metadata path, e.g. instance-id, placement/region, local-ipv4',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: [
          'TOKEN=$(curl -s -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")',
          'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/{{item}}',
        ],
        note: "Whether AL1's ec2-metadata (under /opt/aws/bin) supports IMDSv2 depends on its ec2-utils version (IMDSv2 support added in 2020); use curl.",
        sources: ['aws-ec2-imds-retrieve'],
      },
      al2: {
        kind: 'command',
        lines: [
          'ec2-metadata --instance-id',
          'TOKEN=$(curl -s -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")',
          'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/{{item}}',
        ],
        sources: ['amazon-ec2-utils', 'aws-ec2-imds-retrieve'],
      },
      al2023: {
        kind: 'command',
        lines: [
          'ec2-metadata --instance-id',
          'TOKEN=$(curl -s -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")',
          'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/{{item}}',
        ],
        note: 'AL2023 AMIs require IMDSv2 by default (hop limit 2), so IMDSv1 one-liners fail. ec2-metadata comes from the package AL2023 lists as ec2-utils (built from amazon-ec2-utils, which provides that name).',
        sources: ['amazon-ec2-utils', 'aws-ec2-imds-retrieve', 'aws-al2023-imdsv2', 'aws-al2023-relnotes-2023-12-20260831'],
      },
      rhel7: {
        kind: 'command',
        lines: [
          'TOKEN=$(curl -s -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")',
          'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/{{item}}',
        ],
        sources: ['aws-ec2-imds-retrieve'],
      },
      rhel8: {
        kind: 'command',
        lines: [
          'TOKEN=$(curl -s -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")',
          'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/{{item}}',
        ],
        sources: ['aws-ec2-imds-retrieve'],
      },
      rhel9: {
        kind: 'command',
        lines: [
          'TOKEN=$(curl -s -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")',
          'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/{{item}}',
        ],
        sources: ['aws-ec2-imds-retrieve'],
      },
      rhel10: {
        kind: 'command',
        lines: [
          'TOKEN=$(curl -s -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")',
          'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/{{item}}',
        ],
        sources: ['aws-ec2-imds-retrieve'],
      },
    },
    notes: [
      'ec2-metadata comes from ec2-utils (AL2) / amazon-ec2-utils (AL2023); it is not part of RHEL.',
      'Run both curl lines in the same shell so $TOKEN is set.',
    ],
    sources: ['aws-ec2-imds-retrieve', 'amazon-ec2-utils', 'aws-al2023-ug-index'],
    related: ['install-aws-cli'],
    aliases: ['imds', 'imdsv2', '169.254.169.254', 'ec2-metadata', 'instance id'],
    verification:
      'IMDSv2 curl form per AWS (primary; rewritten with $( ) instead of backticks). ec2-metadata options from the amazon-ec2-utils man page (AWS GitHub).',
  },
  {
    id: 'default-login-user',
    title: 'Log in with the default user of the AMI',
    category: 'aws',
    summary: 'ec2-user on Amazon Linux; ec2-user (or root) on RHEL AMIs.',
    placeholders: {
      'key-file': 'path to your private key (.pem)',
      host: 'instance public DNS name or IP',
    },
    variants: {
      al1: {
        kind: 'command',
        lines: ['ssh -i {{key-file}} ec2-user@{{host}}'],
        note: 'Remote root login and password authentication are disabled; ec2-user has sudo.',
        sources: ['aws-ec2-amazon-linux-basics-2018', 'aws-ec2-managing-users'],
      },
      al2: {
        kind: 'command',
        lines: ['ssh -i {{key-file}} ec2-user@{{host}}'],
        sources: ['aws-ec2-amazon-linux-basics-2018', 'aws-ec2-managing-users'],
      },
      al2023: {
        kind: 'command',
        lines: ['ssh -i {{key-file}} ec2-user@{{host}}'],
        sources: ['aws-ec2-managing-users'],
      },
      rhel7: {
        kind: 'command',
        lines: ['ssh -i {{key-file}} ec2-user@{{host}}'],
        note: 'AWS: for a RHEL AMI the user name is ec2-user or root.',
        sources: ['aws-ec2-managing-users'],
      },
      rhel8: {
        kind: 'command',
        lines: ['ssh -i {{key-file}} ec2-user@{{host}}'],
        sources: ['aws-ec2-managing-users'],
      },
      rhel9: {
        kind: 'command',
        lines: ['ssh -i {{key-file}} ec2-user@{{host}}'],
        sources: ['aws-ec2-managing-users'],
      },
      rhel10: {
        kind: 'command',
        lines: ['ssh -i {{key-file}} ec2-user@{{host}}'],
        sources: ['aws-ec2-managing-users'],
      },
    },
    notes: ["No source was found that RHEL AMIs on EC2 use 'cloud-user'; that name is not asserted here."],
    sources: ['aws-ec2-amazon-linux-basics-2018', 'aws-ec2-managing-users'],
    related: ['ec2-instance-connect', 'ssm-agent'],
    aliases: ['ec2-user', 'cloud-user', 'default user', 'ssh login'],
    verification:
      'AWS default-user list (read through several verbatim quotations of the AWS page; the AL1/AL2 sudo statement read directly). Run on your workstation, not the instance.',
  },
]);

/** Every task: the ones above, then those in commands-porting.ts. */
export const commandData = [...coreCommandData, ...portingCommandData] as const;

export type CommandId = (typeof commandData)[number]['id'];
