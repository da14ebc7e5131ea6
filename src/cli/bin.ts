#!/usr/bin/env node
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`empathy-coach: ${(error as Error).message}`);
    process.exitCode = 2;
  },
);
