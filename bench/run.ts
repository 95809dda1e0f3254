import { benchDni } from './dni';
import { benchInboundCall } from './inbound-call';
import { benchReports } from './reports';
import { benchRtb } from './rtb';

const benchmarks: Record<string, () => Promise<void>> = {
  'inbound-call': benchInboundCall,
  dni: benchDni,
  rtb: benchRtb,
  reports: benchReports,
};

const name = process.argv[2];
const run = name ? benchmarks[name] : undefined;
if (!run) {
  console.error(`Usage: npm run bench -- <name>\nBenchmarks: ${Object.keys(benchmarks).join(', ')}`);
  process.exit(2);
}
await run();
process.exit(0);
