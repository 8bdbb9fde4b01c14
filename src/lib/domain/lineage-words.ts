/** How each lineage relation reads in a sentence: "<release> <words> <other release>". */
import type { LineageKind } from '../../data/schema.ts';

export const LINEAGE_RELATION_WORDS: Record<LineageKind, string> = {
  'components-from': 'takes components from',
  resembles: 'has components resembling those of',
  'compatible-with': 'is described as compatible with',
  'built-from': 'is built from',
  'branched-from': 'started from',
  'rebuild-of': 'is a rebuild of',
  previews: 'previews',
};
