import type { GetStaticPaths } from 'astro';
import { API_SCHEMA_NAMES, apiJsonSchema, jsonResponse, type ApiSchemaName } from '../../../../lib/domain/api.ts';

export const getStaticPaths = (() => API_SCHEMA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET = ({ params }: { params: { name: ApiSchemaName } }) => jsonResponse(apiJsonSchema(params.name));
