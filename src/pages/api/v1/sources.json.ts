import { apiDocuments, jsonResponse } from '../../../lib/domain/api.ts';

export const GET = () => jsonResponse(apiDocuments.sources());
