// The content script for every other helpdesk: registered at run time for a site the agent turns on
// (src/background/sites.ts), and declared by the demo build for its pages. It carries the named
// helpdesks' adapters and the generic one, which reads any page.
import { generic } from './sites/generic';
import { NAMED_ADAPTERS } from './sites/named';
import { startCoach } from './start';

startCoach([...NAMED_ADAPTERS, generic]);
