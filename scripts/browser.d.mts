// Types for browser.mjs, which playwright.config.ts imports.
export declare const INSTALL_HINT: string;
export declare function findChromium(deps?: {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  playwrightExecutablePath?: string;
}):
  | { executablePath: string | undefined; problem?: undefined }
  | { problem: string; executablePath?: undefined };
