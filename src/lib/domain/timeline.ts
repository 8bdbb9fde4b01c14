/**
 * Lays out a lifecycle timeline: one row per release, one bar per support phase, on a shared
 * axis of years. Pure geometry; the component draws it as SVG.
 */
import type { LifecycleDates } from './lifecycle.ts';

export interface TimelineRelease {
  id: string;
  label: string;
  lifecycle: LifecycleDates;
}

export interface TimelineBar {
  phase: 'preview' | 'standard' | 'maintenance' | 'extended';
  /** The vendor's name for the phase. */
  name: string;
  start: string;
  /** Last day of the phase; null when no end is announced (the bar runs to the axis end). */
  end: string | null;
  x: number;
  width: number;
}

export interface TimelineRow {
  id: string;
  label: string;
  y: number;
  bars: TimelineBar[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  labelWidth: number;
  rows: TimelineRow[];
  years: { year: number; x: number }[];
  marker: { date: string; x: number };
}

const DAY_MS = 86_400_000;
const toDays = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const nextDay = (iso: string) => new Date((toDays(iso) + 1) * DAY_MS).toISOString().slice(0, 10);

export function timelineLayout(
  releases: readonly TimelineRelease[],
  statusDate: string,
  options: { width: number; rowHeight: number; labelWidth: number; fromYear: number; toYear: number },
): TimelineLayout {
  const { width, rowHeight, labelWidth, fromYear, toYear } = options;
  const axisStart = toDays(`${fromYear}-01-01`);
  const axisEnd = toDays(`${toYear + 1}-01-01`);
  const scale = (width - labelWidth - 8) / (axisEnd - axisStart);
  const x = (iso: string) => labelWidth + Math.max(0, Math.min(axisEnd, toDays(iso)) - axisStart) * scale;
  const axisEndIso = `${toYear + 1}-01-01`;

  const rows = releases.map((release, index): TimelineRow => {
    const l = release.lifecycle;
    const bars: TimelineBar[] = [];
    const add = (phase: TimelineBar['phase'], name: string, start: string, end: string | null) => {
      const endX = x(end ? nextDay(end) : axisEndIso);
      const startX = x(start);
      bars.push({ phase, name, start, end, x: round(startX), width: round(Math.max(0, endX - startX)) });
    };
    if (l.previewFrom) add('preview', 'Preview', l.previewFrom, l.ga ? prevDay(l.ga) : null);
    if (l.ga) {
      add('standard', l.phaseNames.standard, l.ga, l.endOfStandardSupport);
      let start = l.endOfStandardSupport;
      for (const [phase, end, name] of [
        ['maintenance', l.endOfMaintenance, l.phaseNames.maintenance],
        ['extended', l.endOfExtendedSupport, l.phaseNames.extended],
      ] as const) {
        if (end === undefined || start === null) continue;
        add(phase, name ?? phase, nextDay(start), end);
        start = end;
      }
    }
    return { id: release.id, label: release.label, y: index * rowHeight, bars };
  });

  const years = [];
  for (let year = fromYear; year <= toYear + 1; year++) years.push({ year, x: round(x(`${year}-01-01`)) });
  return { width, height: releases.length * rowHeight, labelWidth, rows, years, marker: { date: statusDate, x: round(x(statusDate)) } };
}

/** Every date a lifecycle names, in phase order. */
export function lifecycleDates(lifecycle: LifecycleDates): (string | null | undefined)[] {
  return [lifecycle.previewFrom, lifecycle.ga, lifecycle.endOfStandardSupport, lifecycle.endOfMaintenance, lifecycle.endOfExtendedSupport];
}

/** The years an axis must span to show every given date (dates not set are skipped). */
export function yearSpan(dates: readonly (string | null | undefined)[]): { fromYear: number; toYear: number } {
  const years = dates.filter((date): date is string => typeof date === 'string').map((date) => Number(date.slice(0, 4)));
  if (years.length === 0) throw new Error('yearSpan: no dates to span');
  return { fromYear: Math.min(...years), toYear: Math.max(...years) };
}

function prevDay(iso: string): string {
  return new Date((toDays(iso) - 1) * DAY_MS).toISOString().slice(0, 10);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
