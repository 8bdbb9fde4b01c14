import { describe, expect, test } from 'vitest';
import { lifecycleDates, timelineLayout, yearSpan, type TimelineRelease } from './timeline.ts';

// An axis of 2020 and 2021 is 731 days; with a 100 px label column and the 8 px right margin,
// a width of 839 px gives exactly one pixel per day, so every x below is counted in days.
const AXIS = { width: 839, rowHeight: 20, labelWidth: 100, fromYear: 2020, toYear: 2021 };

const release = (lifecycle: Partial<TimelineRelease['lifecycle']>): TimelineRelease => ({
  id: 'x',
  label: 'X',
  lifecycle: { ga: null, endOfStandardSupport: null, phaseNames: { standard: 'Standard', maintenance: 'Maintenance' }, ...lifecycle },
});

describe('timelineLayout', () => {
  test('draws each phase from its first day to the day after its last', () => {
    const layout = timelineLayout(
      [release({ ga: '2020-01-11', endOfStandardSupport: '2020-12-31', endOfMaintenance: '2021-06-30' })],
      '2021-01-01',
      AXIS,
    );
    expect(layout.rows[0]!.bars).toEqual([
      { phase: 'standard', name: 'Standard', start: '2020-01-11', end: '2020-12-31', x: 110, width: 356 },
      { phase: 'maintenance', name: 'Maintenance', start: '2021-01-01', end: '2021-06-30', x: 466, width: 181 },
    ]);
    expect(layout.marker).toEqual({ date: '2021-01-01', x: 466 });
    expect(layout.years).toEqual([
      { year: 2020, x: 100 },
      { year: 2021, x: 466 },
      { year: 2022, x: 831 },
    ]);
  });

  test('runs a phase with no announced end to the end of the axis, and a preview up to the day before GA', () => {
    const layout = timelineLayout(
      [release({ previewFrom: '2020-01-01', ga: '2020-02-01', endOfStandardSupport: null })],
      '2020-06-01',
      AXIS,
    );
    expect(layout.rows[0]!.bars).toEqual([
      { phase: 'preview', name: 'Preview', start: '2020-01-01', end: '2020-01-31', x: 100, width: 31 },
      { phase: 'standard', name: 'Standard', start: '2020-02-01', end: null, x: 131, width: 700 },
    ]);
  });

  test('stacks rows and clips dates outside the axis', () => {
    const layout = timelineLayout(
      [
        release({ ga: '2019-06-01', endOfStandardSupport: '2020-01-31' }),
        release({ ga: '2021-01-01', endOfStandardSupport: '2030-12-31' }),
      ],
      '2020-01-01',
      AXIS,
    );
    expect(layout.rows.map((row) => row.y)).toEqual([0, 20]);
    expect(layout.height).toBe(40);
    expect(layout.rows[0]!.bars[0]).toMatchObject({ x: 100, width: 31 });
    expect(layout.rows[1]!.bars[0]).toMatchObject({ x: 466, width: 365 });
  });
});

describe('yearSpan', () => {
  test('spans the earliest to the latest year named, skipping dates not set', () => {
    expect(yearSpan(['2018-06-26', null, undefined, '2011-09-21', '2026-06-30'])).toEqual({ fromYear: 2011, toYear: 2026 });
  });

  test('refuses to span nothing', () => {
    expect(() => yearSpan([null])).toThrow('no dates');
  });

  test('lifecycleDates lists every phase boundary', () => {
    expect(
      lifecycleDates({
        previewFrom: '2021-11-01',
        ga: '2023-03-15',
        endOfStandardSupport: '2027-06-30',
        endOfMaintenance: '2029-06-30',
        phaseNames: { standard: 'Standard' },
      }),
    ).toEqual(['2021-11-01', '2023-03-15', '2027-06-30', '2029-06-30', undefined]);
  });
});
