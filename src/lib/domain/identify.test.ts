import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SOURCE_IDS, releases } from '../../data/index.ts';
import {
  FALLBACK_OS_IDS,
  MAX_INPUT,
  MAX_NAME,
  buildIdentifyKnowledge,
  identify,
  readCpeVersion,
  readNameVersion,
  readReleaseWords,
  summarizeIdentification,
  type Identification,
  type Match,
} from './identify.ts';
import { formatOsRelease } from './os-release.ts';
import { FAMILY_NAMES } from '../../data/groupings.ts';

const knowledge = buildIdentifyKnowledge({ releases, familyNames: FAMILY_NAMES });

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
  test('kernel tags come from the releases, and fallback sources exist', () => {
    expect(Object.fromEntries(knowledge.releases.filter((r) => r.kernelTag).map((r) => [r.id, r.kernelTag]))).toEqual({
      al1: 'amzn1',
      al2: 'amzn2',
      al2023: 'amzn2023',
      rhel7: 'el7',
      rhel8: 'el8',
      rhel9: 'el9',
      rhel10: 'el10',
      centos7: 'el7',
      'centos-stream8': 'el8',
      'centos-stream9': 'el9',
      'centos-stream10': 'el10',
      fedora34: 'fc34',
      fedora35: 'fc35',
      fedora36: 'fc36',
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
  test('cover the Amazon Linux, RHEL and CentOS releases and Fedora 34, 35 and 36', () => {
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
      'centos-stream10',
      'fedora34',
      'fedora35',
      'fedora36',
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

  test('every sample, now complete with its NAME line, is identified with high confidence', () => {
    for (const release of samples) {
      const fields = 'value' in release.osRelease ? release.osRelease.value.fields : {};
      const result = identify(formatOsRelease(fields), knowledge);
      expect(result.verdict.kind === 'match' && result.verdict.confidence, release.id).toBe('high');
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
    expect(matchOf(result)).toEqual({ kind: 'ambiguous', releaseIds: ['rhel9', 'centos-stream9'], reason: 'the kernel tag el9 is shared' });
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
    // Without PLATFORM_ID the EL major is not known: a derivative's VERSION_ID is its own.
    const alma = matchOf(identify('NAME="AlmaLinux"\nID="almalinux"\nID_LIKE="rhel centos fedora"\nVERSION_ID="10.0"', knowledge));
    expect(alma).toEqual({ kind: 'rebuild', name: 'AlmaLinux', elMajor: null, relatedReleaseId: null, basis: 'its ID_LIKE names rhel' });
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

describe('known misidentifications (issue 16)', () => {
  test('an el8 kernel alone offers RHEL 8 and CentOS Stream 8, and says rebuilds share the tag', () => {
    const result = identify('4.18.0-553.el8_10.x86_64', knowledge);
    expect(matchOf(result)).toEqual({ kind: 'ambiguous', releaseIds: ['rhel8', 'centos-stream8'], reason: 'the kernel tag el8 is shared' });
    expect(result.notes).toContain('RHEL rebuilds and derivatives of the same major version build their kernels with the el8 tag too.');
  });

  test('Scientific Linux 7, which sets ID="rhel", is a rebuild, not RHEL 7', () => {
    const result = identify('NAME="Scientific Linux"\nID="rhel"\nID_LIKE="fedora"\nVERSION_ID="7.2"', knowledge);
    expect(matchOf(result)).toEqual({
      kind: 'rebuild',
      name: 'Scientific Linux',
      elMajor: '7',
      relatedReleaseId: 'rhel7',
      basis: 'its ID "rhel" is the one Red Hat Enterprise Linux uses, but its NAME is "Scientific Linux"',
    });
  });

  test("Amazon Linux's ID with another NAME is not called a RHEL rebuild", () => {
    const result = identify('ID=amzn\nVERSION_ID=2023\nNAME="Custom image"', knowledge);
    expect(matchOf(result)).toEqual({ kind: 'untracked', name: 'Custom image 2023', familyId: null, version: '2023' });
  });

  test('XCP-ng 8.2 is not placed next to RHEL 8 by its VERSION_ID', () => {
    const xcp = 'NAME="XCP-ng"\nID="xenenterprise"\nID_LIKE="centos rhel fedora"\nVERSION_ID="8.2.0"';
    expect(matchOf(identify(xcp, knowledge))).toMatchObject({ kind: 'rebuild', elMajor: null, relatedReleaseId: null });
  });

  test('a Fedora platform rules out a RHEL rebuild, whatever ID_LIKE says', () => {
    const nobara = 'NAME="Nobara Linux"\nID=nobara\nID_LIKE="rhel centos fedora"\nVERSION_ID=40\nPLATFORM_ID="platform:f40"';
    expect(identify(nobara, knowledge).verdict).toEqual({
      kind: 'unknown',
      reason: 'Nobara Linux (ID "nobara" is not a distribution this site tracks, and its PLATFORM_ID "platform:f40" is not a RHEL one).',
    });
  });

  test('reads the hostnamectl screen of the Amazon Linux 2 release candidate', () => {
    const screen = `   Static hostname: ip-172-31-45-123.us-east-2.compute.internal
         Icon name: computer-vm
           Chassis: vm
    Virtualization: xen
  Operating System: Amazon Linux 2.0 (2017.12) LTS Release Candidate
       CPE OS Name: cpe:2.3:o:amazon:amazon_linux:2.0
            Kernel: Linux 4.9.75-1.56.amzn2.x86_64
      Architecture: x86-64`;
    const result = identify(screen, knowledge);
    expect(matchOf(result)).toEqual({ kind: 'release', releaseId: 'al2' });
    expect(result.verdict.kind === 'match' && result.verdict.confidence).toBe('high');
  });

  test('a hostnamectl name without a version takes it from the CPE OS Name line', () => {
    const screen = `  Operating System: Red Hat Enterprise Linux
       CPE OS Name: cpe:/o:redhat:enterprise_linux:9::baseos
            Kernel: Linux 5.14.0-427.13.1.el9_4.x86_64`;
    const result = identify(screen, knowledge);
    expect(matchOf(result)).toEqual({ kind: 'release', releaseId: 'rhel9' });
    expect(result.verdict.kind === 'match' && result.verdict.decidedBy.map((c) => c.label)).toEqual([
      'Operating System',
      'CPE OS Name',
      'Kernel (hostnamectl)',
    ]);
  });

  test('a hostnamectl name without a version, or a CPE line, takes the release from the kernel, with medium confidence', () => {
    const result = identify(
      '  Operating System: Red Hat Enterprise Linux\n            Kernel: Linux 5.14.0-427.13.1.el9_4.x86_64',
      knowledge,
    );
    expect(matchOf(result)).toEqual({ kind: 'release', releaseId: 'rhel9' });
    expect(result.verdict.kind === 'match' && result.verdict.confidence).toBe('medium');
    expect(result.notes).toContain('The release comes from the kernel tag el9, as the rest of the input does not show it.');
    expect(matchOf(identify('Operating System: Red Hat Enterprise Linux', knowledge))).toEqual({
      kind: 'family',
      familyId: 'rhel',
      reason: 'hostnamectl shows no version',
    });
  });
});

describe('readers', () => {
  test('readNameVersion takes the words before the first version, and ignores what follows it', () => {
    expect(readNameVersion('Amazon Linux 2.0 (2017.12) LTS Release Candidate')).toEqual({ name: 'Amazon Linux', version: '2.0' });
    expect(readNameVersion('Red Hat Enterprise Linux 9.4 (Plow)')).toEqual({ name: 'Red Hat Enterprise Linux', version: '9.4' });
    expect(readNameVersion('Red Hat Enterprise Linux')).toBeNull();
    expect(readNameVersion('9.4')).toBeNull();
    expect(readNameVersion(`a${' '.repeat(MAX_NAME)}1`)).toBeNull();
  });

  test('readReleaseWords reads release-file lines', () => {
    expect(readReleaseWords('CentOS Linux release 7.9.2009 (Core)')).toEqual({ name: 'CentOS Linux', version: '7.9.2009' });
    expect(readReleaseWords('Amazon Linux release 2.0 (2017.12) LTS Release Candidate')).toEqual({
      name: 'Amazon Linux',
      version: '2.0',
    });
    expect(readReleaseWords('release 7')).toBeNull();
    expect(readReleaseWords('CentOS Stream release')).toBeNull();
  });

  test('readCpeVersion reads CPE 2.2 and 2.3 names', () => {
    expect(readCpeVersion('cpe:/o:redhat:enterprise_linux:9::baseos')).toBe('9');
    expect(readCpeVersion('cpe:/o:redhat:enterprise_linux:7.4:GA:server')).toBe('7.4');
    expect(readCpeVersion('cpe:2.3:o:amazon:amazon_linux:2023')).toBe('2023');
    expect(readCpeVersion('cpe:/o:redhat:enterprise_linux')).toBeNull();
    expect(readCpeVersion('not a cpe')).toBeNull();
  });
});

/** Milliseconds one call takes. */
function timeOf(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * A linear reader handles a million characters in well under a second (tens of milliseconds on an
 * idle machine); a quadratic one needs minutes (160,000 spaces took 9 s). The bound sits far from
 * both, so that a busy shared test machine does not fail it and a quadratic reader still does.
 */
const LINEAR_BOUND_MS = 5000;

/** Text built by repeating pieces that trip backtracking regular expressions: spaces, quotes, "=", words, digits. */
const adversarialText = (length: number) =>
  fc
    .array(
      fc.constantFrom(' ', '  ', '\t', '"', "'", '=', '==', '\\', 'a', 'Linux ', '1', '2.0 ', '(', ')', 'ID=', 'PRETTY_NAME="', 'release '),
      {
        minLength: 1,
        maxLength: 8,
      },
    )
    .map((pieces) => {
      const unit = pieces.join('');
      return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    });

describe('linear time', () => {
  test('a long PRETTY_NAME of spaces without an ID is read quickly', () => {
    const text = `PRETTY_NAME="a${' '.repeat(MAX_INPUT - 20)}x"`;
    expect(timeOf(() => identify(text, knowledge))).toBeLessThan(LINEAR_BOUND_MS);
  });

  test('any million characters of adversarial text are read quickly, as one line or many (property)', () => {
    fc.assert(
      fc.property(adversarialText(MAX_INPUT), fc.boolean(), (text, oneLine) => {
        const input = oneLine ? text : text.replace(/ {2}/g, '\n');
        expect(timeOf(() => identify(input, knowledge))).toBeLessThan(LINEAR_BOUND_MS);
      }),
      { numRuns: 5 },
    );
  }, 60_000);

  test('the name, release-line and CPE readers stay fast on long adversarial text (property)', () => {
    fc.assert(
      fc.property(adversarialText(MAX_INPUT), (text) => {
        expect(timeOf(() => [readNameVersion(text), readReleaseWords(text), readCpeVersion(text)])).toBeLessThan(LINEAR_BOUND_MS);
      }),
      { numRuns: 5 },
    );
  }, 60_000);
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
