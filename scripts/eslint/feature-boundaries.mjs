import path from 'node:path';

/**
 * One folder per feature on each side, and features meet only through what a feature
 * exports: its `index.ts` (plus, on the web, its `texts.*.ts` that the i18n catalogue
 * gathers, its stylesheet, and its `nav.ts`: the menu entry the shell shows on every page,
 * apart from the index so the index's sections stay out of every page's first download). The API's engine knows no module at all, and the web's
 * `ui/` knows no feature. A web feature's screens are its `pages.ts`, which only the
 * router loads, and only with `import()` (code splitting, app/lazy-pages.tsx): a static
 * import would pull every screen into the first download again.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const API_MODULES = path.join(ROOT, 'apps/api/src/modules');
const API_ENGINE = path.join(ROOT, 'apps/api/src/engine');
const WEB = path.join(ROOT, 'apps/web/src');
/** Shared on the web: anyone may import them; they import no feature (app/ only through an index). */
const WEB_SHARED = new Set(['ui', 'graphql', 'i18n', 'app']);

function within(dir, file) {
  const rel = path.relative(dir, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep) : null;
}

/** The feature folder a file is in, or null when it is not in a feature area. */
function area(file) {
  const api = within(API_MODULES, file);
  if (api && api.length > 1) return { side: 'api', root: API_MODULES, feature: api[0] };
  if (within(API_ENGINE, file)) return { side: 'engine' };
  const web = within(WEB, file);
  if (web && web.length > 1) return { side: 'web', root: WEB, feature: web[0], shared: WEB_SHARED.has(web[0]) };
  return null;
}

function isPublic(target, featureDir) {
  const rel = path.relative(featureDir, target);
  if (rel === '' || rel === 'index') return true;
  return !rel.includes(path.sep) && (/^texts\.(nl|en)$/.test(rel) || rel === 'nav' || rel.endsWith('.css'));
}

function problem(file, specifier, dynamic = false) {
  if (typeof specifier !== 'string' || !specifier.startsWith('.')) return null;
  const from = area(file);
  if (!from) return null;
  const target = path.resolve(path.dirname(file), specifier).replace(/\.(tsx?|js)$/, '');
  if (from.side === 'engine')
    return within(API_MODULES, target) ? 'The engine never imports a module; a module registers itself with the engine.' : null;
  const to = area(target);
  if (!to || to.side !== from.side || to.feature === from.feature) return null;
  if (from.side === 'web' && to.shared) return null;
  if (from.side === 'web' && from.feature === 'ui') return 'ui/ is shared by every feature, so it imports none.';
  const pages = to.side === 'web' && path.relative(path.join(to.root, to.feature), target) === 'pages';
  if (pages)
    return dynamic ? null : `Load '${to.feature}/pages' with import() (app/lazy-pages.tsx), so its screens stay out of the first download.`;
  if (isPublic(target, path.join(to.root, to.feature))) return null;
  return `Import from '${to.feature}' through its index (its public surface), not from its files.`;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'features import each other only through their index; engine/ and ui/ import no feature' },
    schema: [],
  },
  create(context) {
    const check = (node) => {
      if (!node.source) return;
      const message = problem(context.filename, node.source.value);
      if (message) context.report({ node: node.source, message });
    };
    const checkDynamic = (node) => {
      const message = node.source.type === 'Literal' ? problem(context.filename, node.source.value, true) : null;
      if (message) context.report({ node: node.source, message });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: checkDynamic };
  },
};

export default { rules: { 'feature-boundaries': rule } };
