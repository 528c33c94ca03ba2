import type { Command } from '../command';
import { grantsCommand, requestAccessCommand } from './access';
import { resolveCommand, searchCommand } from './discovery';
import { lintCommand } from './lint';
import { loginCommand } from './login';
import { publishCommand } from './publish';
import { reportCommand } from './report';
import { statusCommand } from './status';

/** Every command, in the order `meshwork --help` lists them. */
export const COMMANDS: readonly Command[] = [loginCommand, publishCommand, lintCommand, searchCommand, resolveCommand, requestAccessCommand, grantsCommand, reportCommand, statusCommand];
