import type { GetStaticPaths } from 'astro';
import type { CommandReleaseId } from '../../../../data/index.ts';
import { apiDocuments, jsonResponse } from '../../../../lib/domain/api.ts';
import { PORT_PAIRS } from '../../../../lib/presentation/site-pages.ts';

export const getStaticPaths = (() =>
  PORT_PAIRS.map(({ from, to }) => ({ params: { pair: `${from}-to-${to}` }, props: { from, to } }))) satisfies GetStaticPaths;

export const GET = ({ props }: { props: { from: CommandReleaseId; to: CommandReleaseId } }) =>
  jsonResponse(apiDocuments.port(props.from, props.to));
