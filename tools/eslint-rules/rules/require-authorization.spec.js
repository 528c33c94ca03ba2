'use strict';
const path = require('node:path');
const { RuleTester } = require('eslint');
const parser = require('@typescript-eslint/parser');
const rule = require('./require-authorization');

const ruleTester = new RuleTester({
  languageOptions: { parser, ecmaVersion: 2022, sourceType: 'module' },
});

const root = path.resolve(__dirname, '..', '..', '..');
const appFile = path.join(root, 'apps/catalog/src/products/products.controller.ts');
const platformFile = path.join(root, 'libs/platform/src/health/health.controller.ts');

const NEST = "import { Controller, Get, Post, Put, Patch, Delete, Options, Head, All, Search } from '@nestjs/common';";
const AUTH = "import { Authorize, Public } from '@meshwork/platform';";

/**
 * @param {string} body source after the imports
 * @param {{ imports?: string, filename?: string }} [extra]
 * @returns {{ code: string, filename: string }}
 */
function source(body, extra = {}) {
  return { code: `${extra.imports ?? `${NEST}\n${AUTH}`}\n${body}`, filename: extra.filename ?? appFile };
}

/**
 * @param {string} name
 * @param {string} route
 * @returns {{ messageId: string, data: Record<string, string> }}
 */
function missing(name, route) {
  return { messageId: 'missing', data: { name, route } };
}

/** Every route decorator of '@nestjs/common', with the HTTP method it names. */
const routeDecorators = [
  ['Get', 'GET'],
  ['Post', 'POST'],
  ['Put', 'PUT'],
  ['Patch', 'PATCH'],
  ['Delete', 'DELETE'],
  ['Options', 'OPTIONS'],
  ['Head', 'HEAD'],
  ['All', 'ALL'],
  ['Search', 'SEARCH'],
];

