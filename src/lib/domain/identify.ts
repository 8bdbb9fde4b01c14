/**
 * Names the distribution and release behind pasted identification text: /etc/os-release,
 * /etc/system-release or /etc/redhat-release lines, `uname -r` (or `uname -a`), `hostnamectl`
 * and /etc/image-id, in any mix. Pure and total: any string gives an answer, and text that does
 * not fit, or parts that disagree, are reported instead of guessed at.
 *
 * What the releases look like comes from the data module through IdentifyKnowledge (built by
 * buildIdentifyKnowledge), so this file holds rules for reading, not facts about releases.
 */
import { parseOsReleaseLine, splitLines, type OsReleaseLine, type OsReleaseProblem } from './os-release.ts';

// ---------------------------------------------------------------------------
// Knowledge: what the tracked releases look like, derived from src/data
// ---------------------------------------------------------------------------

export interface ReleaseKnowledge {
  id: string;
  name: string;
  shortName: string;
  family: string;
  /** Major version as the vendor writes it: "2018.03", "2", "2023", "9". */
  version: string;
  formerNames: readonly string[];
  /** os-release values from the data's sample; null when the data does not know them. */
  osId: string | null;
  osName: string | null;
  idLike: string | null;
  platformId: string | null;
  /** The release tag in kernel versions (amzn2023, el9), from the release's kernelReleaseTag; null when unknown. */
  kernelTag: string | null;
}

export interface FamilyKnowledge {
  id: string;
  /** How the family's release names begin: "Amazon Linux", "Red Hat Enterprise Linux", "CentOS Stream". */
  name: string;
  /** The os-release ID the family's releases use; null when no release of the family records it. */
  osId: string | null;
}

export interface IdentifyKnowledge {
  releases: readonly ReleaseKnowledge[];
  families: readonly FamilyKnowledge[];
}

/** The parts of a data-module release this file reads (structural, so tests can pass fixtures). */
export type ReleaseForIdentify = Pick<ReleaseKnowledge, 'id' | 'name' | 'shortName' | 'family' | 'version' | 'formerNames'> & {
  osRelease: { value: { fields: Readonly<Record<string, string | null>> } } | { unknown: string };
  kernelReleaseTag: { value: string } | { unknown: string };
};

/**
 * os-release IDs for families whose releases in the data carry no os-release sample
 * (Fedora 34–36). The ID itself is the standard's own example and appears in Fedora's file.
 */
export const FALLBACK_OS_IDS: Readonly<Record<string, { osId: string; sources: readonly string[] }>> = {
  fedora: { osId: 'fedora', sources: ['freedesktop-os-release'] },
};

const KERNEL_TAG = /\.(amzn\d+|el\d+)(?=[._]|$)/;

export function buildIdentifyKnowledge(input: {
  releases: readonly ReleaseForIdentify[];
  familyNames: Readonly<Record<string, string>>;
}): IdentifyKnowledge {
  const releases: ReleaseKnowledge[] = input.releases.map((r) => {
    const fields = 'value' in r.osRelease ? r.osRelease.value.fields : {};
    return {
      id: r.id,
      name: r.name,
      shortName: r.shortName,
      family: r.family,
      version: r.version,
      formerNames: [...r.formerNames],
      osId: fields['ID'] ?? null,
      osName: fields['NAME'] ?? null,
      idLike: fields['ID_LIKE'] ?? null,
      platformId: fields['PLATFORM_ID'] ?? null,
      kernelTag: 'value' in r.kernelReleaseTag ? r.kernelReleaseTag.value : null,
    };
  });
  const familyIds = [...new Set(releases.map((r) => r.family))];
  const families: FamilyKnowledge[] = familyIds.map((id) => ({
    id,
    name: input.familyNames[id] ?? id,
    osId: releases.find((r) => r.family === id && r.osId)?.osId ?? FALLBACK_OS_IDS[id]?.osId ?? null,
  }));
  return { releases, families };
}

// ---------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------

export type ClueSource = 'os-release' | 'release-file' | 'hostnamectl' | 'kernel' | 'image-id';

/** A piece of the input that the answer rests on. */
export interface Clue {
  source: ClueSource;
  line: number;
  /** The field or kind of line, e.g. "VERSION_ID", "release line", "Operating System". */
  label: string;
  value: string;
}

export type Match =
  | { kind: 'release'; releaseId: string }
  /** The family is clear, the release is not (e.g. VERSION_ID missing). */
  | { kind: 'family'; familyId: string; reason: string }
  | { kind: 'ambiguous'; releaseIds: string[]; reason: string }
  /** A name a tracked release had before GA, e.g. Amazon Linux 2022 for AL2023. */
  | { kind: 'former'; releaseId: string; formerName: string }
  /** A release of a tracked family, or a named system, that this site does not track. */
  | { kind: 'untracked'; name: string; familyId: string | null; version: string | null }
  /** A distribution whose os-release places it with RHEL (ID_LIKE or PLATFORM_ID). */
  | { kind: 'rebuild'; name: string; elMajor: string | null; relatedReleaseId: string | null; basis: string }
  | { kind: 'unknown'; name: string | null; reason: string };

/** What one part of the input says on its own. */
export interface Claim {
  source: ClueSource;
  match: Match;
  clues: Clue[];
}

export type Confidence = 'high' | 'medium' | 'low';

export type Verdict =
  | { kind: 'empty' }
  | { kind: 'match'; match: Match; confidence: Confidence; decidedBy: Clue[] }
  | { kind: 'conflict'; claims: Claim[] }
  | { kind: 'unknown'; reason: string };

