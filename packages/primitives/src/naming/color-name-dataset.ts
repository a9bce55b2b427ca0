import { z } from 'zod';
import { MotionregError } from '../errors/motionreg-error.js';

/**
 * The color-name-list dataset, loaded on first use. Importing the package's module costs every process
 * that imports `@motionreg/primitives` about 60 ms of parsing a 1.3 MB array (measured on Node 20), although
 * only naming needs it. Where the package's own JSON copy of the list can be read synchronously (Node: it is
 * installed beside us), it is read when first asked for; elsewhere (a Worker, a browser) the module is
 * imported right away, asynchronously, and is ready long before a request names a colour.
 */

/** Node's built-ins, reached without a static import, so bundles for other runtimes still load this file. */
interface NodeBuiltins {
  readFileSync(path: string, encoding: 'utf8'): string;
  existsSync(path: string): boolean;
  resolve(specifier: string): string;
  join(...parts: string[]): string;
  dirname(path: string): string;
}

function nodeBuiltins(): NodeBuiltins | undefined {
  // why: Workers offer some Node built-ins (nodejs_compat) but no installed packages to read from.
  if ((globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent === 'Cloudflare-Workers') return undefined;
  const getBuiltinModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  if (typeof getBuiltinModule !== 'function') return undefined;
  try {
    const fs = getBuiltinModule('node:fs') as { readFileSync: NodeBuiltins['readFileSync']; existsSync: NodeBuiltins['existsSync'] };
    const module = getBuiltinModule('node:module') as { createRequire(from: string): { resolve(specifier: string): string } };
    const path = getBuiltinModule('node:path') as { join: NodeBuiltins['join']; dirname: NodeBuiltins['dirname'] };
    const require = module.createRequire(import.meta.url);
    return { readFileSync: fs.readFileSync, existsSync: fs.existsSync, resolve: (specifier) => require.resolve(specifier), join: path.join, dirname: path.dirname };
  } catch {
    return undefined;
  }
}

/** The JSON copy of the list that color-name-list ships, when it can be read from here; else undefined. */
function installedJsonPath(node: NodeBuiltins | undefined): string | undefined {
  if (node === undefined) return undefined;
  try {
    const path = node.join(node.dirname(node.resolve('color-name-list/package.json')), 'dist', 'colornames.json');
    return node.existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** One entry of the dataset, as its JSON copy holds it. */
const colorNameDatasetSchema = z.array(z.object({ name: z.string(), hex: z.string().regex(/^#[0-9a-f]{6}$/i) }));
export type ColorNameDatasetEntry = z.infer<typeof colorNameDatasetSchema>[number];

const node = nodeBuiltins();
const jsonPath = installedJsonPath(node);
let loaded: readonly ColorNameDatasetEntry[] | undefined;
let importFailure: unknown;
// why: without a file to read, the module is the only source; start importing it now so it is there when asked.
const imported = jsonPath === undefined
  ? import('color-name-list').then(
    (module) => {
      loaded ??= module.colornames;
    },
    (error: unknown) => {
      importFailure = error;
    },
  )
  : undefined;
void imported;

/** Every name of color-name-list with its hex colour, in dataset order. */
export function colorNameDataset(): readonly ColorNameDatasetEntry[] {
  if (loaded !== undefined) return loaded;
  if (jsonPath !== undefined && node !== undefined) {
    loaded = colorNameDatasetSchema.parse(JSON.parse(node.readFileSync(jsonPath, 'utf8')));
    return loaded;
  }
  const cause = importFailure === undefined ? 'still loading' : importFailure instanceof Error ? importFailure.message : String(importFailure);
  throw new MotionregError('internal', `the colour-name dataset (color-name-list) is not available: ${cause}`, { component: 'primitives', cause: importFailure });
}
