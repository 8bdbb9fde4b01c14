import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SOURCE_IDS, getCommand, releases } from '../../data/index.ts';
import {
  FALLBACK_OS_IDS,
  MAX_INPUT,
  buildIdentifyKnowledge,
  identify,
  kernelTagsFromVariants,
  summarizeIdentification,
  type Identification,
  type Match,
} from './identify.ts';
import { formatOsRelease } from './os-release.ts';
import { FAMILY_NAMES } from '../../data/groupings.ts';

const knowledge = buildIdentifyKnowledge({
  releases,
  familyNames: FAMILY_NAMES,
  kernelTags: kernelTagsFromVariants(getCommand('show-kernel-version').variants),
});

function matchOf(result: Identification): Match {
  if (result.verdict.kind !== 'match')
    throw new Error(`expected a match, got ${result.verdict.kind}: ${summarizeIdentification(knowledge, result)}`);
  return result.verdict.match;
}

function releaseOf(text: string): string {
  const m = matchOf(identify(text, knowledge));
  if (m.kind !== 'release') throw new Error(`expected one release, got ${m.kind}`);
  return m.releaseId;
}

// Real captures (from the samples and sources the data cites) used below.
const AL2023_HOSTNAMECTL = `   Static hostname: ip-172-31-5-9.ec2.internal
         Icon name: computer-vm
           Chassis: vm
    Virtualization: amazon
  Operating System: Amazon Linux 2023.6.20241010
       CPE OS Name: cpe:2.3:o:amazon:amazon_linux:2023
            Kernel: Linux 6.1.112-122.189.amzn2023.x86_64
      Architecture: x86-64`;

const ROCKY9 = `NAME="Rocky Linux"
VERSION="9.3 (Blue Onyx)"
ID="rocky"
ID_LIKE="rhel centos fedora"
VERSION_ID="9.3"
PLATFORM_ID="platform:el9"
PRETTY_NAME="Rocky Linux 9.3 (Blue Onyx)"`;

const ORACLE86 = `NAME="Oracle Linux Server"
VERSION="8.6"
ID="ol"
ID_LIKE="fedora"
VARIANT="Server"
VERSION_ID="8.6"
PLATFORM_ID="platform:el8"
PRETTY_NAME="Oracle Linux Server 8.6"`;

describe('knowledge from the data', () => {
  test('every release in the command reference has a kernel tag, and fallback sources exist', () => {
    expect(Object.fromEntries(knowledge.releases.filter((r) => r.kernelTag).map((r) => [r.id, r.kernelTag]))).toEqual({
      al1: 'amzn1',
      al2: 'amzn2',
      al2023: 'amzn2023',
      rhel7: 'el7',
      rhel8: 'el8',
      rhel9: 'el9',
      rhel10: 'el10',
    });
    for (const fallback of Object.values(FALLBACK_OS_IDS)) for (const id of fallback.sources) expect(SOURCE_IDS).toContain(id);
    expect(knowledge.families.map((f) => [f.id, f.osId])).toEqual([
      ['amazon-linux', 'amzn'],
      ['rhel', 'rhel'],
      ['centos', 'centos'],
      ['centos-stream', 'centos'],
      ['fedora', 'fedora'],
    ]);
  });
});

describe('os-release samples from the data', () => {
  const samples = releases.filter((r) => 'value' in r.osRelease);
  test('cover the Amazon Linux, RHEL and CentOS releases', () => {
    expect(samples.map((r) => r.id)).toEqual([
      'al1',
      'al2',
      'al2023',
      'al2027',
      'rhel7',
      'rhel8',
      'rhel9',
      'rhel10',
      'centos7',
      'centos-stream8',
      'centos-stream9',
    ]);
  });
  for (const release of samples) {
    test(`names ${release.id} from its sample`, () => {
      const fields = 'value' in release.osRelease ? release.osRelease.value.fields : {};
      const result = identify(formatOsRelease(fields), knowledge);
      expect(matchOf(result)).toEqual({ kind: 'release', releaseId: release.id });
      expect(result.verdict.kind === 'match' && result.verdict.decidedBy.map((c) => c.label)).toEqual(
        expect.arrayContaining(['ID', 'VERSION_ID']),
      );
    });
  }

  test('the samples are certain except where NAME is missing and the ID is shared', () => {
    for (const release of samples) {
      const fields = 'value' in release.osRelease ? release.osRelease.value.fields : {};
      const result = identify(formatOsRelease(fields), knowledge);
      const expected = release.id === 'centos7' ? 'medium' : 'high';
      expect(result.verdict.kind === 'match' && result.verdict.confidence, release.id).toBe(expected);
    }
  });
});

