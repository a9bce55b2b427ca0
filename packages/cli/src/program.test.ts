import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createProgram, formatCommanderError } from './program.js';

function everyCommand(command: Command): Command[] {
  return [command, ...command.commands.flatMap((child) => everyCommand(child))];
}

/** What `<command> --help` prints, help text hooks (`addHelpText`) included. */
function helpOf(command: Command): string {
  let text = '';
  command.configureOutput({ writeOut: (chunk) => (text += chunk) });
  command.outputHelp();
  return text;
}

describe('createProgram', () => {
  it('gives every command and subcommand examples in its --help', () => {
    const commands = everyCommand(createProgram()).filter((command) => command.name() !== 'help');
    expect(commands.length).toBeGreaterThan(8);
    for (const command of commands) {
      const help = helpOf(command);
      expect(help, command.name()).toContain('Examples:');
      expect(help, command.name()).toMatch(/\$ motionreg( |$)/m);
    }
  });

  it('loads no stage package up front: program.ts statically imports (through any depth of local files) only commander and node: modules', () => {
    const folder = fileURLToPath(new URL('./', import.meta.url));
    const seen = new Set<string>();
    const packages = new Set<string>();
    const queue = ['program.ts'];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      // static value imports only: `import type` is erased, `await import()` loads when a command runs
      for (const match of readFileSync(`${folder}${file}`, 'utf8').matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)) {
        const specifier = (match[1] ?? match[2])!;
        if (specifier.startsWith('.')) queue.push(relative(folder, join(dirname(`${folder}${file}`), specifier.replace(/\.js$/, '.ts'))));
        else packages.add(specifier);
      }
    }
    expect(seen.size).toBeGreaterThan(5);
    expect([...packages].filter((specifier) => specifier !== 'commander' && !specifier.startsWith('node:'))).toEqual([]);
  });

  it('formats commander errors as one [motionreg:cli] line', () => {
    expect(formatCommanderError("error: unknown option '--jsn'\n(Did you mean --json?)\n")).toBe("[motionreg:cli] unknown option '--jsn' (Did you mean --json?); see motionreg --help\n");
  });
});
