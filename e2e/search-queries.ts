/** Realistic queries and the page (or section) that must be among the top three results. */
export interface SearchCase {
  query: string;
  /** URL path prefix (relative to the site root) the expected result starts with. */
  expect: string;
}

export const SEARCH_QUERIES: SearchCase[] = [
  { query: 'sestatus', expect: '/commands/selinux-status/' },
  { query: 'rhel 9 to al2023', expect: '/port/rhel9-to-al2023/' },
  { query: 'AL2 → AL2023', expect: '/port/al2-to-al2023/' },
  { query: 'kernel-devel', expect: '/commands/install-kernel-headers/' },
  { query: '/etc/os-release', expect: '/commands/show-os-release/' },
  { query: 'os-release', expect: '/commands/show-os-release/' },
  { query: 'amazon-linux-extras', expect: '/commands/amazon-linux-extras/' },
  { query: 'Development Tools', expect: '/commands/install-development-tools/' },
  { query: 'which package provides a file', expect: '/commands/which-package-provides-file/' },
  { query: 'EPEL on AL2023', expect: '/commands/enable-epel/' },
  { query: 'getenforce', expect: '/commands/selinux-status/' },
  { query: 'yum install', expect: '/commands/install-package/' },
  { query: 'ntp', expect: '/commands/time-sync-status/' },
  { query: 'iptables', expect: '/commands/firewall-default-state/' },
  { query: 'releasever', expect: '/commands/pin-os-release/' },
  { query: 'journalctl', expect: '/commands/read-system-log/' },
  { query: 'ID_LIKE', expect: '/guide/lineage/#id-like' },
  { query: 'python3-devel', expect: '/commands/install-python3-devel/' },
  { query: 'awscli-2', expect: '/commands/install-aws-cli/' },
  { query: 'ec2-metadata', expect: '/commands/query-instance-metadata/' },
  { query: 'security updates', expect: '/commands/apply-security-updates/' },
  { query: 'AL2 end of support', expect: '/releases/al2/' },
  { query: 'crontab', expect: '/commands/cron-jobs/' },
  { query: 'Fedora upstream', expect: '/guide/lineage/' },
  { query: 'network-scripts', expect: '/commands/interface-config-location/' },
  { query: 'corretto', expect: '/commands/install-jdk/' },
];