describe('identify', () => {
  test('gives the AL2023 minor release only when the input shows it', () => {
    const bare = identify('ID="amzn"\nVERSION_ID="2023"\nPRETTY_NAME="Amazon Linux 2023"', knowledge);
    expect(matchOf(bare)).toEqual({ kind: 'release', releaseId: 'al2023' });
    expect(bare.minor).toBeNull();
    const withPretty = identify('ID="amzn"\nVERSION_ID="2023"\nPRETTY_NAME="Amazon Linux 2023.6.20241010"', knowledge);
    expect(withPretty.minor?.value).toBe('2023.6.20241010');
    expect(withPretty.minor?.clues.map((c) => c.label)).toEqual(['PRETTY_NAME']);
  });

  test('a kernel alone does not give the AL2023 minor release', () => {
    const result = identify('ID=amzn\nVERSION_ID=2023\n6.1.112-122.189.amzn2023.x86_64', knowledge);
    expect(result.minor).toBeNull();
    expect(result.verdict.kind === 'match' && result.verdict.decidedBy.map((c) => c.source)).toContain('kernel');
  });

  test('reads hostnamectl output, kernel and all', () => {
    const result = identify(AL2023_HOSTNAMECTL, knowledge);
    expect(matchOf(result)).toEqual({ kind: 'release', releaseId: 'al2023' });
    expect(result.minor?.value).toBe('2023.6.20241010');
    expect(result.verdict.kind === 'match' && result.verdict.confidence).toBe('high');
  });

  test('reads release-file lines', () => {
    expect(releaseOf('Amazon Linux release 2 (Karoo)')).toBe('al2');
    expect(releaseOf('Amazon Linux 2')).toBe('al2');
    expect(releaseOf('Amazon Linux AMI release 2018.03')).toBe('al1');
    expect(releaseOf('Red Hat Enterprise Linux Server release 7.7 (Maipo)')).toBe('rhel7');
    expect(releaseOf('CentOS Linux release 7.9.2009 (Core)')).toBe('centos7');
    expect(releaseOf('CentOS Stream release 8')).toBe('centos-stream8');
    const al2023 = identify('Amazon Linux release 2023.9.20250929 (Amazon Linux)', knowledge);
    expect(matchOf(al2023)).toEqual({ kind: 'release', releaseId: 'al2023' });
    expect(al2023.minor?.value).toBe('2023.9.20250929');
    expect(al2023.verdict.kind === 'match' && al2023.verdict.confidence).toBe('medium');
  });

  test('a kernel version alone gives a low-confidence answer and says why', () => {
    const result = identify('5.14.0-427.13.1.el9_4.x86_64', knowledge);
    expect(matchOf(result)).toEqual({ kind: 'release', releaseId: 'rhel9' });
    expect(result.verdict.kind === 'match' && result.verdict.confidence).toBe('low');
    expect(result.notes.join(' ')).toMatch(/weak evidence/);
    expect(releaseOf('Linux ip-10-0-0-1 4.14.355-277.647.amzn2.x86_64 #1 SMP Fri Oct 4 18:25:58 UTC 2024 x86_64 GNU/Linux')).toBe('al2');
  });

  test('tells CentOS Stream 8 from CentOS Linux 8 by NAME, and says so when NAME is missing', () => {
    expect(releaseOf('ID="centos"\nVERSION_ID="8"\nNAME="CentOS Stream"')).toBe('centos-stream8');
    expect(matchOf(identify('ID="centos"\nVERSION_ID="8"\nNAME="CentOS Linux"', knowledge))).toEqual({
      kind: 'untracked',
      name: 'CentOS Linux 8',
      familyId: 'centos',
      version: '8',
    });
    const noName = identify('ID="centos"\nVERSION_ID="8"', knowledge);
    expect(matchOf(noName)).toEqual({ kind: 'release', releaseId: 'centos-stream8' });
    expect(noName.verdict.kind === 'match' && noName.verdict.confidence).toBe('medium');
    expect(noName.notes.join(' ')).toContain('NAME, which tells them apart, is missing');
  });

  test('names Fedora releases, tracked or not', () => {
    expect(releaseOf('ID=fedora\nVERSION_ID=35')).toBe('fedora35');
    expect(
      matchOf(identify('NAME="Fedora Linux"\nID=fedora\nVERSION_ID=42\nPRETTY_NAME="Fedora Linux 42 (Forty Two)"', knowledge)),
    ).toMatchObject({
      kind: 'untracked',
      familyId: 'fedora',
      name: 'Fedora Linux 42 (Forty Two)',
    });
  });

  test('recognises the AL2027 preview and the Amazon Linux 2022 preview name', () => {
    expect(releaseOf('ID="amzn"\nVERSION_ID="2027"\nVARIANT_ID="preview"')).toBe('al2027');
    expect(matchOf(identify('ID="amzn"\nVERSION_ID="2022"', knowledge))).toEqual({
      kind: 'former',
      releaseId: 'al2023',
      formerName: 'Amazon Linux 2022',
    });
  });

  test('recognises RHEL rebuilds as such, from ID_LIKE or PLATFORM_ID, and does not track them', () => {
    const rocky = matchOf(identify(ROCKY9, knowledge));
    expect(rocky).toMatchObject({ kind: 'rebuild', name: 'Rocky Linux', elMajor: '9', relatedReleaseId: 'rhel9' });
    const oracle = matchOf(identify(ORACLE86, knowledge));
    expect(oracle).toMatchObject({ kind: 'rebuild', name: 'Oracle Linux Server', elMajor: '8', relatedReleaseId: 'rhel8' });
    const alma = matchOf(identify('NAME="AlmaLinux"\nID="almalinux"\nID_LIKE="rhel centos fedora"\nVERSION_ID="10.0"', knowledge));
    expect(alma).toMatchObject({ kind: 'rebuild', name: 'AlmaLinux', elMajor: '10', relatedReleaseId: 'rhel10' });
    expect(summarizeIdentification(knowledge, identify(ROCKY9, knowledge))).toBe(
      'Rocky Linux, a RHEL rebuild or derivative (not tracked here). Confidence: medium.',
    );
  });

  test('a rebuild with its own release line still agrees with itself', () => {
    expect(matchOf(identify(`${ROCKY9}\nRocky Linux release 9.3 (Blue Onyx)`, knowledge))).toMatchObject({
      kind: 'rebuild',
      name: 'Rocky Linux',
    });
  });

  test('explains contradictory input instead of answering', () => {
    const result = identify('ID="amzn"\nVERSION_ID="2023"\nCentOS Linux release 7.9.2009 (Core)', knowledge);
    expect(result.verdict.kind).toBe('conflict');
    expect(summarizeIdentification(knowledge, result)).toBe(
      'The input contradicts itself: os-release (lines 1, 2) says Amazon Linux 2023; the release line (line 3) says CentOS Linux 7.',
    );
  });

  test('an Oracle Linux capture whose redhat-release names RHEL is reported as a contradiction, not as RHEL', () => {
    const result = identify(`${ORACLE86}\nOracle Linux Server release 8.6\nRed Hat Enterprise Linux release 8.6 (Ootpa)`, knowledge);
    expect(result.verdict.kind).toBe('conflict');
  });

  test('a kernel from another release lowers the confidence and explains why', () => {
    const result = identify('ID="rhel"\nVERSION_ID="9.6"\n6.1.112-122.189.amzn2023.x86_64', knowledge);
    expect(matchOf(result)).toEqual({ kind: 'release', releaseId: 'rhel9' });
    expect(result.verdict.kind === 'match' && result.verdict.confidence).toBe('medium');
    expect(result.notes.join(' ')).toMatch(/belongs to AL2023, not to the system the rest of the input describes/);
  });

  test('an EL kernel fits CentOS Stream and rebuilds of the same major version', () => {
    const result = identify('ID="centos"\nNAME="CentOS Stream"\nVERSION_ID="9"\n5.14.0-570.el9.x86_64', knowledge);
    expect(result.verdict.kind === 'match' && result.verdict.confidence).toBe('high');
    expect(result.notes).toEqual([]);
  });

  test('different minor releases in one input are reported, not chosen between', () => {
    const result = identify(
      'ID="amzn"\nVERSION_ID="2023"\nPRETTY_NAME="Amazon Linux 2023.6.20241010"\nAmazon Linux release 2023.9.20250929 (Amazon Linux)',
      knowledge,
    );
    expect(result.minor).toBeNull();
    expect(result.notes.join(' ')).toContain('different minor releases');
  });

  test('takes a minor release from /etc/image-id only as a last resort, and says what it means', () => {
    const result = identify(
      'ID="amzn"\nVERSION_ID="2023"\nimage_name="al2023-ami"\nimage_file="al2023-ami-2023.6.20241010.0-kernel-6.1-x86_64.xfs.gpt"',
      knowledge,
    );
    expect(result.minor?.value).toBe('2023.6.20241010');
    expect(result.notes.join(' ')).toContain('/etc/image-id');
  });

  test('ignores prompts and commands, and reports lines it does not understand', () => {
    const result = identify(
      '[ec2-user@ip-10-0-0-1 ~]$ cat /etc/os-release\nID="amzn"\nVERSION_ID="2"\nsomething else entirely\n',
      knowledge,
    );
    expect(matchOf(result)).toEqual({ kind: 'release', releaseId: 'al2' });
    expect(result.ignored).toEqual({ count: 1, lines: [4] });
  });

  test('says what is missing when the version is not shown', () => {
    expect(matchOf(identify('ID=amzn', knowledge))).toEqual({ kind: 'family', familyId: 'amazon-linux', reason: 'VERSION_ID is missing' });
    const result = identify('ID=rhel', knowledge);
    expect(result.verdict.kind === 'match' && result.verdict.confidence).toBe('low');
  });

  test('says "not identified" for distributions it does not cover, empty input and noise', () => {
    expect(identify('', knowledge).verdict).toEqual({ kind: 'empty' });
    expect(identify('\n\n# only comments\n', knowledge).verdict).toEqual({ kind: 'empty' });
    const ubuntu = identify('NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID="22.04"', knowledge);
    expect(ubuntu.verdict).toEqual({ kind: 'unknown', reason: 'Ubuntu (ID "ubuntu" is not a distribution this site tracks).' });
    expect(identify('hello world', knowledge).verdict.kind).toBe('unknown');
    expect(identify('FOO=bar', knowledge).notes.join(' ')).toContain('include no ID');
  });
});

