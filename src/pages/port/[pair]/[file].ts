/** A porting page's checklist in each format, as a text file beside the page (the page's copy buttons fetch it). */
import type { GetStaticPaths } from 'astro';
import { absoluteUrl, anchors, routes } from '../../../core/routes.ts';
import { STATUS_DATE } from '../../../core/site-config.ts';
import { commands, getRelease, type CommandReleaseId } from '../../../data/index.ts';
import { portPath } from '../../../lib/domain/port-path.ts';
import { RELEASE_FACTS, type ReleaseFactKey } from '../../../lib/domain/release-facts.ts';
import { CHECKLIST_FILES, CHECKLIST_FORMATS, portChecklist, type ChecklistFormat } from '../../../lib/presentation/port-checklist.ts';
import { PORT_PAIRS } from '../../../lib/presentation/site-pages.ts';

interface Props {
  from: CommandReleaseId;
  to: CommandReleaseId;
  format: ChecklistFormat;
}

export const getStaticPaths = (() =>
  PORT_PAIRS.flatMap(({ from, to }) =>
    CHECKLIST_FORMATS.map((format) => ({
      params: { pair: `${from}-to-${to}`, file: CHECKLIST_FILES[format].file },
      props: { from, to, format },
    })),
  )) satisfies GetStaticPaths;

export const GET = ({ props }: { props: Props }) => {
  const [source, target] = [getRelease(props.from), getRelease(props.to)];
  const text = portChecklist(portPath(source, target, commands), props.format, {
    fromName: source.shortName,
    toName: target.shortName,
    url: absoluteUrl(routes.port(props.from, props.to)),
    asOf: STATUS_DATE,
    taskUrl: (taskId) => absoluteUrl(`${routes.commands()}#${anchors.taskCell(taskId, props.to)}`),
    factLabel: (key) => RELEASE_FACTS[key as ReleaseFactKey].label,
  });
  return new Response(text, { headers: { 'content-type': `${CHECKLIST_FILES[props.format].type}; charset=utf-8` } });
};
