import { join } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..', '..', '..');

function diagnosticsOf(file: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'libs', 'sdk', 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('libs/sdk/tsconfig.json could not be read');
  const program = ts.createProgram([file], { ...config.options, noEmit: true });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

describe('the typed operations', () => {
  it('reject wrong fields, enum values, missing required fields and unknown operations at compile time', () => {
    // An unused @ts-expect-error is itself an error (TS2578): a typing that stops catching a mistake fails here.
    expect(diagnosticsOf(join(__dirname, 'typed', 'operations.ts'))).toEqual([]);
  }, 120_000);
});
