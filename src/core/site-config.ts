/**
 * Build-time settings read from the environment, in one place.
 * SITE_URL: the public origin used for canonical links (no trailing slash).
 * BASE_PATH: a sub-path to host under, e.g. /guides/amazon-linux/ (default /).
 * SOURCE_DATE_EPOCH: fixes the status date for reproducible builds.
 * OUT_DIR: where the build is written (default dist).
 */
import { normaliseBase } from './base-path.ts';
import { buildDay } from './build-day.ts';

export const SITE_TITLE = 'Amazon Linux ↔ RHEL Field Guide';
export const SITE_URL = (process.env['SITE_URL'] ?? 'https://al-rhel-field-guide.example').replace(/\/+$/, '');

export const BASE_PATH = normaliseBase(process.env['BASE_PATH']);

export const OUT_DIR = process.env['OUT_DIR'] ?? './dist';

/** The day lifecycle statuses are computed for, shown on every page that shows a status. */
export const STATUS_DATE = buildDay(process.env['SOURCE_DATE_EPOCH'], new Date());
