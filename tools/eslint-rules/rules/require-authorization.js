'use strict';
/**
 * Deny by default: every route handler of a NestJS controller declares who may call it, with
 * `@Authorize(action, subject)` or `@Public()` on the method or on its controller class.
 *
 * Route and controller decorators count only when imported from '@nestjs/common' (aliases and namespace
 * imports included); `@Authorize` and `@Public` only when imported from '@meshwork/platform', or by a relative
 * path that lands inside libs/platform (the platform's own controllers).
 *
 * The platform guard checks `@Public()` first, on the method and then on the class, so `@Public()` beside an
 * `@Authorize(...)` that it would silence is reported too: the permission would never be checked.
 */
const path = require('node:path');

/** @typedef {import('eslint').Rule.RuleModule} RuleModule */
/** @typedef {import('eslint').Rule.RuleContext} RuleContext */
/** @typedef {import('estree').Node} Node */

/**
 * A decorator node as produced by @typescript-eslint/parser (estree has no decorators).
 * @typedef {{ type: 'Decorator', expression: any }} Decorator
 */

/**
 * Where an imported name comes from: Nest's common package, or the platform's authorization decorators.
 * @typedef {'nest' | 'platform'} Origin
 */

/**
 * @typedef {object} Imports
 * @property {Map<string, { origin: Origin, name: string }>} named local name -> origin and exported name
 * @property {Map<string, Origin>} namespaces local namespace name -> origin
 */

/**
 * @typedef {object} DecoratorUse
 * @property {Origin} origin
 * @property {string} name exported name, whatever the local alias
 * @property {boolean} called whether the decorator factory is called: `Public()` rather than `Public`
 * @property {any[]} args call arguments
 * @property {Decorator} node
 */

/**
 * @typedef {object} Options
 * @property {string[]} authorizationModules module specifiers that export Authorize and Public
 * @property {string[]} authorizationRoots workspace folders whose files may import them by relative path
 */

const NEST_COMMON = '@nestjs/common';

/** Route decorators of '@nestjs/common' and the HTTP method each one maps. */
const ROUTE_METHODS = new Map([
  ['Get', 'GET'],
  ['Post', 'POST'],
  ['Put', 'PUT'],
  ['Patch', 'PATCH'],
  ['Delete', 'DELETE'],
  ['Options', 'OPTIONS'],
  ['Head', 'HEAD'],
  ['All', 'ALL'],
  ['Search', 'SEARCH'],
]);

const AUTHORIZE = 'Authorize';
const PUBLIC = 'Public';

/** @type {Options} */
const DEFAULT_OPTIONS = {
  authorizationModules: ['@meshwork/platform'],
  authorizationRoots: ['libs/platform'],
};

/**
 * @param {string} file
 * @returns {string} the path with forward slashes
 */
function toPosix(file) {
  return file.split(path.sep).join('/');
}

/**
 * Whether a relative import from `filename` lands inside one of the workspace folders in `roots`.
 * Matches folder segments anywhere in the absolute path, so it works whatever directory eslint runs from.
 * @param {string} source
 * @param {string} filename
 * @param {string[]} roots
 * @returns {boolean}
 */
function isRelativeImportInto(source, filename, roots) {
  if (!source.startsWith('./') && !source.startsWith('../')) return false;
  const target = `${toPosix(path.resolve(path.dirname(filename), source))}/`;
  return roots.some((root) => target.includes(`/${root.replace(/^\/+|\/+$/g, '')}/`));
}

/**
 * @param {string} source
 * @param {string} filename
 * @param {Options} options
 * @returns {Origin | null}
 */
function originOf(source, filename, options) {
  if (source === NEST_COMMON) return 'nest';
  if (options.authorizationModules.includes(source)) return 'platform';
  if (isRelativeImportInto(source, filename, options.authorizationRoots)) return 'platform';
  return null;
}

/**
 * @param {any} node an ImportSpecifier's `imported` node (Identifier or string Literal)
 * @returns {string}
 */
