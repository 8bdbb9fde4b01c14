/** Sources cited by guide pages in this group. See src/data/sources.ts for the fields. */
import { defineSources } from '../define-sources.ts';

export const guideSourcesPlatform = defineSources([]);
