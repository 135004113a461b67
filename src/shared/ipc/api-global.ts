// The name of the preload API on `window`. Its own module so the page can read it without building the
// contract's schemas (those are main's and the preload's to run).
export const API_GLOBAL = 'steadyweek' as const;
