// A local ESLint rule for the import rules between top-level folders (docs/decisions/0002).
// It resolves each relative import against the importing file and refuses it when the target
// lies in a folder the importer's zone forbids. The per-layer tsconfigs prove the same rules;
// this rule explains them at the line that breaks them.
import path from 'node:path';

/** @type {import('eslint').Rule.RuleModule} */
export const layerBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: '禁止跨越分层边界的引用（见 docs/decisions/0002）' },
    schema: [
      {
        type: 'object',
        properties: {
          zones: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                target: { type: 'string' },
                from: { type: 'array', items: { type: 'string' } },
                except: { type: 'array', items: { type: 'string' } },
                message: { type: 'string' },
              },
              required: ['target', 'from', 'message'],
            },
          },
        },
      },
    ],
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename);
    const zones = (context.options[0]?.zones ?? []).filter((zone) => isInside(file, zone.target));
    if (zones.length === 0) return {};
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const resolved = path.relative(root, path.resolve(path.dirname(context.filename), specifier));
      for (const zone of zones) {
        const isForbidden = zone.from.some((from) => isInside(resolved, from));
        const isExcepted = (zone.except ?? []).some((except) => isInside(resolved, except));
        if (isForbidden && !isExcepted)
          context.report({ node: node.source, message: zone.message });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

function isInside(file, folder) {
  const normalised = folder.replace(/^\.\//, '').replace(/\/$/, '');
  return file === normalised || file.startsWith(`${normalised}/`);
}
