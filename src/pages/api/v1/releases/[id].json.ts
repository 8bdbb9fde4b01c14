import type { GetStaticPaths } from 'astro';
import { RELEASE_IDS, type ReleaseId } from '../../../../data/index.ts';
import { apiDocuments, jsonResponse } from '../../../../lib/domain/api.ts';

export const getStaticPaths = (() => RELEASE_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET = ({ params }: { params: { id: ReleaseId } }) => jsonResponse(apiDocuments.release(params.id));
