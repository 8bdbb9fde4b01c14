import { describe, expect, test } from 'vitest';
import { buildDay } from '../../core/build-day.ts';
import {
  describeStatus,
  endOfAllSupport,
  decodeLifecycle,
  encodeLifecycle,
  lifecycleStatus,
  statusChangeNote,
  type LifecycleDates,
} from './lifecycle.ts';

const amazon: LifecycleDates = {
  ga: '2023-03-15',
  endOfStandardSupport: '2027-06-30',
  endOfMaintenance: '2029-06-30',
  phaseNames: { standard: 'Standard support', maintenance: 'Maintenance support' },
};
const rhel: LifecycleDates = {
  ga: '2022-05-18',
  endOfStandardSupport: '2027-05-31',
  endOfMaintenance: '2032-05-31',
  endOfExtendedSupport: '2036-05-31',
  phaseNames: { standard: 'Full Support', maintenance: 'Maintenance Support', extended: 'ELS' },
};

describe('lifecycleStatus', () => {
  test('is preview before GA and when no GA is announced', () => {
    expect(lifecycleStatus(amazon, '2023-03-14').status).toBe('preview');
    expect(lifecycleStatus({ ga: null, endOfStandardSupport: null, phaseNames: { standard: 'Standard' } }, '2026-11-26').status).toBe(
      'preview',
    );
  });

  test('is supported from GA through the last day of standard support', () => {
    expect(lifecycleStatus(amazon, '2023-03-15')).toEqual({ status: 'supported', phaseName: 'Standard support', phaseEnds: '2027-06-30' });
    expect(lifecycleStatus(amazon, '2027-06-30').status).toBe('supported');
  });

  test('moves to maintenance the day after standard support ends', () => {
    expect(lifecycleStatus(amazon, '2027-07-01')).toEqual({
      status: 'maintenance',
      phaseName: 'Maintenance support',
      phaseEnds: '2029-06-30',
    });
  });

  test('moves to extended support, then end of life', () => {
    expect(lifecycleStatus(rhel, '2032-06-01')).toEqual({ status: 'extended support', phaseName: 'ELS', phaseEnds: '2036-05-31' });
    expect(lifecycleStatus(rhel, '2036-06-01')).toEqual({ status: 'end of life', supportEnded: '2036-05-31' });
  });

  test('skips phases a release does not have', () => {
    const single: LifecycleDates = { ga: '2018-06-26', endOfStandardSupport: '2026-06-30', phaseNames: { standard: 'Support' } };
    expect(lifecycleStatus(single, '2026-07-01')).toEqual({ status: 'end of life', supportEnded: '2026-06-30' });
  });

  test('stays in a phase whose end is not announced', () => {
    const open: LifecycleDates = { ga: '2020-01-01', endOfStandardSupport: null, phaseNames: { standard: 'Support' } };
    expect(lifecycleStatus(open, '2030-01-01')).toEqual({ status: 'supported', phaseName: 'Support', phaseEnds: null });
  });
});

describe('describeStatus', () => {
  test('says the status in words with its date', () => {
    expect(describeStatus(lifecycleStatus(rhel, '2026-11-26'))).toBe('Supported: Full Support until 2027-05-31');
    expect(describeStatus(lifecycleStatus(amazon, '2028-01-01'))).toBe('Maintenance: Maintenance support until 2029-06-30');
    expect(describeStatus(lifecycleStatus(rhel, '2040-01-01'))).toBe('End of life: support ended 2036-05-31');
    expect(describeStatus({ status: 'preview' })).toBe('Preview: not generally available');
    expect(describeStatus({ status: 'supported', phaseName: 'Support', phaseEnds: null })).toBe(
      'Supported: Support, no end date announced',
    );
  });
});

describe('endOfAllSupport', () => {
  test('is the last end date, or null when one is unannounced', () => {
    expect(endOfAllSupport(rhel)).toBe('2036-05-31');
    expect(endOfAllSupport(amazon)).toBe('2029-06-30');
    expect(endOfAllSupport({ ga: null, endOfStandardSupport: null, phaseNames: { standard: 'x' } })).toBeNull();
  });
});

describe('buildDay', () => {
  test('uses SOURCE_DATE_EPOCH when set', () => {
    expect(buildDay('1795651200', new Date('2000-01-01T00:00:00Z'))).toBe('2026-11-26');
  });
  test('falls back to the given clock, in UTC', () => {
    expect(buildDay(undefined, new Date('2026-11-26T23:59:59Z'))).toBe('2026-11-26');
    expect(buildDay('', new Date('2026-11-26T00:00:00Z'))).toBe('2026-11-26');
  });
  test('rejects a malformed SOURCE_DATE_EPOCH with a clear message', () => {
    expect(() => buildDay('yesterday', new Date())).toThrow(
      'SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, got "yesterday"',
    );
  });
});

describe('statusChangeNote', () => {
  const note = (dates: LifecycleDates, built: string, now: string) =>
    statusChangeNote('AL2023', dates, lifecycleStatus(dates, built), lifecycleStatus(dates, now));

  test('is null when the status on the later day is the same', () => {
    expect(note(amazon, '2026-12-02', '2027-01-15')).toBeNull();
  });
  test('names the day support ended for a release that reached its end of life', () => {
    expect(note(amazon, '2026-12-02', '2029-07-01')).toBe('AL2023 reached end of support on 2029-06-30, after this page was built.');
  });
  test('names the new phase and its end', () => {
    expect(note(amazon, '2026-12-02', '2027-07-01')).toBe(
      'AL2023 moved to Maintenance support (maintenance), which runs until 2029-06-30, after this page was built.',
    );
  });
  test('names the day a preview became generally available', () => {
    expect(note(amazon, '2023-01-01', '2023-04-01')).toBe('AL2023 became generally available on 2023-03-15, after this page was built.');
  });
});

describe('encodeLifecycle and decodeLifecycle', () => {
  test('write the dates and phase names in one short value', () => {
    expect(encodeLifecycle(rhel, 'rhel9')).toBe('2022-05-18|2027-05-31|2032-05-31|2036-05-31|Full Support|Maintenance Support|ELS');
    expect(encodeLifecycle({ ga: null, endOfStandardSupport: null, phaseNames: { standard: 'Support' } }, 'al2027')).toBe(
      '?|?|||Support||',
    );
  });
  test('read back what they wrote, keeping "not announced" apart from "no such phase"', () => {
    expect(decodeLifecycle(encodeLifecycle(rhel, 'rhel9'))).toEqual(rhel);
    expect(decodeLifecycle(encodeLifecycle(amazon, 'al2023'))).toEqual({ ...amazon, endOfExtendedSupport: undefined });
    expect(decodeLifecycle('?|?|||Support||')).toEqual({
      ga: null,
      endOfStandardSupport: null,
      endOfMaintenance: undefined,
      endOfExtendedSupport: undefined,
      phaseNames: { standard: 'Support', maintenance: undefined, extended: undefined },
    });
    expect(decodeLifecycle('{"ga":"2023-03-15"}')).toBeNull();
  });
  test('a phase name with the separator fails with the release and field named', () => {
    expect(() => encodeLifecycle({ ...amazon, phaseNames: { standard: 'Standard | full' } }, 'al2023')).toThrow(
      'src/data/releases.ts › release "al2023" › lifecycle.phaseNames.standard = "Standard | full": expected a name without "|"',
    );
  });
});
