#!/usr/bin/env node
// The talkdex command line: parses arguments, runs a command, sets the exit code.
process.stdout.write("talkdex: not implemented yet\n");
