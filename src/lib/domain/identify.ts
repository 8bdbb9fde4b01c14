/**
 * Names the distribution and release behind pasted identification text: /etc/os-release,
 * /etc/system-release or /etc/redhat-release lines, `uname -r` (or `uname -a`), `hostnamectl`
 * and /etc/image-id, in any mix. Pure and total: any string gives an answer, and text that does
 * not fit, or parts that disagree, are reported instead of guessed at.
 *
 * What the releases look like comes from the data module through IdentifyKnowledge (built by
 * buildIdentifyKnowledge), so this file holds rules for reading, not facts about releases.
 */
import { parseOsReleaseLine, splitLines, type OsReleaseProblem } from './os-release.ts';

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
  /** The release tag in kernel versions (amzn2023, el9), from the command reference; null when not recorded. */
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
};

/**
 * os-release IDs for families whose releases in the data carry no os-release sample
 * (Fedora 34–36). The ID itself is the standard's own example and appears in Fedora's file.
 */
export const FALLBACK_OS_IDS: Readonly<Record<string, { osId: string; sources: readonly string[] }>> = {
  fedora: { osId: 'fedora', sources: ['freedesktop-os-release'] },
};

const KERNEL_TAG = /\.(amzn\d+|el\d+)(?=[._]|$)/;

/** The kernel release tag named in a command-reference note such as "strings end in .amzn2023". */
export function kernelTagFromNote(note: string | undefined): string | null {
  if (!note) return null;
  const match = /\.(amzn\d+|el\d+)\b/.exec(note);
  return match ? match[1]! : null;
}

/** Release id → kernel tag, read from the notes of the command reference's "show the kernel version" task. */
export function kernelTagsFromVariants(variants: Readonly<Record<string, object | undefined>>): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(variants).map(([id, v]) => [id, kernelTagFromNote(v && 'note' in v && typeof v.note === 'string' ? v.note : undefined)]),
  );
}

export function buildIdentifyKnowledge(input: {
  releases: readonly ReleaseForIdentify[];
  familyNames: Readonly<Record<string, string>>;
  /** Release id → kernel tag (see kernelTagFromNote). */
  kernelTags: Readonly<Record<string, string | null>>;
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
      kernelTag: input.kernelTags[r.id] ?? null,
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
const RELEASE_LINE = /^(.+?)\s+release\s+(\d[\w.-]*)(?:\s+\(([^)]*)\))?\s*$/i;
const NAME_VERSION = /^([A-Za-z][\w /.-]*?)\s+(\d[\w.-]*)(?:\s+(?:\(([^)]*)\)|LTS))?\s*$/;
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

function fromOsRelease(k: IdentifyKnowledge, fields: ReadonlyMap<string, FieldValue>): Claim | null {
  const clues: Clue[] = [];
  const use = (key: string) => {
    const field = fields.get(key);
    if (field) clues.push({ source: 'os-release', line: field.line, label: key, value: field.value });
    return field;
  };
  const id = use('ID');
  const versionId = use('VERSION_ID');
  const name = fields.get('NAME');
  const pretty = fields.get('PRETTY_NAME');
  const claim = (match: Match): Claim => ({ source: 'os-release', match, clues });

  if (!id) {
    const shown = pretty ?? name;
    if (shown) {
      clues.push({ source: 'os-release', line: shown.line, label: pretty ? 'PRETTY_NAME' : 'NAME', value: shown.value });
      const parsed = NAME_VERSION.exec(shown.value.trim());
      if (parsed) return claim(resolveNamed(k, parsed[1]!, parsed[2]!));
      return claim({ kind: 'unknown', name: shown.value, reason: 'the os-release text has no ID' });
    }
    return null;
  }

  const osId = id.value.trim().toLowerCase();
  const families = k.families.filter((f) => f.osId === osId);
  if (families.length === 0) return claim(rebuildOrUnknown(k, fields, osId, clues));

  let candidates = families;
  if (families.length > 1 && name) {
    clues.push({ source: 'os-release', line: name.line, label: 'NAME', value: name.value });
    candidates = families.filter((f) => name.value.toLowerCase().startsWith(f.name.toLowerCase()));
    if (candidates.length === 0) {
      const version = versionId?.value ?? null;
      return claim({ kind: 'untracked', name: [name.value, version].filter(Boolean).join(' '), familyId: null, version });
    }
  }
  if (!versionId || versionId.value.trim() === '') {
    if (candidates.length === 1) return claim({ kind: 'family', familyId: candidates[0]!.id, reason: 'VERSION_ID is missing' });
    const ids = k.releases.filter((r) => candidates.some((f) => f.id === r.family)).map((r) => r.id);
    return claim({ kind: 'ambiguous', releaseIds: ids, reason: 'VERSION_ID is missing' });
  }
  const display = pretty?.value ?? [name?.value ?? candidates[0]!.name, versionId.value].join(' ');
  return claim(resolveInFamilies(k, candidates, versionId.value.trim(), display));
}

