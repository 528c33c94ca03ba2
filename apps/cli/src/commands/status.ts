import type { SlaComponents } from '@meshwork/sdk';
import { type Command } from '../command';
import { ExitCode, usageError } from '../exit-codes';
import { table } from '../output';

type Kpis = SlaComponents['schemas']['KpisDto'];
type Slo = SlaComponents['schemas']['SloDto'];

const PORT_URN = /^urn:meshwork:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*:v\d+$/;
const PRODUCT_URN = /^urn:meshwork:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/;

function targetText(slo: Slo): string {
  const target = slo.target;
  if (target.ratio !== undefined) return `${+(target.ratio * 100).toFixed(3)} %`;
  if (target.seconds !== undefined) return `${target.seconds} s`;
  if (target.max !== undefined) return `${target.max} rows`;
  if (target.timeOfDay !== undefined) return target.timeOfDay;
  return `${String(target.value ?? '')} ${target.unit ?? ''}`.trim();
}

const orNone = (value: number | null | undefined, unit = '') => (value === null || value === undefined ? 'n/a' : `${+value.toFixed(2)}${unit}`);

function render({ kpis, slos }: { kpis: Kpis; slos: Slo[] }): string[] {
  const s = kpis.statuses;
  const lines = [
    `${kpis.urn} (${kpis.kind}), window ${Math.round(kpis.windowSeconds / 86400)} d`,
    `  SLOs: ${s.ok} ok, ${s['at-risk']} at risk, ${s.breached} breached, ${s.unknown} unknown; compliance ${orNone(kpis.compliancePercent, ' %')}`,
    `  freshness ${orNone(kpis.freshnessSeconds, ' s')}; incidents open ${kpis.openIncidents}, in window ${kpis.incidents}; MTTD ${orNone(kpis.mttdSeconds, ' s')}, MTTR ${orNone(kpis.mttrSeconds, ' s')}`,
    `  active consumers ${orNone(kpis.activeConsumers)}`,
  ];
  if (!slos.length) return [...lines, 'No SLOs.'];
  const compliance = new Map(kpis.slos.map((k) => [k.id, k.compliancePercent]));
  const rows = slos.map((slo) => [slo.property, slo.status, targetText(slo), slo.monitored ? orNone(compliance.get(slo.id), ' %') : `unmonitored: ${slo.unmonitoredReason ?? ''}`.trim(), slo.statusSince, slo.portUrn]);
  return [...lines, '', ...table([['SLO', 'STATUS', 'TARGET', 'COMPLIANCE', 'SINCE', 'PORT'], ...rows])];
}

export const statusCommand: Command = {
  name: 'status',
  summary: "SLA status of an output port or product: its SLOs and KPIs",
  args: '<urn>',
  description: 'Shows the SLOs of an output port (or of every port of a product) with their status, target and compliance,\nand the KPIs of SLA monitoring: freshness, incidents, MTTD/MTTR, active consumers.',
  options: {},
  positionals: { min: 1, max: 1, names: 'a port or product URN' },
  examples: ['meshwork status urn:meshwork:crm:customers:customers:v1', 'meshwork status urn:meshwork:crm:customers --output json'],
  async run(ctx, { positionals }) {
    const urn = positionals[0];
    const isPort = PORT_URN.test(urn);
    if (!isPort && !PRODUCT_URN.test(urn)) throw usageError(`not a port or product URN: ${JSON.stringify(urn)}`, 'A port is urn:meshwork:<domain>:<product>:<port>:v<major>; a product urn:meshwork:<domain>:<product>.');
    const sla = ctx.mesh('status').sla;
    const [kpis, slos] = await Promise.all([
      sla.getKpis({ params: { path: { urn } } }),
      sla.listSlos({ params: { query: { ...(isPort ? { portUrn: urn } : { productUrn: urn }), limit: 200 } } }),
    ]);
    ctx.emit({ kpis, slos: slos.items }, render);
    return ExitCode.OK;
  },
};
