// The content script for every other helpdesk: registered at run time for a site the agent turns on
// (src/background/sites.ts), and declared by the demo build for its pages. It carries the named
// helpdesks' adapters and the generic one, which reads any page.
import { generic } from './sites/generic';
import { freshdesk, front, helpscout, hubspot, intercom, zohodesk } from './sites/named';
import { startCoach } from './start';

startCoach([freshdesk, helpscout, front, intercom, zohodesk, hubspot, generic]);