export interface Identification {
  verdict: Verdict;
  /** Every reading of the input, strongest first. */
  claims: Claim[];
  /** The minor release or build the input shows, e.g. "2023.6.20241010" or "9.6". */
  minor: { value: string; clues: Clue[] } | null;
  /** Kernel reading, kept apart because a kernel alone is weak evidence. */
  kernel: { tag: string | null; releaseIds: string[]; clue: Clue } | null;
  notes: string[];
  /** Lines that were not understood (first few line numbers, and how many). */
  ignored: { count: number; lines: number[] };
  problems: OsReleaseProblem[];
  problemCount: number;
  /** True when the input was longer than MAX_INPUT and only its start was read. */
  truncated: boolean;
}

/** Longer input is read only up to this many characters. */
export const MAX_INPUT = 1_000_000;
const MAX_LISTED = 10;
/** Different readings weighed against each other, and clues kept per reading. */
const MAX_CLAIMS = 12;
const MAX_CLUES = 5;
/** Lines longer than this are only read as os-release assignments. */
const MAX_LINE = 300;

const HOSTNAMECTL_KEYS = new Set([
  'Static hostname',
  'Transient hostname',
  'Pretty hostname',
  'Icon name',
  'Chassis',
  'Deployment',
  'Location',
  'Machine ID',
  'Boot ID',
  'Virtualization',
  'Operating System',
  'CPE OS Name',
  'OS Support End',
  'OS Support Expired',
  'OS Support Remaining',
  'Kernel',
  'Architecture',
  'Hardware Vendor',
  'Hardware Model',
  'Hardware Serial',
  'Firmware Version',
  'Firmware Date',
  'Firmware Age',
  'Product UUID',
  'AF_VSOCK CID',
]);