function importedName(node) {
  return node.type === 'Identifier' ? node.name : String(node.value);
}

/**
 * Collects the imports this rule cares about, wherever they sit in the module.
 * @param {any} program
 * @param {string} filename
 * @param {Options} options
 * @returns {Imports}
 */
function collectImports(program, filename, options) {
  /** @type {Imports} */
  const imports = { named: new Map(), namespaces: new Map() };
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    const origin = originOf(statement.source.value, filename, options);
    if (!origin) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportNamespaceSpecifier') {
        imports.namespaces.set(specifier.local.name, origin);
      } else if (specifier.type === 'ImportSpecifier' && specifier.importKind !== 'type') {
        imports.named.set(specifier.local.name, { origin, name: importedName(specifier.imported) });
      }
    }
  }
  return imports;
}

/**
 * Resolves `@Name`, `@Name(...)`, `@ns.Name` and `@ns.Name(...)` to the import they refer to.
 * @param {Decorator} decorator
 * @param {Imports} imports
 * @returns {DecoratorUse | null}
 */
function resolveDecorator(decorator, imports) {
  let expression = decorator.expression;
  const called = expression.type === 'CallExpression';
  const args = called ? expression.arguments : [];
  if (called) expression = expression.callee;
  if (expression.type === 'Identifier') {
    const binding = imports.named.get(expression.name);
    return binding ? { ...binding, called, args, node: decorator } : null;
  }
  if (
    expression.type === 'MemberExpression' &&
    !expression.computed &&
    expression.object.type === 'Identifier' &&
    expression.property.type === 'Identifier'
  ) {
    const origin = imports.namespaces.get(expression.object.name);
    return origin ? { origin, name: expression.property.name, called, args, node: decorator } : null;
  }
  return null;
}

/**
 * @param {Decorator[] | undefined} decorators
 * @param {Imports} imports
 * @returns {DecoratorUse[]}
 */
function resolveAll(decorators, imports) {
  return (decorators ?? []).map((decorator) => resolveDecorator(decorator, imports)).filter((use) => use !== null);
}

/**
 * @param {any} node
 * @returns {string | null} the value of a string literal or of a template literal without expressions
 */
function staticString(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}

/**
 * The path given to `@Controller(...)` or to a route decorator: nothing means '', a non-literal means null.
 * @param {any[]} args
 * @returns {string | null}
 */
function staticPath(args) {
  const [first] = args;
  if (first === undefined) return '';
  if (first.type === 'ObjectExpression') {
    const property = first.properties.find(
      (/** @type {any} */ p) => p.type === 'Property' && !p.computed && (p.key.name ?? p.key.value) === 'path',
    );
    return property ? staticString(property.value) : '';
  }
  return staticString(first);
}

/**
 * "GET", or "GET /v1/products/:id" when both paths are literals.
 * @param {DecoratorUse} route
 * @param {DecoratorUse} controller
 * @returns {string}
 */
function describeRoute(route, controller) {
  const verb = ROUTE_METHODS.get(route.name) ?? route.name.toUpperCase();
  const prefix = staticPath(controller.args);
  const suffix = staticPath(route.args);
  if (prefix === null || suffix === null) return verb;
  const segments = `${prefix}/${suffix}`.split('/').filter(Boolean);
  return segments.length === 0 ? verb : `${verb} /${segments.join('/')}`;
}

/**
 * @param {any} key a method's key
 * @param {RuleContext} context
 * @returns {string}
 */
function methodName(key, context) {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  return staticString(key) ?? context.sourceCode.getText(key);
}

/**
 * The authorization decision written on one class or method.
 * @typedef {object} Decision
 * @property {DecoratorUse | undefined} authorize an Authorize decorator that is called
 * @property {DecoratorUse | undefined} isPublic a Public decorator that is called
 * @property {DecoratorUse[]} uncalled Authorize or Public decorators written without a call
 */

/**
 * @param {DecoratorUse[]} uses
 * @returns {Decision}
 */
