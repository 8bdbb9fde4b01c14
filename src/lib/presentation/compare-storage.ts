/** The localStorage key holding the reader's compare choice ("from,to"), read before the compare view loads. */
export const COMPARE_STORAGE_KEY = 'field-guide-compare';
