import { apiDocuments, jsonResponse } from '../../../lib/api.ts';

export const GET = () => jsonResponse(apiDocuments.commands());
