/**
 * Sources first cited by the CentOS Linux 7 and CentOS Stream 9 columns of the command reference.
 * Kept in their own file so that they merge cleanly with sources added elsewhere; sources.ts
 * concatenates this list with its own.
 */
import type { DataInput, SourceInput } from './schema.ts';

const defineSources = <const T extends readonly DataInput<SourceInput>[]>(sources: T) => sources;

/** The day these pages were read. */
const R = '2026-12-02';

export const centosSourceData = defineSources([
  {
    id: 'mdleom-centos-stream-no-updateinfo',
    publisher: 'MDLeom (personal blog)',
    primary: false,
    retrieved: R,
    title:
      'CentOS Stream does not support dnf-automatic security updates (the CentOS Stream 9 repositories carry no updateinfo errata, so the security filter finds nothing)',
    url: 'https://mdleom.com/blog/2024/07/15/dnf-automatic-centos-stream',
  },
  {
    id: 'fedora-epel-faq',
    publisher: 'Fedora Project',
    primary: true,
    retrieved: R,
    title:
      'EPEL: Frequently Asked Questions (which releases EPEL builds for: CentOS Stream 9 and 10, RHEL 8, 9 and 10; none for end-of-life ones)',
    url: 'https://docs.fedoraproject.org/en-US/epel/epel-faq/',
  },
  {
    id: 'fedora-epel-next',
    publisher: 'Fedora Project',
    primary: true,
    retrieved: R,
    title: 'EPEL Next (an extra repository of EPEL packages rebuilt against CentOS Stream)',
    url: 'https://docs.fedoraproject.org/en-US/epel/epel-about-next/',
  },
  {
    id: 'runc-ci-centos-stream9-epel',
    publisher: 'GitHub opencontainers/runc',
    primary: false,
    retrieved: R,
    title: 'runc commit 036cc34 "CI/cirrus: add centos-stream-9" (enables crb, installs epel-release and epel-next-release)',
    url: 'https://github.com/opencontainers/runc/commit/036cc348994b7fa573380401644a6faac9e102e7',
  },
  {
    id: 'mock-centos-stream9-template',
    publisher: 'GitHub rpm-software-management/mock',
    primary: false,
    retrieved: R,
    title: 'mock-core-configs template centos-stream-9.tpl (image quay.io/centos/centos:stream9; repo ids baseos, appstream, crb)',
    url: 'https://github.com/rpm-software-management/mock/blob/main/mock-core-configs/etc/mock/templates/centos-stream-9.tpl',
  },
  {
    id: 'smooge-centos7-eol',
    publisher: 'Stephen Smoogen (smoogespace blog)',
    primary: false,
    retrieved: R,
    title: 'CentOS Linux 7: End of Life 2024-06-30 (content moves to vault.centos.org; EPEL 7 moves to the archive)',
    url: 'https://smoogespace.blogspot.com/2024/05/centos-linux-7-end-of-life-2024-06-30.html',
  },
  {
    id: 'smooge-centos7-eol-update',
    publisher: 'Stephen Smoogen (smoogespace blog)',
    primary: false,
    retrieved: R,
    title: 'Updates on the CentOS 7 EOL: 2024-06-30 (mirrorlist.centos.org decommissioned, EL7 content removed from the mirrors)',
    url: 'https://smoogespace.blogspot.com/2024/06/updates-on-centos-7-eol-2024-06-30.html',
  },
  {
    id: 'gist-centos-stream9-release-packages',
    publisher: 'GitHub gist (oakaigh)',
    primary: false,
    retrieved: R,
    title: 'CentOS Stream 8 to 9 upgrade (installs centos-gpg-keys, centos-stream-release and centos-stream-repos 9.0 from BaseOS)',
    url: 'https://gist.github.com/oakaigh/0fb0b0a0105073217b06a9b861aef9c2',
  },
]);

export type CentosSourceId = (typeof centosSourceData)[number]['id'];

/*
 * Why a CentOS variant may say "same as RHEL": the sources every plain same-as in commands.ts and
 * commands-porting.ts cites. Variants with stated differences add their own sources.
 */

/** CentOS Linux 7 was rebuilt from the RHEL 7 sources, changing mainly branding and artwork. */
export const CENTOS7_REBUILDS_RHEL7 = ['docker-library-centos-readme', 'eol-centos'] as const;

/** CentOS Stream 9 carries what the next RHEL 9 minor release will contain; RHEL 9 is built from it. */
export const STREAM9_PRECEDES_RHEL9 = ['centos-blog-introducing-stream9', 'centos-blog-how-updates-work'] as const;

/** What every CentOS 7 task that reaches the repositories has in common since its end of life, and the sources. */
export const CENTOS7_VAULT = {
  difference:
    'CentOS Linux 7 reached its end of life on 2024-06-30: its packages moved to vault.centos.org and mirrorlist.centos.org stopped answering, so yum fails until the repository files point at the vault.',
  sources: ['smooge-centos7-eol', 'smooge-centos7-eol-update', ...CENTOS7_REBUILDS_RHEL7],
} as const;

/** Why the security-advisory tasks are unknown on a CentOS release: what was not established, and what would settle it. */
export const unknownAdvisoryMetadata = (release: string) =>
  ({
    kind: 'unknown',
    reason: `Whether ${release} publishes security advisory (updateinfo) metadata in its repositories was not established from a CentOS source; without that metadata the security filter selects nothing. A CentOS statement on errata metadata, or the repository's repodata listing, would settle it.`,
  }) as const;