function rebuildOrUnknown(k: IdentifyKnowledge, fields: ReadonlyMap<string, FieldValue>, osId: string, clues: Clue[]): Match {
  const name = fields.get('NAME')?.value ?? fields.get('PRETTY_NAME')?.value ?? osId;
  const idLike = fields.get('ID_LIKE');
  const platform = fields.get('PLATFORM_ID');
  const versionId = fields.get('VERSION_ID');
  const likes = idLike ? idLike.value.toLowerCase().split(/\s+/).filter(Boolean) : [];
  const elRelease = platform ? k.releases.find((r) => r.platformId === platform.value.trim() && isElRelease(k, r)) : undefined;
  const rhelOsId = k.families.find((f) => f.osId === 'rhel')?.osId;
  const elOsIds = new Set(
    k.releases
      .filter((r) => isElRelease(k, r))
      .map((r) => r.osId)
      .filter((v): v is string => v !== null),
  );
  const likesEl = likes.find((l) => elOsIds.has(l));
  if (!elRelease && !likesEl) {
    return { kind: 'unknown', name, reason: `ID "${osId}" is not a distribution this site tracks` };
  }
  if (elRelease && platform) clues.push({ source: 'os-release', line: platform.line, label: 'PLATFORM_ID', value: platform.value });
  if (likesEl && idLike) clues.push({ source: 'os-release', line: idLike.line, label: 'ID_LIKE', value: idLike.value });
  const major = elRelease?.version ?? (versionId ? versionId.value.split('.')[0]! : null);
  if (!elRelease && versionId) clues.push({ source: 'os-release', line: versionId.line, label: 'VERSION_ID', value: versionId.value });
  const related = elRelease ?? k.releases.find((r) => r.osId === rhelOsId && major !== null && r.version === major);
  const basis = elRelease ? `its PLATFORM_ID "${platform!.value}" is the one ${elRelease.shortName} uses` : `its ID_LIKE names ${likesEl}`;
  return { kind: 'rebuild', name, elMajor: major, relatedReleaseId: related?.id ?? null, basis };
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
  if (m.kind === 'rebuild') return el ? m.elMajor === el[1] : false;
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

export function identify(input: string, k: IdentifyKnowledge): Identification {
  const truncated = input.length > MAX_INPUT;
  const text = truncated ? input.slice(0, MAX_INPUT) : input;
  const osFields = new Map<string, FieldValue>();
  const imageFields: Clue[] = [];
  const releaseLines: { name: string; version: string; line: number; text: string }[] = [];
  const hostOs: { value: string; line: number }[] = [];
  const kernels: NonNullable<Identification['kernel']>[] = [];
  const kernelTagsSeen = new Set<string>();
  const problems: OsReleaseProblem[] = [];
  let problemCount = 0;
  const ignored = { count: 0, lines: [] as number[] };
  const notes: string[] = [];
  const problem = (line: number, message: string) => {
    problemCount += 1;
    if (problems.length < MAX_LISTED) problems.push({ line, message });
  };
  // Only the first reading of each kernel tag is kept.
  const addKernel = (reading: NonNullable<Identification['kernel']>) => {
    const key = reading.tag ?? `?${reading.clue.value}`;
    if (kernelTagsSeen.has(key) || kernelTagsSeen.size >= MAX_CLAIMS) return;
    kernelTagsSeen.add(key);
    kernels.push(reading);
  };
  const ignore = (line: number) => {
    ignored.count += 1;
    if (ignored.lines.length < MAX_LISTED) ignored.lines.push(line);
  };

  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    const line = raw.trim();
    if (line === '' || (line.startsWith('#') && !PROMPT.test(line))) continue;
    const short = line.length <= MAX_LINE;
    if (short && (PROMPT.test(line) || COMMAND.test(line))) continue;

    const parsed = parseOsReleaseLine(raw);
    if (parsed.kind === 'assignment') {
      if (/^[A-Z][A-Z0-9_]*$/.test(parsed.key)) {
        for (const w of parsed.warnings) problem(lineNo, `${parsed.key}: ${w}`);
        const earlier = osFields.get(parsed.key);
        if (earlier && earlier.value !== parsed.value) {
          problem(lineNo, `${parsed.key} is set again (first on line ${earlier.line}, "${clip(earlier.value)}"); the later value is used`);
        }
        osFields.set(parsed.key, { value: parsed.value, line: lineNo });
      } else if (/^image_[a-z_]+$/.test(parsed.key)) {
        imageFields.push({ source: 'image-id', line: lineNo, label: parsed.key, value: parsed.value });
      } else ignore(lineNo);
      continue;
    }
    if (!short) {
      ignore(lineNo);
      continue;
    }
    const host = HOSTNAMECTL_LINE.exec(line);
    if (host && HOSTNAMECTL_KEYS.has(host[1]!)) {
      const [, key, value] = host as unknown as [string, string, string];
      if (key === 'Operating System') hostOs.push({ value: value.trim(), line: lineNo });
      else if (key === 'Kernel') {
        const version = /(\d+\.\d+(?:\.\d+)?-[\w.+~-]+)/.exec(value)?.[1];
        if (version) addKernel(kernelReading(k, version, lineNo, 'Kernel (hostnamectl)'));
      }
      continue;
    }
    const kernel = KERNEL_LINE.exec(line)?.[1] ?? UNAME_A.exec(line)?.[1];
    if (kernel) {
      addKernel(kernelReading(k, kernel, lineNo, 'kernel release'));
      continue;
    }
    const release = RELEASE_LINE.exec(line);
    if (release) {
      releaseLines.push({ name: release[1]!.trim(), version: release[2]!, line: lineNo, text: line });
      continue;
    }
    const bare = NAME_VERSION.exec(line);
    if (bare && familyByName(k, bare[1]!)) {
      releaseLines.push({ name: bare[1]!.trim(), version: bare[2]!, line: lineNo, text: line });
      continue;
    }
    if (parsed.kind === 'not-assignment' && line.includes('=')) problem(lineNo, `ignored: ${parsed.reason}`);
    ignore(lineNo);
  }

  // Identical readings are merged, and only the first MAX_CLAIMS different ones are weighed.
  const byKey = new Map<string, Claim>();
  let dropped = 0;
  const addClaim = (source: ClueSource, match: Match, clues: Clue[]) => {
    const key = `${source}|${JSON.stringify(match)}`;
    const same = byKey.get(key);
    if (same) {
      if (same.clues.length < MAX_CLUES) same.clues.push(...clues.slice(0, MAX_CLUES - same.clues.length));
    } else if (byKey.size < MAX_CLAIMS) byKey.set(key, { source, match, clues });
    else dropped += 1;
  };
  const osClaim = osFields.size > 0 ? fromOsRelease(k, osFields) : null;
  if (osClaim) addClaim(osClaim.source, osClaim.match, osClaim.clues);
  else if (osFields.size > 0)
    notes.push(`The KEY=value lines (${osFields.size}) include no ID, NAME or PRETTY_NAME, so they say nothing about the distribution.`);
  for (const r of releaseLines) {
    addClaim('release-file', resolveNamed(k, r.name, r.version), [
      { source: 'release-file', line: r.line, label: 'release line', value: r.text },
    ]);
  }
  for (const h of hostOs) {
    const parsed = NAME_VERSION.exec(h.value);
    const match: Match = parsed
      ? resolveNamed(k, parsed[1]!, parsed[2]!)
      : { kind: 'unknown', name: h.value, reason: 'no version in the name' };
    addClaim('hostnamectl', match, [{ source: 'hostnamectl', line: h.line, label: 'Operating System', value: h.value }]);
  }
  const claims = [...byKey.values()];
  if (dropped > 0)
    notes.push(`The input holds more than ${MAX_CLAIMS} different identification lines; only the first ${MAX_CLAIMS} were weighed.`);

  if (kernels.length > 1) notes.push(`The input shows ${kernels.length} different kernels; each is weighed separately.`);
  const kernel = kernels[0] ?? null;
  for (const kr of kernels) {
    if (!kr.tag) notes.push(`The kernel version "${clip(kr.clue.value)}" (line ${kr.clue.line}) carries no release tag this site records.`);
    else if (kr.releaseIds.length === 0) notes.push(`The kernel tag "${kr.tag}" (line ${kr.clue.line}) is not one this site records.`);
  }

  const base = { claims, kernel, notes, ignored, problems, problemCount, truncated };
  if (truncated) notes.push(`Only the first ${MAX_INPUT.toLocaleString('en-US')} characters were read.`);

  if (claims.length === 0) {
    const usable = kernels.filter((kr) => kr.releaseIds.length > 0);
    if (usable.length === 0) {
      if (osFields.size === 0 && releaseLines.length === 0 && kernels.length === 0 && ignored.count === 0 && imageFields.length === 0) {
        return { ...base, verdict: { kind: 'empty' }, minor: null };
      }
      return {
        ...base,
        verdict: {
          kind: 'unknown',
          reason:
            'Nothing in the input identifies a distribution: paste /etc/os-release, a release-file line, uname -r or hostnamectl output.',
        },
        minor: null,
      };
    }
    const tags = new Set(usable.map((kr) => kr.tag));
    if (tags.size > 1) {
      return {
        ...base,
        verdict: { kind: 'unknown', reason: 'The kernels in the input carry different release tags, and there is nothing else to go on.' },
        minor: null,
      };
    }
    const kr = usable[0]!;
    notes.push(
      'Only a kernel version was given. Its release tag says who built the kernel, which is weak evidence of the distribution: paste /etc/os-release to be sure.',
    );
    const match: Match =
      kr.releaseIds.length === 1
        ? { kind: 'release', releaseId: kr.releaseIds[0]! }
        : { kind: 'ambiguous', releaseIds: kr.releaseIds, reason: `the kernel tag ${kr.tag} is shared` };
    return { ...base, verdict: { kind: 'match', match, confidence: 'low', decidedBy: [kr.clue] }, minor: null };
  }

  // Do the strong readings agree?
  const agree = claims.every((a) => claims.every((b) => a === b || compatible(k, a.match, b.match)));
  if (!agree) {
    return { ...base, verdict: { kind: 'conflict', claims }, minor: null };
  }

  const best = [...claims].sort((a, b) => SPECIFICITY[b.match.kind] - SPECIFICITY[a.match.kind])[0]!;
  let match = best.match;
  // Narrow an ambiguous reading with another that names one release.
  if (match.kind === 'ambiguous') {
    const ids = claims.map((c) => releasesOf(k, c.match)).filter((v): v is string[] => v !== null);
    const common = match.releaseIds.filter((id) => ids.every((list) => list.includes(id)));
    if (common.length === 1) match = { kind: 'release', releaseId: common[0]! };
  }
  if (match.kind === 'unknown') {
    return { ...base, verdict: { kind: 'unknown', reason: capitalize(describeMatch(k, match)) + '.' }, minor: null };
  }
  const decidedBy = claims.flatMap((c) => c.clues);
  const sources = new Set(claims.map((c) => c.source));
  let confidence: Confidence;
  if (match.kind === 'family' || match.kind === 'ambiguous') confidence = 'low';
  else if (match.kind === 'rebuild') confidence = 'medium';
  else if (best.source === 'os-release' && osFields.has('ID') && osFields.has('VERSION_ID')) confidence = 'high';
  else {
    const kernelAgrees = kernels.some((kr) => kernelFits(k, kr, match) === true);
    confidence = sources.size >= 2 || kernelAgrees ? 'high' : 'medium';
  }

  // Two tracked families share an os-release ID (CentOS Linux and CentOS Stream): without NAME, say so.
  if (match.kind === 'release' && best.source === 'os-release' && !osFields.has('NAME')) {
    const osId = osFields.get('ID')?.value.trim().toLowerCase();
    const sharing = k.families.filter((f) => f.osId === osId);
    if (sharing.length > 1) {
      notes.push(
        `The ID "${osId}" is shared by ${sharing.map((f) => f.name).join(' and ')}, and NAME, which tells them apart, is missing.`,
      );
      if (sources.size < 2) confidence = 'medium';
    }
  }

  for (const kr of kernels) {
    const fits = kernelFits(k, kr, match);
    if (fits === true) decidedBy.push(kr.clue);
    if (fits === false) {
      notes.push(
        `The kernel on line ${kr.clue.line} (tag ${kr.tag}) belongs to ${kr.releaseIds.map((id) => releaseOf(k, id)?.shortName ?? id).join(', ')}, not to the system the rest of the input describes. Text from two machines may have been mixed; os-release is the better guide to the system itself.`,
      );
      confidence = confidence === 'high' ? 'medium' : 'low';
    }
  }

  let minor: Identification['minor'] = null;
  if (match.kind === 'release') {
    const reading = minorReading(k, match.releaseId, [
      ...decidedBy,
      ...claims.flatMap((c) => c.clues),
      ...osClues(osFields),
      ...imageFields,
    ]);
    minor = reading.found;
    if (minor) decidedBy.push(...minor.clues.filter((c) => !decidedBy.includes(c)));
    if (reading.note) notes.push(reading.note);
  }
  return { ...base, verdict: { kind: 'match', match, confidence, decidedBy: dedupe(decidedBy) }, minor };
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
