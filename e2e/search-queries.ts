import type { Page } from '@playwright/test';

/**
 * Realistic queries, typed the way readers type them, each with the exact place it must open: the
 * page and, where the query names a release or a topic inside a page, the anchor. Written by hand.
 * The search spec and `npm run bench` run them through the search dialog and score the ranking.
 */
export interface SearchCase {
  query: string;
  /** Path and anchor (relative to the site root, without the base path) the right result opens. */
  expect: string;
}

export const SEARCH_QUERIES: SearchCase[] = [
  // A command, package, file or path name.
  { query: 'sestatus', expect: '/commands/selinux-status/' },
  { query: 'getenforce', expect: '/commands/selinux-status/' },
  { query: 'kernel-devel', expect: '/commands/install-kernel-headers/' },
  { query: '/etc/os-release', expect: '/commands/show-os-release/' },
  { query: 'os-release', expect: '/commands/show-os-release/' },
  { query: 'amazon-linux-extras', expect: '/commands/amazon-linux-extras/' },
  { query: 'Development Tools', expect: '/commands/install-development-tools/' },
  { query: 'yum install', expect: '/commands/install-package/' },
  { query: 'ntp', expect: '/commands/time-sync-status/' },
  { query: 'iptables', expect: '/commands/firewall-default-state/' },
  { query: 'releasever', expect: '/commands/pin-os-release/' },
  { query: 'journalctl', expect: '/commands/read-system-log/' },
  { query: 'python3-devel', expect: '/commands/install-python3-devel/' },
  { query: 'awscli-2', expect: '/commands/install-aws-cli/' },
  { query: 'ec2-metadata', expect: '/commands/query-instance-metadata/' },
  { query: 'crontab', expect: '/commands/cron-jobs/' },
  { query: 'network-scripts', expect: '/commands/interface-config-location/' },
  { query: 'corretto', expect: '/commands/install-jdk/' },
  { query: '/etc/selinux/config', expect: '/commands/selinux-set-mode-persistent/' },
  { query: 'chrony.conf', expect: '/commands/configure-ntp-server/' },
  { query: 'growpart', expect: '/commands/extend-file-system/' },
  { query: 'xfs_growfs', expect: '/commands/extend-file-system/' },
  { query: 'dnf-automatic', expect: '/commands/automatic-updates/' },
  { query: 'yum-cron', expect: '/commands/automatic-updates/' },
  { query: 'httpd', expect: '/commands/install-apache-httpd/' },
  { query: '/var/log/messages', expect: '/commands/read-system-log/' },
  { query: 'epel-release', expect: '/commands/enable-epel/' },
  { query: 'update-crypto-policies', expect: '/commands/crypto-policy/' },
  { query: 'hostnamectl', expect: '/commands/set-hostname/' },
  { query: 'restorecon', expect: '/commands/selinux-restore-context/' },
  { query: 'setsebool', expect: '/commands/selinux-set-boolean/' },
  { query: 'authorized_keys', expect: '/commands/add-user-ssh-key/' },
  { query: '169.254.169.254', expect: '/commands/query-instance-metadata/' },
  { query: 'kpatch', expect: '/commands/kernel-live-patching/' },
  { query: 'versionlock', expect: '/commands/versionlock-package/' },
  { query: 'podman', expect: '/commands/install-container-engine/' },
  { query: 'ID_LIKE', expect: '/guide/lineage/#id-like' },
  { query: 'cloud-init', expect: '/guide/aws/#cloud-init' },

  // A task named together with a release: the task's section for that release.
  { query: 'make selinux mode permanent al2023', expect: '/commands/selinux-set-mode-persistent/#al2023' },
  { query: 'sestatus al2023', expect: '/commands/selinux-status/#al2023' },
  { query: 'Check SELinux status and mode AL2023', expect: '/commands/selinux-status/#al2023' },
  { query: 'check selinux status rhel 9', expect: '/commands/selinux-status/#rhel9' },
  { query: 'install package amazon linux 2023', expect: '/commands/install-package/#al2023' },
  { query: 'enable epel rhel9', expect: '/commands/enable-epel/#rhel9' },
  { query: 'EPEL on AL2023', expect: '/commands/enable-epel/#al2023' },
  { query: 'amazon-linux-extras al2', expect: '/commands/amazon-linux-extras/#al2' },
  { query: 'kernel-devel al2023', expect: '/commands/install-kernel-headers/#al2023' },
  { query: 'docker on amazon linux 2', expect: '/commands/install-container-engine/#al2' },
  { query: 'set hostname rhel 8', expect: '/commands/set-hostname/#rhel8' },
  { query: 'python3-devel rhel 7', expect: '/commands/install-python3-devel/#rhel7' },
  { query: 'firewalld al2023', expect: '/commands/firewall-default-state/#al2023' },
  { query: 'read system log al1', expect: '/commands/read-system-log/#al1' },
  { query: 'install aws cli rhel 10', expect: '/commands/install-aws-cli/#rhel10' },
  { query: 'ssm agent rhel9', expect: '/commands/ssm-agent/#rhel9' },
  { query: 'turn on fips mode al2023', expect: '/commands/enable-fips-mode/#al2023' },
  { query: 'cron al2023', expect: '/commands/cron-jobs/#al2023' },
  { query: 'yum install amazon linux 2', expect: '/commands/install-package/#al2' },
  { query: 'dnf history undo rhel 8', expect: '/commands/package-history-undo/#rhel8' },
  { query: 'open port firewall rhel 9', expect: '/commands/open-port/#rhel9' },
  { query: 'mariadb al2023', expect: '/commands/install-mariadb-server/#al2023' },
  { query: 'imdsv2 al2', expect: '/commands/query-instance-metadata/#al2' },
  { query: 'live patching al2023', expect: '/commands/kernel-live-patching/#al2023' },

  // A question in plain words.
  { query: 'how do I check if selinux is enforcing', expect: '/commands/selinux-status/' },
  { query: 'how to install a package', expect: '/commands/install-package/' },
  { query: 'which package provides a file', expect: '/commands/which-package-provides-file/' },
  { query: 'what is the default user for ssh login', expect: '/commands/default-login-user/' },
  { query: 'how to list open ports', expect: '/commands/list-listening-ports/' },
  { query: 'how to make a sysctl setting permanent', expect: '/commands/sysctl-persistent/' },
  { query: 'how do I change the timezone', expect: '/commands/set-timezone/' },
  { query: 'how to extend the root volume', expect: '/commands/extend-file-system/' },
  { query: 'is a firewall active by default', expect: '/commands/firewall-default-state/' },
  { query: 'how do I mount an ebs volume at boot', expect: '/commands/mount-volume-at-boot/' },
  { query: 'how to restart a service', expect: '/commands/manage-service/' },
  { query: 'how do I pin a package to its version', expect: '/commands/versionlock-package/' },
  { query: 'when does amazon linux 2 reach end of life', expect: '/releases/al2/#lifecycle' },
  { query: 'security updates', expect: '/commands/apply-security-updates/' },
  { query: 'is amazon linux 2023 based on fedora', expect: '/guide/lineage/' },

  // An error message as the terminal printed it.
  { query: 'amazon-linux-extras: command not found', expect: '/commands/amazon-linux-extras/' },
  { query: 'bash: sestatus: command not found', expect: '/commands/selinux-status/' },
  { query: 'ifconfig: command not found', expect: '/commands/show-network-config/' },
  { query: 'netstat: command not found', expect: '/commands/list-listening-ports/' },
  { query: 'crontab: command not found', expect: '/commands/cron-jobs/' },
  { query: 'needs-restarting: command not found', expect: '/commands/reboot-required-check/' },
  { query: 'fatal error: Python.h: No such file or directory', expect: '/commands/install-python3-devel/' },
  { query: 'No package epel-release available', expect: '/commands/enable-epel/' },

  // A move from one release to another.
  { query: 'rhel 9 to al2023', expect: '/port/rhel9-to-al2023/' },
  { query: 'AL2 → AL2023', expect: '/port/al2-to-al2023/' },
  { query: 'al2 to al2023', expect: '/port/al2-to-al2023/' },
  { query: 'amazon linux 2 to amazon linux 2023', expect: '/port/al2-to-al2023/' },
  { query: 'migrate rhel 7 to rhel 9', expect: '/port/rhel7-to-rhel9/' },
  { query: 'al2023 -> rhel10', expect: '/port/al2023-to-rhel10/' },
  { query: 'moving from rhel 8 to al2023', expect: '/port/rhel8-to-al2023/' },

  // A release, or a topic of the guide.
  { query: 'AL2 end of support', expect: '/releases/al2/#lifecycle' },
  { query: 'centos 7 end of life', expect: '/releases/centos7/#lifecycle' },
  { query: 'al2023', expect: '/releases/al2023/' },
  { query: 'rhel 9', expect: '/releases/rhel9/' },
  { query: 'amazon linux 2022', expect: '/releases/al2023/' },
  { query: 'al2027', expect: '/releases/al2027/' },
  { query: 'versioned repositories', expect: '/guide/packages/#al2023-versioned-repositories' },
  { query: 'amazon linux release cadence', expect: '/guide/lifecycle/#amazon-linux-cadence' },
  { query: 'STIG', expect: '/guide/choosing/#stig' },
  { query: 'ALAS advisories', expect: '/guide/packages/#security-advisories' },
];