const PROMPT = /^(?:(?:\[[^\]]{0,80}\]|[\w.-]{1,64}@[\w.-]{1,64}(?::[^$#\s]{0,80})?)\s?[$#%>]|[$%>])\s*\S/;
const COMMAND = /^(?:sudo\s+)?(?:cat|uname|hostnamectl|lsb_release|more|less|head|tail|grep)(?:\s[^=]*)?$/;
const KERNEL_LINE = /^(\d+\.\d+(?:\.\d+)?-[\w.+~-]+)$/;
const UNAME_A = /^Linux\s+\S+\s+(\d+\.\d+(?:\.\d+)?-[\w.+~-]+)\s/;
const HOSTNAMECTL_LINE = /^\s*([A-Z][A-Za-z0-9 _/-]{0,40}?)\s*:\s+(.*)$/;

// ---------------------------------------------------------------------------
// Reading helpers
// ---------------------------------------------------------------------------

function familyOf(k: IdentifyKnowledge, id: string): FamilyKnowledge | undefined {
  return k.families.find((f) => f.id === id);
}

function releaseOf(k: IdentifyKnowledge, id: string): ReleaseKnowledge | undefined {
  return k.releases.find((r) => r.id === id);
}

/** True when a VERSION_ID (or a release-line version) belongs to the release's major version. */
export function versionMatches(release: Pick<ReleaseKnowledge, 'version'>, version: string): boolean {
  const dated = /^\d{4}\.\d{2}$/;
  // AL1 versions were dated (2010.11 to 2018.03): any dated version is that generation.
  if (dated.test(release.version)) return dated.test(version);
  return version.split('.')[0] === release.version;
}

/** Families whose releases follow RHEL's major versions: RHEL itself, and those naming rhel first in ID_LIKE. */
function isElRelease(k: IdentifyKnowledge, r: ReleaseKnowledge): boolean {
  const fam = familyOf(k, r.family);
  if (fam?.osId === 'rhel') return true;
  return k.releases.some((o) => o.family === r.family && o.idLike?.split(/\s+/)[0] === 'rhel');
}

/** The family whose name begins the text, longest name first ("Amazon Linux AMI" → Amazon Linux). */
function familyByName(k: IdentifyKnowledge, text: string): FamilyKnowledge | undefined {
  const lower = text.toLowerCase();
  return [...k.families]
    .sort((a, b) => b.name.length - a.name.length)
    .find((f) => {
      const name = f.name.toLowerCase();
      return lower === name || (lower.startsWith(name) && /[\s(]/.test(lower.charAt(name.length)));
    });
}

function resolveNamed(k: IdentifyKnowledge, name: string, version: string): Match {
  const fam = familyByName(k, name);
  if (!fam) return { kind: 'untracked', name: `${name} ${version}`, familyId: null, version };
  return resolveInFamilies(k, [fam], version, `${name} ${version}`);
}

function resolveInFamilies(k: IdentifyKnowledge, families: readonly FamilyKnowledge[], version: string, displayName: string): Match {
  const candidates = k.releases.filter((r) => families.some((f) => f.id === r.family) && versionMatches(r, version));
  if (candidates.length === 1) return { kind: 'release', releaseId: candidates[0]!.id };
  if (candidates.length > 1) {
    return { kind: 'ambiguous', releaseIds: candidates.map((r) => r.id), reason: `version ${version} fits more than one tracked release` };
  }
  for (const fam of families) {
    const formerName = `${fam.name} ${version}`;
    const renamed = k.releases.find((r) => r.formerNames.some((n) => n.toLowerCase() === formerName.toLowerCase()));
    if (renamed) return { kind: 'former', releaseId: renamed.id, formerName };
  }
  return { kind: 'untracked', name: displayName, familyId: families[0]?.id ?? null, version };
}

interface FieldValue {
  value: string;
  line: number;
}

/** Names and versions longer than this are not read: no real distribution name comes near it. */
export const MAX_NAME = 200;
const NAME_WORD = /^[A-Za-z][\w/.-]*$/;
const VERSION_WORD = /^\d[\w.-]*$/;

/**
 * Splits "Amazon Linux 2.0 (2017.12) LTS Release Candidate" into the name before the first
 * version-like word and that word. What follows the version (codename, "LTS", "Release Candidate")
 * is allowed and ignored. Word by word, so the time is linear in the length of the text.
 */
export function readNameVersion(text: string): { name: string; version: string } | null {
  if (text.length > MAX_NAME) return null;
  const words = text.trim().split(/\s+/);
  const at = words.findIndex((word) => VERSION_WORD.test(word));
  if (at < 1 || !words.slice(0, at).every((word) => NAME_WORD.test(word))) return null;
  return { name: words.slice(0, at).join(' '), version: words[at]! };
}

/** The version part of a CPE name: cpe:/o:redhat:enterprise_linux:9::baseos or cpe:2.3:o:amazon:amazon_linux:2. */
export function readCpeVersion(cpe: string): string | null {
  if (cpe.length > MAX_NAME) return null;
  const parts = cpe.trim().split(':');
  if (parts[0]?.toLowerCase() !== 'cpe') return null;
  const version = parts[1] === '2.3' ? parts[5] : parts[1]?.startsWith('/') ? parts[4] : undefined;
  return version !== undefined && VERSION_WORD.test(version) ? version : null;
}

function osReleaseClue(key: string, field: FieldValue): Clue {
  return { source: 'os-release', line: field.line, label: key, value: field.value };
}

/** True when NAME begins with the family's name, as every tracked release's NAME does. */
function nameFitsFamily(name: string, family: FamilyKnowledge): boolean {
  return name.trim().toLowerCase().startsWith(family.name.toLowerCase());
}

/** A family whose own kernels carry an EL tag (el7, el9…): RHEL and its rebuilds, not Amazon Linux, whose ID_LIKE names rhel too. */
function isElFamily(k: IdentifyKnowledge, family: FamilyKnowledge): boolean {
  return k.releases.some((r) => r.family === family.id && /^el\d+$/.test(r.kernelTag ?? ''));
}

function fromOsRelease(k: IdentifyKnowledge, fields: ReadonlyMap<string, FieldValue>): Claim | null {
  const clues: Clue[] = [];
  const use = (key: string) => {
    const field = fields.get(key);
    if (field) clues.push(osReleaseClue(key, field));
    return field;
  };
  const id = use('ID');
  use('VERSION_ID');
  const claim = (match: Match): Claim => ({ source: 'os-release', match, clues });
  if (!id) {
    const shown = fields.has('PRETTY_NAME') ? 'PRETTY_NAME' : fields.has('NAME') ? 'NAME' : null;
    return shown ? claim(fromNameOnly(k, use(shown)!.value)) : null;
  }
  const osId = id.value.trim().toLowerCase();
  const families = k.families.filter((f) => f.osId === osId);
  if (families.length === 0) return claim(rebuildOrUnknown(k, fields, osId, clues));
  const name = fields.get('NAME');
  if (name) {
    clues.push(osReleaseClue('NAME', name));
    const named = families.filter((f) => nameFitsFamily(name.value, f));
    if (named.length === 0) return claim(borrowedId(k, fields, families, osId));
    return claim(fromFamilies(k, fields, named));
  }
  return claim(fromFamilies(k, fields, families));
}

/** os-release text without an ID: the name and version shown in PRETTY_NAME or NAME. */
function fromNameOnly(k: IdentifyKnowledge, shown: string): Match {
  const parsed = readNameVersion(shown);
  if (parsed) return resolveNamed(k, parsed.name, parsed.version);
  return { kind: 'unknown', name: clip(shown), reason: 'the os-release text has no ID' };
}

function fromFamilies(k: IdentifyKnowledge, fields: ReadonlyMap<string, FieldValue>, families: readonly FamilyKnowledge[]): Match {
  const versionId = fields.get('VERSION_ID')?.value.trim() ?? '';
  if (versionId === '') {
    if (families.length === 1) return { kind: 'family', familyId: families[0]!.id, reason: 'VERSION_ID is missing' };
    const ids = k.releases.filter((r) => families.some((f) => f.id === r.family)).map((r) => r.id);
    return { kind: 'ambiguous', releaseIds: ids, reason: 'VERSION_ID is missing' };
  }
  const display = fields.get('PRETTY_NAME')?.value ?? [fields.get('NAME')?.value ?? families[0]!.name, versionId].join(' ');
  return resolveInFamilies(k, families, versionId, display);
}

/**
 * A distribution that uses a tracked family's ID but names itself otherwise (Scientific Linux 7
 * sets ID="rhel"). It is a rebuild when the family is RHEL-like; its VERSION_ID then follows RHEL's.
 */
function borrowedId(
  k: IdentifyKnowledge,
  fields: ReadonlyMap<string, FieldValue>,
  families: readonly FamilyKnowledge[],
  osId: string,
): Match {
  const name = fields.get('NAME')!.value;
  const version = fields.get('VERSION_ID')?.value.trim() || null;
  const elFamily = families.find((f) => isElFamily(k, f));
  if (!elFamily) return { kind: 'untracked', name: clip([name, version].filter(Boolean).join(' ')), familyId: null, version };
  const major = version?.split('.')[0] ?? null;
  const related = k.releases.find((r) => r.family === elFamily.id && major !== null && r.version === major);
  return {
    kind: 'rebuild',
    name: clip(name),
    elMajor: major,
    relatedReleaseId: related?.id ?? null,
    basis: `its ID "${osId}" is the one ${elFamily.name} uses, but its NAME is "${clip(name)}"`,
  };
}

/**
 * An untracked ID. PLATFORM_ID, when present, decides: an EL platform makes a rebuild, any other
 * (Nobara's platform:f40) rules one out whatever ID_LIKE says. Without it, ID_LIKE naming a RHEL-like
 * ID makes a rebuild whose EL major is not known: a derivative's VERSION_ID is its own (XCP-ng 8.2 is
 * built on CentOS 7).
 */
function rebuildOrUnknown(k: IdentifyKnowledge, fields: ReadonlyMap<string, FieldValue>, osId: string, clues: Clue[]): Match {
  const name = clip(fields.get('NAME')?.value ?? fields.get('PRETTY_NAME')?.value ?? osId);
  const idLike = fields.get('ID_LIKE');
  const platform = fields.get('PLATFORM_ID');
  const notTracked = `ID "${clip(osId)}" is not a distribution this site tracks`;
  if (platform) {
    const platformId = platform.value.trim();
    const elRelease = k.releases.find((r) => r.platformId === platformId && isElRelease(k, r));
    clues.push(osReleaseClue('PLATFORM_ID', platform));
    if (!elRelease) return { kind: 'unknown', name, reason: `${notTracked}, and its PLATFORM_ID "${clip(platformId)}" is not a RHEL one` };
    return {
      kind: 'rebuild',
      name,
      elMajor: elRelease.version,
      relatedReleaseId: elRelease.id,
      basis: `its PLATFORM_ID "${platformId}" is the one ${elRelease.shortName} uses`,
    };
  }
  const elOsIds = new Set(k.releases.filter((r) => isElRelease(k, r)).flatMap((r) => (r.osId ? [r.osId] : [])));
  const likesEl = idLike?.value
    .toLowerCase()
    .split(/\s+/)
    .find((l) => elOsIds.has(l));
  if (!idLike || !likesEl) return { kind: 'unknown', name, reason: notTracked };
  clues.push(osReleaseClue('ID_LIKE', idLike));
  return { kind: 'rebuild', name, elMajor: null, relatedReleaseId: null, basis: `its ID_LIKE names ${likesEl}` };
}

function kernelReading(k: IdentifyKnowledge, kernel: string, line: number, label: string): NonNullable<Identification['kernel']> {
  const tag = KERNEL_TAG.exec(kernel)?.[1] ?? null;
  const releaseIds = tag ? k.releases.filter((r) => r.kernelTag === tag).map((r) => r.id) : [];
  return { tag, releaseIds, clue: { source: 'kernel', line, label, value: kernel } };
}

// ---------------------------------------------------------------------------
// Combining the readings
// ---------------------------------------------------------------------------

function firstWord(text: string): string {
  return text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
}

function releasesOf(k: IdentifyKnowledge, m: Match): string[] | null {
  switch (m.kind) {
    case 'release':
      return [m.releaseId];
    case 'ambiguous':
      return m.releaseIds;
    case 'family':
      return k.releases.filter((r) => r.family === m.familyId).map((r) => r.id);
    default:
      return null;
  }
}

/** True when two readings can describe the same system. */
export function compatible(k: IdentifyKnowledge, a: Match, b: Match): boolean {
  const ra = releasesOf(k, a);
  const rb = releasesOf(k, b);
  if (ra && rb) return ra.some((id) => rb.includes(id));
  if (ra || rb) return false;
  if (a.kind === 'former' && b.kind === 'former') return a.releaseId === b.releaseId;
  const named = (m: Match) => (m.kind === 'untracked' || m.kind === 'rebuild' || m.kind === 'unknown' ? m : null);
  const na = named(a);
  const nb = named(b);
  if (!na || !nb) return false;
  if (na.kind === 'untracked' && nb.kind === 'untracked' && na.familyId && na.familyId === nb.familyId) {
    return (na.version ?? '').split('.')[0] === (nb.version ?? '').split('.')[0];
  }
  return na.name !== null && nb.name !== null && firstWord(na.name) === firstWord(nb.name);
}

const SPECIFICITY: Record<Match['kind'], number> = { release: 6, former: 5, rebuild: 4, untracked: 3, ambiguous: 2, family: 1, unknown: 0 };

function kernelFits(k: IdentifyKnowledge, kernel: NonNullable<Identification['kernel']>, m: Match): boolean | null {
  if (!kernel.tag || kernel.releaseIds.length === 0) return null;
  const ids = releasesOf(k, m) ?? (m.kind === 'former' ? [] : null);
  const el = /^el(\d+)$/.exec(kernel.tag);
  if (ids) {
    if (ids.some((id) => kernel.releaseIds.includes(id))) return true;
    // An EL kernel tag fits every release that follows RHEL's major version.
    if (el)
      return ids.some((id) => {
        const r = releaseOf(k, id);
        return r !== undefined && isElRelease(k, r) && r.version === el[1];
      });
    return false;
  }
  if (m.kind === 'rebuild') {
    if (m.elMajor === null) return null;
    return el ? m.elMajor === el[1] : false;
  }
  return null;
}

function minorReading(
  k: IdentifyKnowledge,
  releaseId: string,
  clues: readonly Clue[],
): { found: Identification['minor']; note: string | null } {
  const release = releaseOf(k, releaseId);
  if (!release || /^\d{4}\.\d{2}$/.test(release.version)) return { found: null, note: null };
  const amazonDated = /^\d{4}$/.test(release.version);
  // Minor releases are read for RHEL-versioned releases and the year-numbered Amazon Linux ones.
  if (!amazonDated && !isElRelease(k, release)) return { found: null, note: null };
  const pattern = amazonDated
    ? new RegExp(`(?<![\\d.])${release.version}\\.(\\d+)\\.(\\d{8})(?![\\d])`)
    : new RegExp(`(?<![\\d.])${release.version}\\.(\\d+)(?:\\.(\\d+))?(?![\\d.])`);
  const readable = new Set(['VERSION_ID', 'VERSION', 'PRETTY_NAME', 'release line', 'Operating System']);
  const found = new Map<string, Clue[]>();
  const fromImage = new Map<string, Clue[]>();
  for (const clue of clues) {
    const image = clue.source === 'image-id';
    if (!image && !readable.has(clue.label)) continue;
    const m = pattern.exec(clue.value);
    if (!m) continue;
    const value = m[0];
    const into = image ? fromImage : found;
    into.set(value, [...(into.get(value) ?? []), clue]);
  }
  const pick = found.size > 0 ? found : fromImage;
  if (pick.size === 1) {
    const [value, from] = [...pick][0]!;
    const note =
      pick === fromImage
        ? `The minor release comes only from /etc/image-id, which describes the image the instance was launched from; the running system may have moved on since.`
        : null;
    return { found: { value, clues: from }, note };
  }
  if (pick.size > 1) {
    return { found: null, note: `The input shows different minor releases (${[...pick.keys()].join(', ')}), so none is claimed.` };
  }
  return { found: null, note: null };
}

function describeReleaseName(k: IdentifyKnowledge, id: string): string {
  return releaseOf(k, id)?.name ?? id;
}

/** A short description of a reading, e.g. "Amazon Linux 2023" or "Fedora Linux 40 (not tracked here)". */
export function describeMatch(k: IdentifyKnowledge, m: Match): string {
  switch (m.kind) {
    case 'release':
      return describeReleaseName(k, m.releaseId);
    case 'family':
      return `${familyOf(k, m.familyId)?.name ?? m.familyId}, release not shown (${m.reason})`;
    case 'ambiguous':
      return `one of ${m.releaseIds.map((id) => describeReleaseName(k, id)).join(', ')} (${m.reason})`;
    case 'former':
      return `${m.formerName}, the preview of ${describeReleaseName(k, m.releaseId)}`;
    case 'untracked':
      return `${m.name} (not tracked here)`;
    case 'rebuild':
      return `${m.name}, a RHEL rebuild or derivative (not tracked here)`;
    case 'unknown':
      return m.name ? `${m.name} (${m.reason})` : `an unknown system (${m.reason})`;
  }
}

const SOURCE_WORDS: Record<ClueSource, string> = {
  'os-release': 'os-release',
  'release-file': 'the release line',
  hostnamectl: 'hostnamectl',
  kernel: 'the kernel version',
  'image-id': '/etc/image-id',
};

function lineList(clues: readonly Clue[]): string {
  const lines = [...new Set(clues.map((c) => c.line))].sort((a, b) => a - b);
  return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`;
}

/** One sentence per reading, for conflict explanations: "os-release (lines 1, 3) says Amazon Linux 2023". */
export function describeClaim(k: IdentifyKnowledge, claim: Claim): string {
  return `${SOURCE_WORDS[claim.source]} (${lineList(claim.clues)}) says ${describeMatch(k, claim.match)}`;
}

// ---------------------------------------------------------------------------
// The entry point
// ---------------------------------------------------------------------------

type KernelReading = NonNullable<Identification['kernel']>;

/** What the lines of the input say, sorted by kind, before any of it is weighed. */
interface Readings {
  osFields: Map<string, FieldValue>;
  imageFields: Clue[];
  releaseLines: { name: string; version: string; line: number; text: string }[];
  hostOs: FieldValue[];
  hostCpe: FieldValue[];
  kernels: KernelReading[];
  problems: OsReleaseProblem[];
  problemCount: number;
  ignored: { count: number; lines: number[] };
}

export function identify(input: string, k: IdentifyKnowledge): Identification {
  const truncated = input.length > MAX_INPUT;
  const readings = readLines(k, truncated ? input.slice(0, MAX_INPUT) : input);
  const { claims, notes } = collectClaims(k, readings);
  notes.push(...kernelNotes(readings.kernels));
  if (truncated) notes.push(`Only the first ${MAX_INPUT.toLocaleString('en-US')} characters were read.`);
  const decision = claims.length === 0 ? decideFromKernels(readings) : decideFromClaims(k, claims, readings);
  return {
    verdict: decision.verdict,
    claims,
    minor: decision.minor,
    kernel: readings.kernels[0] ?? null,
    notes: [...notes, ...decision.notes],
    ignored: readings.ignored,
    problems: readings.problems,
    problemCount: readings.problemCount,
    truncated,
  };
}

// Step 1: sort each line into what it is.

function readLines(k: IdentifyKnowledge, text: string): Readings {
  const readings: Readings = {
    osFields: new Map(),
    imageFields: [],
    releaseLines: [],
    hostOs: [],
    hostCpe: [],
    kernels: [],
    problems: [],
    problemCount: 0,
    ignored: { count: 0, lines: [] },
  };
  splitLines(text).forEach((raw, i) => readLine(k, readings, raw, i + 1));
  return readings;
}

function addProblem(r: Readings, line: number, message: string): void {
  r.problemCount += 1;
  if (r.problems.length < MAX_LISTED) r.problems.push({ line, message });
}

function addIgnored(r: Readings, line: number): void {
  r.ignored.count += 1;
  if (r.ignored.lines.length < MAX_LISTED) r.ignored.lines.push(line);
}

/** Keeps the first reading of each kernel tag only. */
function addKernel(r: Readings, reading: KernelReading): void {
  const key = reading.tag ?? `?${reading.clue.value}`;
  if (r.kernels.length >= MAX_CLAIMS || r.kernels.some((kr) => (kr.tag ?? `?${kr.clue.value}`) === key)) return;
  r.kernels.push(reading);
}

function readLine(k: IdentifyKnowledge, r: Readings, raw: string, lineNo: number): void {
  const line = raw.trim();
  const short = line.length <= MAX_LINE;
  if (line === '' || (line.startsWith('#') && !(short && PROMPT.test(line)))) return;
  if (short && (PROMPT.test(line) || COMMAND.test(line))) return;
  const parsed = parseOsReleaseLine(raw);
  if (parsed.kind === 'assignment') return readAssignment(r, parsed, lineNo);
  if (!short) return addIgnored(r, lineNo);
  if (readHostnamectlLine(k, r, line, lineNo) || readKernelLine(k, r, line, lineNo) || readReleaseLine(k, r, line, lineNo)) return;
  if (parsed.kind === 'not-assignment' && line.includes('=')) addProblem(r, lineNo, `ignored: ${parsed.reason}`);
  addIgnored(r, lineNo);
}

function readAssignment(r: Readings, parsed: Extract<OsReleaseLine, { kind: 'assignment' }>, lineNo: number): void {
  if (/^image_[a-z_]+$/.test(parsed.key)) {
    r.imageFields.push({ source: 'image-id', line: lineNo, label: parsed.key, value: parsed.value });
    return;
  }
  if (!/^[A-Z][A-Z0-9_]*$/.test(parsed.key)) return addIgnored(r, lineNo);
  for (const w of parsed.warnings) addProblem(r, lineNo, `${parsed.key}: ${w}`);
  const earlier = r.osFields.get(parsed.key);
  if (earlier && earlier.value !== parsed.value) {
    addProblem(r, lineNo, `${parsed.key} is set again (first on line ${earlier.line}, "${clip(earlier.value)}"); the later value is used`);
  }
  r.osFields.set(parsed.key, { value: parsed.value, line: lineNo });
}

function readHostnamectlLine(k: IdentifyKnowledge, r: Readings, line: string, lineNo: number): boolean {
  const host = HOSTNAMECTL_LINE.exec(line);
  if (!host || !HOSTNAMECTL_KEYS.has(host[1]!)) return false;
  const key = host[1]!;
  const value = host[2]!.trim();
  if (key === 'Operating System') r.hostOs.push({ value, line: lineNo });
  else if (key === 'CPE OS Name') r.hostCpe.push({ value, line: lineNo });
  else if (key === 'Kernel') {
    const version = /(\d+\.\d+(?:\.\d+)?-[\w.+~-]+)/.exec(value)?.[1];
    if (version) addKernel(r, kernelReading(k, version, lineNo, 'Kernel (hostnamectl)'));
  }
  return true;
}

function readKernelLine(k: IdentifyKnowledge, r: Readings, line: string, lineNo: number): boolean {
  const kernel = KERNEL_LINE.exec(line)?.[1] ?? UNAME_A.exec(line)?.[1];
  if (kernel) addKernel(r, kernelReading(k, kernel, lineNo, 'kernel release'));
  return kernel !== undefined;
}

/** "Red Hat Enterprise Linux Server release 7.7 (Maipo)", or a bare "Amazon Linux 2" naming a tracked family. */
function readReleaseLine(k: IdentifyKnowledge, r: Readings, line: string, lineNo: number): boolean {
  const release = readReleaseWords(line);
  const bare = release ? null : readNameVersion(line);
  const named = release ?? (bare && familyByName(k, bare.name) ? bare : null);
  if (!named) return false;
  r.releaseLines.push({ ...named, line: lineNo, text: line });
  return true;
}

/** The name before the word "release" and the version after it; what follows the version is ignored. */
export function readReleaseWords(line: string): { name: string; version: string } | null {
  if (line.length > MAX_NAME) return null;
  const words = line.trim().split(/\s+/);
  const at = words.findIndex((word, i) => i > 0 && word.toLowerCase() === 'release' && VERSION_WORD.test(words[i + 1] ?? ''));
  return at === -1 ? null : { name: words.slice(0, at).join(' '), version: words[at + 1]! };
}

// Step 2: what each part of the input says on its own.

function collectClaims(k: IdentifyKnowledge, r: Readings): { claims: Claim[]; notes: string[] } {
  const notes: string[] = [];
  // Identical readings are merged, and only the first MAX_CLAIMS different ones are weighed.
  const byKey = new Map<string, Claim>();
  let dropped = 0;
  const addClaim = ({ source, match, clues }: Claim) => {
    const key = `${source}|${JSON.stringify(match)}`;
    const same = byKey.get(key);
    if (same) {
      if (same.clues.length < MAX_CLUES) same.clues.push(...clues.slice(0, MAX_CLUES - same.clues.length));
    } else if (byKey.size < MAX_CLAIMS) byKey.set(key, { source, match, clues });
    else dropped += 1;
  };
  const osClaim = r.osFields.size > 0 ? fromOsRelease(k, r.osFields) : null;
  if (osClaim) addClaim(osClaim);
  else if (r.osFields.size > 0)
    notes.push(`The KEY=value lines (${r.osFields.size}) include no ID, NAME or PRETTY_NAME, so they say nothing about the distribution.`);
  for (const line of r.releaseLines) {
    const clue: Clue = { source: 'release-file', line: line.line, label: 'release line', value: line.text };
    addClaim({ source: 'release-file', match: resolveNamed(k, line.name, line.version), clues: [clue] });
  }
  for (const os of r.hostOs) addClaim(fromHostnamectl(k, os, r.hostCpe[0]));
  if (dropped > 0)
    notes.push(`The input holds more than ${MAX_CLAIMS} different identification lines; only the first ${MAX_CLAIMS} were weighed.`);
  return { claims: [...byKey.values()], notes };
}

/** hostnamectl's "Operating System" line; when it shows no version, the "CPE OS Name" line may. */
function fromHostnamectl(k: IdentifyKnowledge, os: FieldValue, cpe: FieldValue | undefined): Claim {
  const clues: Clue[] = [{ source: 'hostnamectl', line: os.line, label: 'Operating System', value: os.value }];
  const claim = (match: Match): Claim => ({ source: 'hostnamectl', match, clues });
  const parsed = readNameVersion(os.value);
  if (parsed) return claim(resolveNamed(k, parsed.name, parsed.version));
  const family = os.value.length <= MAX_NAME ? familyByName(k, os.value) : undefined;
  if (!family) return claim({ kind: 'unknown', name: clip(os.value), reason: 'no version in the name' });
  const cpeVersion = cpe ? readCpeVersion(cpe.value) : null;
  if (!cpe || !cpeVersion) return claim({ kind: 'family', familyId: family.id, reason: 'hostnamectl shows no version' });
  clues.push({ source: 'hostnamectl', line: cpe.line, label: 'CPE OS Name', value: cpe.value });
  return claim(resolveInFamilies(k, [family], cpeVersion, `${os.value} ${cpeVersion}`));
}

function kernelNotes(kernels: readonly KernelReading[]): string[] {
  const notes: string[] = [];
  if (kernels.length > 1) notes.push(`The input shows ${kernels.length} different kernels; each is weighed separately.`);
  for (const kr of kernels) {
    if (!kr.tag) notes.push(`The kernel version "${clip(kr.clue.value)}" (line ${kr.clue.line}) carries no release tag this site records.`);
    else if (kr.releaseIds.length === 0) notes.push(`The kernel tag "${kr.tag}" (line ${kr.clue.line}) is not one this site records.`);
  }
  return notes;
}

// Step 3: the verdict.

interface Decision {
  verdict: Verdict;
  minor: Identification['minor'];
  notes: string[];
}

const KERNEL_ONLY_NOTE =
  'Only a kernel version was given. Its release tag says who built the kernel, which is weak evidence of the distribution: paste /etc/os-release to be sure.';

/** No part of the input names a system: a kernel tag is all there is to go on, if that. */
function decideFromKernels(r: Readings): Decision {
  const usable = r.kernels.filter((kr) => kr.releaseIds.length > 0);
  const none = (verdict: Verdict): Decision => ({ verdict, minor: null, notes: [] });
  if (usable.length === 0) {
    const nothingRead = r.osFields.size === 0 && r.kernels.length === 0 && r.ignored.count === 0 && r.imageFields.length === 0;
    if (nothingRead) return none({ kind: 'empty' });
    return none({
      kind: 'unknown',
      reason: 'Nothing in the input identifies a distribution: paste /etc/os-release, a release-file line, uname -r or hostnamectl output.',
    });
  }
  if (new Set(usable.map((kr) => kr.tag)).size > 1) {
    return none({ kind: 'unknown', reason: 'The kernels in the input carry different release tags, and there is nothing else to go on.' });
  }
  const kr = usable[0]!;
  const notes = [KERNEL_ONLY_NOTE];
  if (/^el\d+$/.test(kr.tag!))
    notes.push(`RHEL rebuilds and derivatives of the same major version build their kernels with the ${kr.tag} tag too.`);
  const match: Match =
    kr.releaseIds.length === 1
      ? { kind: 'release', releaseId: kr.releaseIds[0]! }
      : { kind: 'ambiguous', releaseIds: kr.releaseIds, reason: `the kernel tag ${kr.tag} is shared` };
  return { verdict: { kind: 'match', match, confidence: 'low', decidedBy: [kr.clue] }, minor: null, notes };
}

function decideFromClaims(k: IdentifyKnowledge, claims: readonly Claim[], r: Readings): Decision {
  const agree = claims.every((a) => claims.every((b) => a === b || compatible(k, a.match, b.match)));
  if (!agree) return { verdict: { kind: 'conflict', claims: [...claims] }, minor: null, notes: [] };
  const best = [...claims].sort((a, b) => SPECIFICITY[b.match.kind] - SPECIFICITY[a.match.kind])[0]!;
  const notes: string[] = [];
  const byClaims = narrowByClaims(k, best.match, claims);
  const byKernel = narrowByKernel(k, byClaims, r.kernels);
  const match = byKernel?.match ?? byClaims;
  if (match.kind === 'unknown') {
    return { verdict: { kind: 'unknown', reason: capitalize(describeMatch(k, match)) + '.' }, minor: null, notes };
  }
  const decidedBy = claims.flatMap((c) => c.clues);
  let confidence = baseConfidence(k, match, best, claims, r);
  if (byKernel) {
    confidence = lower(confidence, 'medium');
    decidedBy.push(byKernel.kernel.clue);
    notes.push(`The release comes from the kernel tag ${byKernel.kernel.tag}, as the rest of the input does not show it.`);
  }
  const shared = sharedIdNote(k, match, best, r.osFields);
  if (shared) {
    notes.push(shared);
    if (new Set(claims.map((c) => c.source)).size < 2) confidence = lower(confidence, 'medium');
  }
  for (const kr of r.kernels) {
    const fits = kernelFits(k, kr, match);
    if (fits === true && kr !== byKernel?.kernel) decidedBy.push(kr.clue);
    if (fits === false) {
      notes.push(
        `The kernel on line ${kr.clue.line} (tag ${kr.tag}) belongs to ${kr.releaseIds.map((id) => releaseOf(k, id)?.shortName ?? id).join(', ')}, not to the system the rest of the input describes. Text from two machines may have been mixed; os-release is the better guide to the system itself.`,
      );
      confidence = confidence === 'high' ? 'medium' : 'low';
    }
  }
  let minor: Identification['minor'] = null;
  if (match.kind === 'release') {
    const reading = minorReading(k, match.releaseId, [...decidedBy, ...osClues(r.osFields), ...r.imageFields]);
    minor = reading.found;
    if (minor) decidedBy.push(...minor.clues.filter((c) => !decidedBy.includes(c)));
    if (reading.note) notes.push(reading.note);
  }
  return { verdict: { kind: 'match', match, confidence, decidedBy: dedupe(decidedBy) }, minor, notes };
}

/** An ambiguous reading narrowed to one release by another reading that names it. */
function narrowByClaims(k: IdentifyKnowledge, match: Match, claims: readonly Claim[]): Match {
  if (match.kind !== 'ambiguous') return match;
  const lists = claims.map((c) => releasesOf(k, c.match)).filter((v): v is string[] => v !== null);
  const common = match.releaseIds.filter((id) => lists.every((list) => list.includes(id)));
  return common.length === 1 ? { kind: 'release', releaseId: common[0]! } : match;
}

/** A family or ambiguous reading narrowed to one release by a kernel tag (a version-less hostnamectl name). */
function narrowByKernel(
  k: IdentifyKnowledge,
  match: Match,
  kernels: readonly KernelReading[],
): { match: Match; kernel: KernelReading } | null {
  if (match.kind !== 'family' && match.kind !== 'ambiguous') return null;
  const candidates = releasesOf(k, match) ?? [];
  for (const kernel of kernels) {
    const common = candidates.filter((id) => kernel.releaseIds.includes(id));
    if (common.length === 1) return { match: { kind: 'release', releaseId: common[0]! }, kernel };
  }
  return null;
}

function baseConfidence(k: IdentifyKnowledge, match: Match, best: Claim, claims: readonly Claim[], r: Readings): Confidence {
  if (match.kind === 'family' || match.kind === 'ambiguous') return 'low';
  if (match.kind === 'rebuild') return 'medium';
  if (best.source === 'os-release' && r.osFields.has('ID') && r.osFields.has('VERSION_ID')) return 'high';
  const kernelAgrees = r.kernels.some((kr) => kernelFits(k, kr, match) === true);
  return new Set(claims.map((c) => c.source)).size >= 2 || kernelAgrees ? 'high' : 'medium';
}

/** Two tracked families share an os-release ID (CentOS Linux and CentOS Stream): without NAME, say so. */
function sharedIdNote(k: IdentifyKnowledge, match: Match, best: Claim, osFields: ReadonlyMap<string, FieldValue>): string | null {
  if (match.kind !== 'release' || best.source !== 'os-release' || osFields.has('NAME')) return null;
  const osId = osFields.get('ID')?.value.trim().toLowerCase();
  const sharing = k.families.filter((f) => f.osId === osId);
  if (sharing.length < 2) return null;
  return `The ID "${osId}" is shared by ${sharing.map((f) => f.name).join(' and ')}, and NAME, which tells them apart, is missing.`;
}

const CONFIDENCE_ORDER: readonly Confidence[] = ['low', 'medium', 'high'];

function lower(confidence: Confidence, cap: Confidence): Confidence {
  return CONFIDENCE_ORDER.indexOf(confidence) > CONFIDENCE_ORDER.indexOf(cap) ? cap : confidence;
}

function osClues(fields: ReadonlyMap<string, FieldValue>): Clue[] {
  return ['VERSION', 'PRETTY_NAME', 'VERSION_ID']
    .map((key) => [key, fields.get(key)] as const)
    .filter((e): e is readonly [string, FieldValue] => e[1] !== undefined)
    .map(([key, f]) => ({ source: 'os-release' as const, line: f.line, label: key, value: f.value }));
}

function dedupe(clues: readonly Clue[]): Clue[] {
  const seen = new Set<string>();
  return clues.filter((c) => {
    const key = `${c.source}|${c.line}|${c.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const CONFIDENCE_WORDS: Record<Confidence, string> = { high: 'high', medium: 'medium', low: 'low' };

/** The one-line summary a screen reader hears after a check. */
export function summarizeIdentification(k: IdentifyKnowledge, result: Identification): string {
  const v = result.verdict;
  switch (v.kind) {
    case 'empty':
      return 'Nothing to identify yet.';
    case 'unknown':
      return `Not identified. ${v.reason}`;
    case 'conflict':
      return `The input contradicts itself: ${v.claims.map((c) => describeClaim(k, c)).join('; ')}.`;
    case 'match': {
      const minor = result.minor ? ` (release ${result.minor.value})` : '';
      return `${capitalize(describeMatch(k, v.match))}${minor}. Confidence: ${CONFIDENCE_WORDS[v.confidence]}.`;
    }
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
