import { run } from './cli';
import { processIo } from './io';

/** The `meshwork` executable: runs the command line and exits with its status. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await run(argv, processIo());
}

if (require.main === module) void main();
