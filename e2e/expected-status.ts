/**
 * Each release's lifecycle status in words, written out by hand from the dates in src/data/releases.ts,
 * so the tests check the pages against values that src/lib/domain/lifecycle.ts did not compute. Each
 * list runs from the phase a release was in on 2026-12-01 (the earliest build date these tests expect)
 * to its end; an entry holds up to and including its day, the last one for ever after.
 */
type Phases = readonly (readonly [lastDay: string | null, text: string])[];

const EXT = 'Extended Life Cycle Support (paid add-on)';

const STATUS_TEXTS: Readonly<Record<string, Phases>> = {
  al1: [[null, 'End of life: support ended 2023-12-31']],
  al2: [[null, 'End of life: support ended 2026-06-30']],
  al2023: [
    ['2027-06-30', 'Supported: Standard support until 2027-06-30'],
    ['2029-06-30', 'Maintenance: Maintenance support until 2029-06-30'],
    [null, 'End of life: support ended 2029-06-30'],
  ],
  al2027: [[null, 'Preview: not generally available']],
  rhel7: [
    ['2029-05-31', `Extended support: ${EXT} until 2029-05-31`],
    [null, 'End of life: support ended 2029-05-31'],
  ],
  rhel8: [
    ['2029-05-31', 'Maintenance: Maintenance Support until 2029-05-31'],
    ['2033-05-31', `Extended support: ${EXT} until 2033-05-31`],
    [null, 'End of life: support ended 2033-05-31'],
  ],
  rhel9: [
    ['2027-05-31', 'Supported: Full Support until 2027-05-31'],
    ['2032-05-31', 'Maintenance: Maintenance Support until 2032-05-31'],
    ['2036-05-31', `Extended support: ${EXT} until 2036-05-31`],
    [null, 'End of life: support ended 2036-05-31'],
  ],
  rhel10: [
    ['2030-05-31', 'Supported: Full Support until 2030-05-31'],
    ['2035-05-31', 'Maintenance: Maintenance Support until 2035-05-31'],
    ['2039-05-31', `Extended support: ${EXT} until 2039-05-31`],
    [null, 'End of life: support ended 2039-05-31'],
  ],
  centos7: [[null, 'End of life: support ended 2024-06-30']],
  'centos-stream8': [[null, 'End of life: support ended 2024-05-31']],
  'centos-stream9': [
    ['2027-05-31', 'Supported: Updates until 2027-05-31'],
    [null, 'End of life: support ended 2027-05-31'],
  ],
  'centos-stream10': [
    ['2030-05-31', 'Supported: Updates until 2030-05-31'],
    [null, 'End of life: support ended 2030-05-31'],
  ],
  fedora34: [[null, 'End of life: support ended 2022-06-07']],
  fedora35: [[null, 'End of life: support ended 2022-12-13']],
  fedora36: [[null, 'End of life: support ended 2023-05-16']],
};

const WORDS = {
  'Supported:': 'supported',
  'Maintenance:': 'maintenance',
  'Extended support:': 'extended support',
  'Preview:': 'preview',
  'End of life:': 'end of life',
} as const;

export const RELEASES_WITH_EXPECTED_STATUS = Object.keys(STATUS_TEXTS);

/** The status of a release on a day, in words ("Supported: Full Support until 2027-05-31") and as one word ("supported"). */
export function expectedStatus(release: string, day: string): { text: string; word: (typeof WORDS)[keyof typeof WORDS] } {
  if (day < '2026-12-01') throw new Error(`expectedStatus covers days from 2026-12-01 on, not ${day}`);
  const phases = STATUS_TEXTS[release];
  if (!phases) throw new Error(`no expected status written for release "${release}" in e2e/expected-status.ts`);
  const text = phases.find(([lastDay]) => lastDay === null || day <= lastDay)![1];
  const prefix = (Object.keys(WORDS) as (keyof typeof WORDS)[]).find((p) => text.startsWith(p))!;
  return { text, word: WORDS[prefix] };
}
