/** The localStorage key holding the reader's theme choice ("light" or "dark"; absent means follow the system). */
export const THEME_STORAGE_KEY = 'field-guide-theme';