describe('hostile input', () => {
  test('HTML and script text is kept as text in the answer', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const result = identify(`ID="${payload}"\nNAME="${payload}"\nVERSION_ID=1`, knowledge);
    expect(summarizeIdentification(knowledge, result)).toContain(payload);
  });

  test('binary bytes and 5 MB of input do not throw, and long input is cut', () => {
    const binary = String.fromCharCode(...Array.from({ length: 8192 }, (_, i) => (i * 7) % 256));
    expect(() => identify(binary, knowledge)).not.toThrow();
    const big = `ID=amzn\nVERSION_ID=2023\n${'x'.repeat(5 * 1024 * 1024)}`;
    const result = identify(big, knowledge);
    expect(result.truncated).toBe(true);
    expect(matchOf(result)).toEqual({ kind: 'release', releaseId: 'al2023' });
    const manyLines = identify('Amazon Linux release 2 (Karoo)\n'.repeat(200_000), knowledge);
    expect(manyLines.truncated).toBe(true);
    expect(MAX_INPUT).toBeLessThan(5 * 1024 * 1024);
  });

  test('never throws and always gives a verdict (property)', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom(
        'ID=amzn',
        'VERSION_ID=2023',
        'ID=rhel',
        'VERSION_ID="9.6"',
        'NAME="CentOS Stream"',
        'Amazon Linux release 2 (Karoo)',
        '5.14.0-70.el9.x86_64',
        'Operating System: Fedora Linux 40',
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const result = identify(lines.join('\n'), knowledge);
        expect(['empty', 'match', 'conflict', 'unknown']).toContain(result.verdict.kind);
        expect(typeof summarizeIdentification(knowledge, result)).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  test('never throws on arbitrary Unicode (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        identify(text, knowledge);
      }),
      { numRuns: 300 },
    );
  });
});