function decisionOf(uses) {
  const platform = uses.filter((use) => use.origin === 'platform' && (use.name === AUTHORIZE || use.name === PUBLIC));
  return {
    authorize: platform.find((use) => use.called && use.name === AUTHORIZE),
    isPublic: platform.find((use) => use.called && use.name === PUBLIC),
    uncalled: platform.filter((use) => !use.called),
  };
}

/** @type {RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require every NestJS route handler to declare who may call it with @Authorize(...) or @Public(), on the method or its controller.',
      recommended: true,
    },
    schema: [
      {
        type: 'object',
        properties: {
          authorizationModules: { type: 'array', items: { type: 'string' }, uniqueItems: true },
          authorizationRoots: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      missing:
        "Route handler '{{name}}' ({{route}}) has neither @Authorize(...) nor @Public(): every route must declare who may call it.",
      notCalled: '@{{decorator}} is written without a call and declares nothing: write @{{decorator}}({{args}}).',
      publicBesideAuthorize:
        "Route handler '{{name}}' ({{route}}) has both @Public() and @Authorize(...): @Public() wins and the permission is never checked. Keep one.",
      publicClassSilencesAuthorize:
        "Route handler '{{name}}' ({{route}}) has @Authorize(...) but its controller is @Public(), which wins: the permission is never checked. Move @Public() to the routes that are open.",
      publicClassBesideAuthorize:
        "Controller '{{name}}' has both @Public() and @Authorize(...): @Public() wins and no route in it checks a permission. Keep one.",
    },
  },

  create(context) {
    /** @type {Options} */
    const options = { ...DEFAULT_OPTIONS, ...(context.options[0] ?? {}) };
    /** @type {Imports} */
    let imports = { named: new Map(), namespaces: new Map() };

    /** @param {DecoratorUse[]} uncalled */
    function reportUncalled(uncalled) {
      for (const use of uncalled) {
        context.report({
          node: /** @type {any} */ (use.node),
          messageId: 'notCalled',
          data: { decorator: use.name, args: use.name === AUTHORIZE ? 'action, subject' : '' },
        });
      }
    }

    /**
     * @param {any} method
     * @param {DecoratorUse} controller
     * @param {Decision} classDecision
     */
    function checkMethod(method, controller, classDecision) {
      const uses = resolveAll(method.decorators, imports);
      const route = uses.find((use) => use.origin === 'nest' && ROUTE_METHODS.has(use.name));
      if (!route) return;
      const decision = decisionOf(uses);
      reportUncalled(decision.uncalled);
      const data = { name: methodName(method.key, context), route: describeRoute(route, controller) };
      const node = method.key;
      if (decision.authorize && decision.isPublic) {
        context.report({ node, messageId: 'publicBesideAuthorize', data });
        return;
      }
      if (decision.authorize && classDecision.isPublic && !classDecision.authorize) {
        context.report({ node, messageId: 'publicClassSilencesAuthorize', data });
        return;
      }
      if (decision.authorize || decision.isPublic || decision.uncalled.length > 0) return;
      if (classDecision.authorize || classDecision.isPublic || classDecision.uncalled.length > 0) return;
      context.report({ node, messageId: 'missing', data });
    }

    /** @param {any} node ClassDeclaration or ClassExpression */
    function checkClass(node) {
      const uses = resolveAll(node.decorators, imports);
      const controller = uses.find((use) => use.origin === 'nest' && use.name === 'Controller');
      if (!controller) return;
      const classDecision = decisionOf(uses);
      reportUncalled(classDecision.uncalled);
      if (classDecision.authorize && classDecision.isPublic) {
        context.report({
          node: node.id ?? node,
          messageId: 'publicClassBesideAuthorize',
          data: { name: node.id?.name ?? '(anonymous)' },
        });
      }
      for (const member of node.body.body) {
        if (member.type === 'MethodDefinition') checkMethod(member, controller, classDecision);
      }
    }

    return {
      Program(program) {
        imports = collectImports(program, context.filename, options);
      },
      ClassDeclaration: checkClass,
      ClassExpression: checkClass,
    };
  },
};
