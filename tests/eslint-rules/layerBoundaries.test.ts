import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
// @ts-expect-error -- plain JavaScript ESLint rule without type declarations
import { layerBoundaries } from '../../eslint-rules/layerBoundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;

const ZONES = [
  { target: './shared', from: ['./electron', './renderer', './seeds'], message: 'shared' },
  {
    target: './electron/preload',
    from: ['./electron/main', './shared'],
    except: ['./shared/platform'],
    message: 'preload',
  },
];
const cwd = process.cwd();
const at = (file: string) => `${cwd}/${file}`;

new RuleTester({ languageOptions: { ecmaVersion: 2023, sourceType: 'module' } }).run(
  'layer-boundaries',
  layerBoundaries,
  {
    valid: [
      {
        code: "import { a } from '../lib/result';",
        filename: at('shared/domain/x.ts'),
        options: [{ zones: ZONES }],
      },
      {
        code: "import { a } from 'xlsx';",
        filename: at('shared/importers/x.ts'),
        options: [{ zones: ZONES }],
      },
      {
        code: "import { a } from '../../shared/platform/ipcChannels';",
        filename: at('electron/preload/index.ts'),
        options: [{ zones: ZONES }],
      },
      {
        code: "import { a } from '../../renderer/src/db/db';",
        filename: at('tests/renderer/x.ts'),
        options: [{ zones: ZONES }],
      },
    ],
    invalid: [
      {
        code: "import { a } from '../../renderer/src/db/db';",
        filename: at('shared/domain/x.ts'),
        options: [{ zones: ZONES }],
        errors: [{ message: 'shared' }],
      },
      {
        code: "export { a } from '../../seeds/version';",
        filename: at('shared/domain/x.ts'),
        options: [{ zones: ZONES }],
        errors: [{ message: 'shared' }],
      },
      {
        code: "const m = import('../../electron/main/window');",
        filename: at('shared/lib/x.ts'),
        options: [{ zones: ZONES }],
        errors: [{ message: 'shared' }],
      },
      {
        code: "import { a } from '../../shared/domain/ids';",
        filename: at('electron/preload/index.ts'),
        options: [{ zones: ZONES }],
        errors: [{ message: 'preload' }],
      },
      {
        code: "import { a } from '../main/window';",
        filename: at('electron/preload/index.ts'),
        options: [{ zones: ZONES }],
        errors: [{ message: 'preload' }],
      },
    ],
  },
);
