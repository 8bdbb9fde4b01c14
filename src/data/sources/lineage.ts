/** Sources cited by guide pages in this group. See src/data/sources.ts for the fields. */
import { defineSources } from '../define-sources.ts';

/** The day these pages were read. */
const R = '2026-11-26';

export const guideSourcesLineage = defineSources([
  // ---------------------------------------------------------------------------
  // AWS (primary)
  // ---------------------------------------------------------------------------
  {
    id: 'aws-ec2-amazon-linux-current',
    publisher: 'AWS',
    primary: true,
    retrieved: R,
    title: 'Amazon Linux (Amazon EC2 User Guide, current edition)',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/amazon-linux-ami-basics.html',
  },
  {
    id: 'aws-al2023-relnotes-2023-7-20250331',
    publisher: 'AWS',
    primary: true,
    retrieved: R,
    title: 'Amazon Linux 2023 version 2023.7.20250331 release notes (known FIPS issues, kernel 6.12, NVIDIA repository)',
    url: 'https://docs.aws.amazon.com/linux/al2023/release-notes/relnotes-2023.7.20250331.html',
  },
  {
    id: 'aws-al2023-relnotes-2023-9-20250929',
    publisher: 'AWS',
    primary: true,
    retrieved: R,
    title: 'Amazon Linux 2023 version 2023.9.20250929 release notes (package and AMI lists)',
    url: 'https://docs.aws.amazon.com/linux/al2023/release-notes/relnotes-2023.9.20250929.html',
  },
  {
    id: 'aws-al2023-vercmp-al2-2023-9',
    publisher: 'AWS',
    primary: true,
    retrieved: R,
    title: 'AL2023.9 upgrades from AL2 (package versions side by side)',
    url: 'https://docs.aws.amazon.com/linux/al2023/release-notes/vercmp-AL2-AL2023.9.html',
  },
  {
    id: 'aws-al2023-fips-mode',
    publisher: 'AWS',
    primary: true,
    retrieved: R,
    title: 'Enable FIPS Mode on AL2023 (AL2023 User Guide)',
    url: 'https://docs.aws.amazon.com/linux/al2023/ug/fips-mode.html',
  },
  {
    id: 'aws-al2-faqs-zh-tw',
    publisher: 'AWS',
    primary: true,
    retrieved: R,
    title: 'Amazon Linux 2 FAQs (Traditional Chinese edition read)',
    url: 'https://aws.amazon.com/tw/amazon-linux-2/faqs',
  },
  {
    id: 'aws-al2023-issue-289',
    publisher: 'AWS',
    primary: true,
    retrieved: R,
    title: 'amazon-linux-2023 issue 289: VMware OVA/OVF images (KVM and VMware images released)',
    url: 'https://github.com/amazonlinux/amazon-linux-2023/issues/289',
  },
  {
    id: 'aws-license-manager-linux-billing',
    publisher: 'AWS',
    primary: true,
    retrieved: R,
    title: 'Billing information for Linux subscriptions in License Manager (License Manager User Guide source)',
    url: 'https://github.com/awsdocs/aws-license-manager-user-guide/blob/57751992d9df53789c179711b2fb8627813b68ee/doc_source/linux-subscriptions-billing-information.md',
  },
  {
    id: 'aws-sap-netweaver-os-patching',
    publisher: 'AWS',
    primary: true,
    retrieved: R,
    title: 'Automated operating system patching prerequisites (SAP NetWeaver on AWS guide; lists the operating systems SAP supports)',
    url: 'https://docs.amazonaws.cn/en_us/sap/latest/sap-netweaver/auto-os-patch-prerequisites.html',
  },
  {
    id: 'aws-efs-utils-spec',
    publisher: 'AWS',
    primary: true,
    retrieved: R,
    title: 'amazon-efs-utils.spec (aws/efs-utils; %{amzn} and %{rhel} build conditionals)',
    url: 'https://raw.githubusercontent.com/aws/efs-utils/master/amazon-efs-utils.spec',
  },

  // ---------------------------------------------------------------------------
  // Red Hat (primary)
  // ---------------------------------------------------------------------------
  {
    id: 'redhat-rhel9-fips-install',
    publisher: 'Red Hat',
    primary: true,
    retrieved: R,
    title: 'Chapter 2. Installing the system in FIPS mode (RHEL 9 Security hardening; edition that says the modules are not yet certified for FIPS 140-3)',
    url: 'https://access.redhat.com/documentation/en-us/red_hat_enterprise_linux/9/html/security_hardening/assembly_installing-the-system-in-fips-mode_security-hardening',
  },
  {
    id: 'redhat-rhel10-fips-mode',
    publisher: 'Red Hat',
    primary: true,
    retrieved: R,
    title: 'Chapter 1. Switching RHEL to FIPS mode (RHEL 10 Security hardening; Korean-locale URL, English text)',
    url: 'https://docs.redhat.com/ko/documentation/red_hat_enterprise_linux/10/html/security_hardening/switching-rhel-to-fips-mode',
  },
  {
    id: 'redhat-cloud-instance-type-policy',
    publisher: 'Red Hat',
    primary: true,
    retrieved: R,
    title: 'Red Hat Cloud Instance Type Policy Guide (Red Hat Certified Cloud and Service Provider Certification, 2025)',
    url: 'https://docs.redhat.com/en/documentation/red_hat_certified_cloud_and_service_provider_certification/2025/html-single/red_hat_cloud_instance_type_policy_guide/index',
  },
  {
    id: 'redhat-subscription-how-it-works',
    publisher: 'Red Hat',
    primary: true,
    retrieved: R,
    title: 'How Red Hat subscriptions work',
    url: 'https://www.redhat.com/about/subscription/howitworks.html',
  },

  // ---------------------------------------------------------------------------
  // Secondary
  // ---------------------------------------------------------------------------
  {
    id: 'sec-certs-rhel9-openssl-fips',
    publisher: 'sec-certs.org (copy of a CMVP security policy)',
    primary: false,
    retrieved: R,
    title: 'Red Hat Enterprise Linux 9 OpenSSL FIPS Provider, FIPS 140-3 Non-Proprietary Security Policy (2024-06-14)',
    url: 'https://sec-certs.org/fips/2293091e01f7ea66/target.txt',
  },
  {
    id: 'stigviewer-al2023-stig',
    publisher: 'STIG Viewer',
    primary: false,
    retrieved: R,
    title: 'Amazon Linux 2023 Security Technical Implementation Guide V1R3 (2026-02-27)',
    url: 'https://www.stigviewer.com/stigs/amazon_linux_2023/2026-02-27/MAC-1_Sensitive',
  },
  {
    id: 'cardinalsix-rhel9-stig-fips',
    publisher: 'Cardinal Six Cyber (copy of DISA STIG text)',
    primary: false,
    retrieved: R,
    title: 'RHEL 9 STIG V-258230: RHEL 9 must enable FIPS mode (Release 7, 2026-01-05)',
    url: 'https://cardinalsixcyber.com/stig/rhel-9/v-258230',
  },
  {
    id: 'ansible-issue-73742',
    publisher: 'GitHub ansible',
    primary: false,
    retrieved: R,
    title: 'ansible issue 73742 (ansible_distribution_version reported as NA on Amazon Linux)',
    url: 'https://github.com/ansible/ansible/issues/73742',
  },
  {
    id: 'ansible-issue-73946',
    publisher: 'GitHub ansible',
    primary: false,
    retrieved: R,
    title: 'ansible issue 73946 (a facts change broke Amazon Linux 2 detection; version taken from VERSION_ID)',
    url: 'https://github.com/ansible/ansible/issues/73946',
  },
  {
    id: 'facter-2661',
    publisher: 'GitHub puppetlabs',
    primary: false,
    retrieved: R,
    title: 'facter pull request 2661 (AL2 major version briefly reported as a year; AL2023 reports 2023)',
    url: 'https://github.com/puppetlabs/facter/pull/2661',
  },
]);
