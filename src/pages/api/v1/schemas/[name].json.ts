import type { GetStaticPaths } from 'astro';
import { API_SCHEMA_NAMES, apiJsonSchema, jsonResponse, type ApiSchemaName } from '../../../../lib/domain/api.ts';
import { SITE_MANIFEST_NAME, siteManifestJsonSchema } from '../../../../lib/presentation/site-pages.ts';

type SchemaName = ApiSchemaName | typeof SITE_MANIFEST_NAME;

export const getStaticPaths = (() =>
  [...API_SCHEMA_NAMES, SITE_MANIFEST_NAME].map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET = ({ params }: { params: { name: SchemaName } }) =>
  jsonResponse(params.name === SITE_MANIFEST_NAME ? siteManifestJsonSchema() : apiJsonSchema(params.name));