ruleTester.run('require-authorization', rule, {
  valid: [
    {
      name: 'accepts @Authorize(...) on the method',
      ...source(`
        @Controller('v1/products')
        export class ProductsController {
          @Get()
          @Authorize('read', 'DataProduct')
          listProducts() {}
        }`),
    },
    {
      name: 'accepts @Public() on the method',
      ...source(`
        @Controller('v1/resolve')
        export class ResolveController {
          @Public()
          @Get(':urn')
          resolveUrn() {}
        }`),
    },
    {
      name: 'accepts @Authorize(...) on the class for every method',
      ...source(`
        @Authorize('read', 'DataProduct')
        @Controller('v1/products')
        export class ProductsController {
          @Get() listProducts() {}
          @Post() publishProduct() {}
          @Delete(':id') retireProduct() {}
        }`),
    },
    {
      name: 'accepts @Public() on the class for every method',
      ...source(`
        @Public()
        @Controller('health')
        export class HealthController {
          @Get('live') live() {}
          @Get('ready') ready() {}
        }`),
    },
    {
      name: 'accepts @Public() on a method of an @Authorize(...) class (an open route in a closed controller)',
      ...source(`
        @Authorize('read', 'DataProduct')
        @Controller('v1/products')
        export class ProductsController {
          @Get() listProducts() {}
          @Public() @Get('count') countProducts() {}
        }`),
    },
    {
      name: 'accepts aliased route decorators when the method is authorized',
      ...source(
        `
        @HttpController('v1/grants')
        export class GrantsController {
          @HttpGet() @Authorize('read', 'Grant') listGrants() {}
        }`,
        { imports: `import { Controller as HttpController, Get as HttpGet } from '@nestjs/common';\n${AUTH}` },
      ),
    },
    {
      name: 'accepts aliased @Authorize and @Public',
      ...source(
        `
        @Controller('v1/grants')
        export class GrantsController {
          @Get() @Allow('read', 'Grant') listGrants() {}
          @Get('terms') @Open() readTerms() {}
        }`,
        { imports: `${NEST}\nimport { Authorize as Allow, Public as Open } from '@meshwork/platform';` },
      ),
    },
    {
      name: 'accepts namespace imports of both packages',
      ...source(
        `
        @nest.Controller('v1/policies')
        export class PoliciesController {
          @nest.Post(':id/dry-run') @platform.Authorize('evaluate', 'Policy') dryRunPolicy() {}
        }`,
        { imports: "import * as nest from '@nestjs/common';\nimport * as platform from '@meshwork/platform';" },
      ),
    },
    {
      name: 'accepts @Public() imported by a relative path inside libs/platform',
      ...source(
        `
        @Public()
        @Controller('health')
        export class HealthController {
          @Get('live') live() {}
        }`,
        {
          imports: `${NEST}\nimport { Public } from '../auth/authorize.decorator';`,
          filename: platformFile,
        },
      ),
    },
    {
      name: 'ignores classes without @Controller',
      ...source(`
        export class ProductsService {
          @Get() listProducts() {}
        }`),
    },
    {
      name: 'ignores a @Controller that does not come from @nestjs/common',
      ...source(
        `
        @Controller('x')
        export class Thing {
          @Get() read() {}
        }`,
        { imports: "import { Controller, Get } from './local-decorators';" },
      ),
    },
    {
      name: 'ignores methods without a route decorator',
      ...source(`
        @Controller('v1/products')
        export class ProductsController {
          constructor() {}
          toDto() {}
        }`),
    },
    {
      name: 'ignores route decorators that do not come from @nestjs/common',
      ...source(
        `
        @Controller('v1/products')
        export class ProductsController {
          @Get() listProducts() {}
        }`,
        { imports: "import { Controller } from '@nestjs/common';\nimport { Get } from './not-nest';" },
      ),
    },
  ],

  invalid: [
    ...routeDecorators.map(([decorator, verb]) => ({
      name: `reports an unguarded @${decorator}() route`,
      ...source(`
        @Controller()
        export class ProductsController {
          @${decorator}() handle() {}
        }`),
      errors: [missing('handle', verb)],
    })),
    {
      name: 'reports the exact message for a route without a decision',
      ...source(`
        @Controller()
        export class ProductsController {
          @Get()
          listProducts() {}
        }`),
      errors: [
        {
          message:
            "Route handler 'listProducts' (GET) has neither @Authorize(...) nor @Public(): every route must declare who may call it.",
          line: 7,
        },
      ],
    },
    {
      name: 'names the full route when the paths are literals',
      ...source(`
        @Controller({ path: 'v1/access-requests', version: '1' })
        export class AccessRequestsController {
          @Post(':id/approval') approveAccessRequest() {}
        }`),
      errors: [missing('approveAccessRequest', 'POST /v1/access-requests/:id/approval')],
    },
    {
      name: 'reports exactly the one method of three that has no decision',
      ...source(`
        @Controller('v1/products')
        export class ProductsController {
          @Get() @Authorize('read', 'DataProduct') listProducts() {}
          @Post() publishProduct() {}
          @Get(':id') @Public() getProduct() {}
        }`),
      errors: [missing('publishProduct', 'POST /v1/products')],
    },
    {
      name: 'reports aliased route decorators',
      ...source(
        `
        @Controller('v1/grants')
        export class GrantsController {
          @HttpGet() listGrants() {}
          @HttpDelete(':id') revokeGrant() {}
        }`,
        { imports: `import { Controller, Get as HttpGet, Delete as HttpDelete } from '@nestjs/common';\n${AUTH}` },
      ),
      errors: [missing('listGrants', 'GET /v1/grants'), missing('revokeGrant', 'DELETE /v1/grants/:id')],
    },
    {
      name: 'reports namespace-imported route decorators',
      ...source(
        `
        @nest.Controller('v1/slos')
        export class SlosController {
          @nest.Get() listSlos() {}
        }`,
        { imports: "import * as nest from '@nestjs/common';" },
      ),
      errors: [missing('listSlos', 'GET /v1/slos')],
    },
    {
      name: 'does not accept look-alike decorators from another module',
      ...source(
        `
        @Controller('v1/products')
        export class ProductsController {
          @Get() @Authorize('read', 'DataProduct') listProducts() {}
          @Get('open') @Public() openProducts() {}
        }`,
        { imports: `${NEST}\nimport { Authorize, Public } from './my-own-decorators';` },
      ),
      errors: [missing('listProducts', 'GET /v1/products'), missing('openProducts', 'GET /v1/products/open')],
    },
    {
      name: 'does not accept a relative import of @Public() from outside libs/platform',
      ...source(
        `
        @Public()
        @Controller('v1/products')
        export class ProductsController {
          @Get() listProducts() {}
        }`,
        { imports: `${NEST}\nimport { Public } from './public.decorator';` },
      ),
      errors: [missing('listProducts', 'GET /v1/products')],
    },
    {
      name: 'checks class expressions too',
      ...source(`
        export const ProductsController = @Controller('v1/products') class {
          @Get() listProducts() {}
        };`),
      errors: [missing('listProducts', 'GET /v1/products')],
    },
    {
      name: 'reports @Public written without a call, which sets no metadata',
      ...source(`
        @Controller('health')
        export class HealthController {
          @Get('live') @Public live() {}
        }`),
      errors: [{ messageId: 'notCalled', data: { decorator: 'Public', args: '' } }],
    },
    {
      name: 'reports @Authorize written without a call on the class',
      ...source(`
        @Authorize
        @Controller('v1/products')
        export class ProductsController {
          @Get() listProducts() {}
        }`),
      errors: [{ messageId: 'notCalled', data: { decorator: 'Authorize', args: 'action, subject' } }],
    },
    {
      name: 'reports @Public() beside @Authorize(...) on one method',
      ...source(`
        @Controller('v1/products')
        export class ProductsController {
          @Get() @Public() @Authorize('read', 'DataProduct') listProducts() {}
        }`),
      errors: [{ messageId: 'publicBesideAuthorize', data: { name: 'listProducts', route: 'GET /v1/products' } }],
    },
    {
      name: 'reports @Authorize(...) on a method of a @Public() class, where the guard never checks it',
      ...source(`
        @Public()
        @Controller('v1/products')
        export class ProductsController {
          @Get() listProducts() {}
          @Post() @Authorize('create', 'DataProduct') publishProduct() {}
        }`),
      errors: [{ messageId: 'publicClassSilencesAuthorize', data: { name: 'publishProduct', route: 'POST /v1/products' } }],
    },
    {
      name: 'reports a controller with both @Public() and @Authorize(...)',
      ...source(`
        @Public()
        @Authorize('read', 'DataProduct')
        @Controller('v1/products')
        export class ProductsController {
          @Get() listProducts() {}
        }`),
      errors: [{ messageId: 'publicClassBesideAuthorize', data: { name: 'ProductsController' } }],
    },
  ],
});
