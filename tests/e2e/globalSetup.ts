import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built renderer (out/renderer) for the whole e2e run. */
export async function setup(project: TestProject) {
  const root = fileURLToPath(new URL('../../out/renderer', import.meta.url));
  const server = await startStaticServer({ root });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
