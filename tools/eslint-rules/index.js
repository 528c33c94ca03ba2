'use strict';
/**
 * The `meshwork` ESLint plugin: rules that hold the house style in place.
 * Plain CommonJS so that eslint.config.mjs loads it without a build step.
 */

/** @type {import('eslint').ESLint.Plugin} */
module.exports = {
  meta: { name: 'eslint-plugin-meshwork', version: '0.1.0' },
  rules: {
    'require-authorization': require('./rules/require-authorization'),
  },
};
