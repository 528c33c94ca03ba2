import type { PolicyDefinition } from './types';

/*
 * Rules read submitted documents, where any field may be missing: they test with has() before reading a field, and
 * yield a string naming what is wrong (each branch of a ternary is wrapped in dyn() so that bool and string mix).
 */

const KEBAB = '^[a-z][a-z0-9]*(-[a-z0-9]+)*$';

const base = { version: 1, severity: 'blocking', scope: 'all', state: 'enforced' } as const;

export const STARTER_POLICIES: PolicyDefinition[] = [
  {
    ...base,
    id: 'product-name-kebab-case',
    name: 'Product handles are kebab-case',
    description:
      'The ODPS `name` of a product is a display title in practice ("CRM Customers", "Shipments"): the catalog handle is the ' +
      'kebab-case {name} of /v1/products/{domain}/{name}, which is not part of the document. So a name written as a title ' +
      '(it contains white space, or is one capitalised word) passes; a name written as a handle must be kebab-case, so that ' +
      '"crm_customers" or "Crm-customers" is rejected.',
    target: 'product',
    rule: {
      kind: 'cel',
      expression: `!has(product.name) || product.name.matches("\\\\s") || product.name.matches("^[A-Z][A-Za-z0-9]*$") || product.name.matches("${KEBAB}")
        ? dyn(true)
        : dyn("product name '" + product.name + "' is written as a handle but is not kebab-case (e.g. crm-customers)")`,
    },
  },
  {
    ...base,
    id: 'output-port-name-kebab-case',
    name: 'Output port names are kebab-case',
    description: 'An output port name becomes a segment of its URN and of URLs (urn:meshwork:{domain}:{product}:{port}:v{major}), so it is kebab-case.',
    target: 'output-port',
    rule: {
      kind: 'cel',
      expression: `!has(port.name) ? dyn("the output port has no name")
        : port.name.matches("${KEBAB}") ? dyn(true)
        : dyn("output port name '" + port.name + "' is not kebab-case (e.g. daily-orders)")`,
    },
  },
  {
    ...base,
    id: 'product-has-owner',
    name: 'Every product has an owner team',
    description:
      'ODPS `team`: an object with a `name` (ODPS v1.0), or members of which one has role `owner` (the bare member list of ' +
      'older versions, which @meshwork/descriptors also reads). The domain owner recorded in the catalog is not part of the ' +
      'submitted document, so it cannot stand in for the team here.',
    target: 'product',
    rule: {
      kind: 'cel',
      expression: `has(product.team) && (
        type(product.team) == list
          ? product.team.exists(m, has(m.role) && m.role == "owner")
          : (has(product.team.name) && product.team.name.trim() != "") ||
            (has(product.team.members) && product.team.members.exists(m, has(m.role) && m.role == "owner")))`,
      message: 'the product names no owner team: add team.name (or a team member with role owner)',
    },
  },
  {
    ...base,
    id: 'product-has-purpose',
    name: 'Every product states its purpose',
    description: 'ODPS `description.purpose` tells consumers what the data is for; discovery and access decisions rely on it.',
    target: 'product',
    rule: {
      kind: 'cel',
      expression: 'has(product.description) && type(product.description) == map && has(product.description.purpose) && product.description.purpose.trim() != ""',
      message: 'the product has no description.purpose',
    },
  },
  {
    ...base,
    id: 'product-has-support',
    name: 'Every product has a support channel',
    description: 'Consumers need somewhere to ask: an ODPS `support` entry with a channel or URL, or a management port whose content or type is `support`.',
    target: 'product',
    rule: {
      kind: 'cel',
      expression: `(has(product.support) && product.support.exists(s, has(s.channel) || has(s.url))) ||
        (has(product.managementPorts) && product.managementPorts.exists(p, (has(p.content) && p.content == "support") || (has(p.type) && p.type == "support")))`,
      message: 'the product has no support channel: add a support entry (channel or url) or a management port of content support',
    },
  },
  {
    ...base,
    id: 'output-port-has-contract',
    name: 'Every output port has a contract',
    description: 'An output port is consumed through its contract: its `contractId` must name one of the contracts submitted with the product.',
    target: 'output-port',
    rule: {
      kind: 'cel',
      expression: `!has(port.contractId) ? dyn("output port '" + (has(port.name) ? port.name : "") + "' has no contractId")
        : contract == null ? dyn("output port '" + (has(port.name) ? port.name : "") + "' names contract " + string(port.contractId) + ", which is not among the submitted contracts")
        : dyn(true)`,
    },
  },
  {
    ...base,
    id: 'contract-declares-sla',
    name: 'Every contract declares latency or freshness, and availability',
    description:
      'ODCS v3 `slaProperties[].property`: a contract promises how fresh (latency or freshness) and how available its data is; the SLA ' +
      'service measures both. A batch contract that only declares frequency or timeOfAvailability does not say how fresh its data is.',
    target: 'contract',
    rule: {
      kind: 'cel',
      expression: `cel.bind(declared, has(contract.slaProperties) ? contract.slaProperties.filter(s, has(s.property)).map(s, s.property) : [],
        cel.bind(missing, ("latency" in declared || "freshness" in declared ? [] : ["latency (or freshness)"]) + ("availability" in declared ? [] : ["availability"]),
          size(missing) == 0 ? dyn(true)
          : dyn("contract " + (has(contract.id) ? string(contract.id) : "(without id)") + " declares no SLA property " + missing.join(" and "))))`,
    },
  },
  {
    ...base,
    id: 'sensitive-data-needs-approval',
    name: 'Restricted and PII properties need approved access',
    description:
      'A schema property classified `restricted` or tagged `pii` may only be exposed through a port whose access requests ' +
      'are approved by someone: its contract must not carry the root custom property `autoApprove: true`.',
    target: 'schema-property',
    rule: {
      kind: 'cel',
      expression: `!((has(property.classification) && property.classification == "restricted") || (has(property.tags) && "pii" in property.tags)) ||
        !(has(contract.customProperties) && contract.customProperties.exists(c, has(c.property) && c.property == "autoApprove" && has(c.value) && (c.value == true || c.value == "true")))
        ? dyn(true)
        : dyn("property " + (has(object.name) ? object.name + "." : "") + (has(property.name) ? property.name : "") +
            " is restricted or PII but contract " + (has(contract.id) ? string(contract.id) : "") + " grants access without approval (autoApprove: true)")`,
    },
  },
  {
    ...base,
    id: 'breaking-change-needs-major',
    name: 'A breaking change needs a new major version',
    description:
      'Compared with the published version (contracts matched by id, classified by diffContracts of @meshwork/descriptors), ' +
      'a contract with a breaking change must raise its major version, so that consumers of the previous major keep theirs.',
    target: 'product',
    rule: {
      kind: 'cel',
      expression: `cel.bind(unannounced, changes.filter(c, c.breaking && c.major <= c.previousMajor),
        size(unannounced) == 0 ? dyn(true)
        : dyn("breaking change without a new major version: " + unannounced.map(c, "contract " + c.contractId + " " + c.previousVersion + " → " + c.version + ": " + c.detail).join("; ")))`,
    },
  },
];
