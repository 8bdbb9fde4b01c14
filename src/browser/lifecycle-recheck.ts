/**
 * Works every lifecycle status on the page out again for today, from the dates each status carries
 * (src/components/StatusBadge.astro), with the same function the build used. A status that changed since the
 * page was built is updated, and a note at the top of the page says what changed and that it happened after
 * the build. Loaded by enhance.ts only when today is later than the page's status date.
 */
import { decodeLifecycle, describeStatus, lifecycleStatus, statusChangeNote, statusSlug } from '../lib/domain/lifecycle.ts';

export function recheckStatuses(builtOn: string, today: string): void {
  const notes = new Set<string>();
  for (const badge of document.querySelectorAll<HTMLElement>('[data-lifecycle]')) {
    const dates = decodeLifecycle(badge.dataset['lifecycle']!);
    if (!dates) continue;
    const built = lifecycleStatus(dates, builtOn);
    const now = lifecycleStatus(dates, today);
    const note = statusChangeNote(badge.dataset['releaseName'] ?? '', dates, built, now);
    if (!note) continue;
    notes.add(note);
    badge.className = `status status-${statusSlug(now.status)}`;
    badge.dataset['status'] = now.status;
    badge.textContent = badge.dataset['detail'] === undefined ? now.status : describeStatus(now);
  }
  if (notes.size > 0) showNotes(builtOn, today, [...notes]);
}

function showNotes(builtOn: string, today: string, notes: string[]): void {
  const box = document.createElement('div');
  box.className = 'callout status-recheck';
  box.dataset['statusRecheck'] = '';
  const intro = document.createElement('p');
  intro.textContent = `This page was built with the statuses of ${builtOn}. Worked out again for today, ${today}:`;
  const list = document.createElement('ul');
  for (const note of notes) list.append(Object.assign(document.createElement('li'), { textContent: note }));
  box.append(intro, list);
  const heading = document.querySelector('main h1');
  const lead = heading?.nextElementSibling?.classList.contains('lead') ? heading.nextElementSibling : heading;
  if (lead) lead.after(box);
  else document.querySelector('main')?.prepend(box);
}