/** Where the expected target ranks among the results (1-based), or 0 when it is not there. */
export function rankOf(expected: string, results: readonly string[]): number {
  return results.indexOf(expected) + 1;
}

export interface RankingScore {
  queries: number;
  /** Share of queries whose exact target is the first result. */
  hitAt1: number;
  /** Share of queries whose exact target is among the first three results. */
  hitAt3: number;
  /** Mean of 1/rank (0 when the target is missing). */
  meanReciprocalRank: number;
}

export function scoreRanking(ranks: readonly number[]): RankingScore {
  const share = (test: (rank: number) => boolean) => ranks.filter(test).length / ranks.length;
  return {
    queries: ranks.length,
    hitAt1: share((rank) => rank === 1),
    hitAt3: share((rank) => rank >= 1 && rank <= 3),
    meanReciprocalRank: ranks.reduce((sum, rank) => sum + (rank > 0 ? 1 / rank : 0), 0) / ranks.length,
  };
}

/**
 * Types each query into the open search dialog, as one input event, and reads the results once the
 * list stops being busy: path and anchor of every result, in order. Runs inside the page, so a hundred
 * queries take seconds.
 */
export function resultsInDialog(page: Page, queries: readonly string[]): Promise<string[][]> {
  return page.evaluate(async (all) => {
    const input = document.querySelector<HTMLInputElement>('#search-dialog-input')!;
    const list = document.querySelector<HTMLElement>('#search-dialog-results')!;
    const answers: string[][] = [];
    for (const query of all) {
      const settled = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (list.getAttribute('aria-busy') === 'false') {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
      });
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settled;
      answers.push(
        [...list.querySelectorAll<HTMLAnchorElement>('.search-result > a')].map((a) => new URL(a.href).pathname + new URL(a.href).hash),
      );
    }
    return answers;
  }, queries);
}
