import type { GetStaticPaths } from 'astro';
import { COMMAND_IDS, type CommandId } from '../../../../data/index.ts';
import { apiDocuments, jsonResponse } from '../../../../lib/domain/api.ts';

export const getStaticPaths = (() => COMMAND_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET = ({ params }: { params: { id: CommandId } }) => jsonResponse(apiDocuments.command(params.id));
