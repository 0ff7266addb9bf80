#!/usr/bin/env node
// settings-elements <command> [arguments]: the package's command line for hosts. The first argument
// names the command; each command is its own module, loaded only when it runs, so more can follow.
const commands = {
  'new-section': { module: './new-section.mjs', summary: 'start your own settings section in one folder' },
};

const [command, ...rest] = process.argv.slice(2);

if (!command || command === '--help' || command === '-h' || !Object.hasOwn(commands, command)) {
  if (command && !command.startsWith('-')) console.error(`settings-elements: there is no command "${command}".`);
  console.error('usage: settings-elements <command> [arguments]\n\ncommands:');
  for (const [name, { summary }] of Object.entries(commands)) console.error(`  ${name.padEnd(14)}${summary}`);
  console.error('\nsettings-elements <command> --help tells more about one.');
  process.exit(command === '--help' || command === '-h' ? 0 : 2);
}

const { run } = await import(commands[command].module);
process.exitCode = run(rest);
