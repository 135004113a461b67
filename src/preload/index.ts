// Preload (skeleton; the main-process work exposes the typed API here).
export {};
