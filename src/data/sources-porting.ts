/**
 * Sources first cited by the porting tasks in commands-porting.ts. Kept in their own file so that
 * they merge cleanly with sources added to sources.ts; sources.ts concatenates this list with its own.
 */
import type { DataInput, SourceInput } from './schema.ts';

const defineSources = <const T extends readonly DataInput<SourceInput>[]>(sources: T) => sources;

/** The day these pages were read. */
const R = '2026-12-02';

export const portingSourceData = defineSources([
  {
    id: 'aws-blog-al2-fips-mode',
    publisher: 'AWS',
    primary: true,
    retrieved: R,
    title: 'Enabling FIPS mode in Amazon Linux 2 (AWS Public Sector Blog)',
    url: 'https://aws.amazon.com/blogs/publicsector/enabling-fips-mode-amazon-linux-2/',
  },
  {
    id: 'redhat-rhel7-security-guide-fips',
    publisher: 'Red Hat',
    primary: true,
    retrieved: R,
    title: 'Federal Standards and Regulations: Enabling FIPS Mode (RHEL 7 Security Guide)',
    url: 'https://docs.redhat.com/en/documentation/Red_Hat_Enterprise_Linux/7/html/Security_Guide/chap-Federal_Standards_and_Regulations.html',
  },
  {
    id: 'redhat-rhel8-fips-mode',
    publisher: 'Red Hat',
    primary: true,
    retrieved: R,
    title: 'Switching RHEL to FIPS mode (RHEL 8 Security hardening)',
    url: 'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/8/html/security_hardening/switching-rhel-to-fips-mode_security-hardening',
  },
  {
    id: 'redhat-rhel9-fips-switch',
    publisher: 'Red Hat',
    primary: true,
    retrieved: R,
    title: 'Switching the system to FIPS mode (RHEL 9 Security hardening, Japanese edition read)',
    url: 'https://access.redhat.com/documentation/ja-jp/red_hat_enterprise_linux/9/html/security_hardening/switching-the-system-to-fips-mode_using-the-system-wide-cryptographic-policies',
  },
  {
    id: 'fips-mode-setup-man',
    publisher: 'crypto-policies project (man page hosted by Ubuntu)',
    primary: false,
    retrieved: R,
    title: 'fips-mode-setup(8): check, enable, or disable the system FIPS mode',
    url: 'https://manpages.ubuntu.com/manpages/focal/man8/fips-mode-setup.8.html',
  },
  {
    id: 'thegeekdiary-rhel7-fips',
    publisher: 'The Geek Diary',
    primary: false,
    retrieved: R,
    title: 'How to disable FIPS mode on CentOS/RHEL 7',
    url: 'https://www.thegeekdiary.com/how-to-disable-fips-mode-on-centos-rhel-7/',
  },
  {
    id: 'redhat-rhel8-crypto-policies',
    publisher: 'Red Hat',
    primary: true,
    retrieved: R,
    title: 'Using system-wide cryptographic policies (RHEL 8 Security hardening)',
    url: 'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/8/html/security_hardening/using-the-system-wide-cryptographic-policies_security-hardening',
  },
  {
    id: 'redhat-rhel9-crypto-policies',
    publisher: 'Red Hat',
    primary: true,
    retrieved: R,
    title: 'Using system-wide cryptographic policies (RHEL 9 Security hardening)',
    url: 'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/9/html/security_hardening/using-the-system-wide-cryptographic-policies_security-hardening',
  },
  {
    id: 'redhat-rhel10-crypto-policies',
    publisher: 'Red Hat',
    primary: true,
    retrieved: R,
    title: 'Using system-wide cryptographic policies (RHEL 10 Security hardening, English text under the Korean path)',
    url: 'https://docs.redhat.com/ko/documentation/red_hat_enterprise_linux/10/html/security_hardening/using-system-wide-cryptographic-policies',
  },
  {
    id: 'redhat-crypto-policies-article',
    publisher: 'Red Hat',
    primary: true,
    retrieved: R,
    title: 'System-wide cryptographic policies in RHEL (Red Hat Customer Portal article, first titled for RHEL 8)',
    url: 'https://access.redhat.com/articles/3666211',
  },
  {
    id: 'aws-al2023-issue-291',
    publisher: 'amazonlinux (GitHub)',
    primary: false,
    retrieved: R,
    title: '[Feature Request] FIPS certification (amazon-linux-2023 issue #291; shows fips-mode-setup --check output on AL2023)',
    url: 'https://github.com/amazonlinux/amazon-linux-2023/issues/291',
  },
  {
    id: 'fedora-pkg-crypto-policies-scripts',
    publisher: 'Fedora Project',
    primary: true,
    retrieved: R,
    title: 'crypto-policies-scripts (Fedora Packages: provides update-crypto-policies and fips-mode-setup)',
    url: 'https://packages.fedoraproject.org/pkgs/crypto-policies/crypto-policies-scripts/fedora-37.html',
  },
  {
    id: 'systemd-timedatectl-man',
    publisher: 'systemd project',
    primary: false,
    retrieved: R,
    title: 'timedatectl(1) (systemd manual)',
    url: 'https://www.freedesktop.org/software/systemd/man/latest/timedatectl.html',
  },
  {
    id: 'redhat-rhel9-kernel-live-patching',
    publisher: 'Red Hat',
    primary: true,
    retrieved: R,
    title:
      'Applying patches with kernel live patching (RHEL 9, Managing, monitoring and updating the kernel; English text under the pt-br path)',
    url: 'https://docs.redhat.com/pt-br/documentation/red_hat_enterprise_linux/9/html/managing_monitoring_and_updating_the_kernel/applying-patches-with-kernel-live-patching_managing-monitoring-and-updating-the-kernel',
  },
  {
    id: 'aws-ec2-nvme-ebs',
    publisher: 'AWS',
    primary: true,
    retrieved: R,
    title: 'Amazon EBS and NVMe on Linux instances (EC2 User Guide, archived source)',
    url: 'https://github.com/awsdocs/amazon-ec2-user-guide/blob/e3707c431483ec0ffffcabebd36cf799ba682cd0/doc_source/nvme-ebs-volumes.md',
  },
  {
    id: 'aws-efs-install-client',
    publisher: 'AWS',
    primary: true,
    retrieved: R,
    title: 'Installing the Amazon EFS client (Amazon EFS User Guide)',
    url: 'https://docs.aws.amazon.com/efs/latest/ug/using-amazon-efs-utils.html',
  },
]);

export type PortingSourceId = (typeof portingSourceData)[number]['id'];
