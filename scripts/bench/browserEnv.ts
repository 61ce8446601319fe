import type { Browser } from 'playwright-core';
import type { BenchBuild } from './browserBuild';
import type { BenchFixtures } from './browserFixtureFiles';

/** What every in-browser benchmark is given: one browser, the served build and the fixtures. */
export type BrowserBenchEnv = {
  readonly browser: Browser;
  /** The static server's URL of the build's root, ending in '/'. */
  readonly baseUrl: string;
  readonly build: BenchBuild;
  readonly fixtures: BenchFixtures;
  /** A scratch folder for downloads. */
  readonly workDir: string;
};
