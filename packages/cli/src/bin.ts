#!/usr/bin/env node
import { runCli } from './run-cli.js';
import { installStopHandlers } from './terminal/shutdown.js';

installStopHandlers();
const code = await runCli(process.argv);
process.exitCode = code;
// why: after Ctrl-C or SIGTERM the command has cleaned up; exit now rather than wait for a store's or a
// child's handle to let go. A normal run ends by itself, so stdout is never cut short.
if (code === 130 || code === 143) process.exit(code);
