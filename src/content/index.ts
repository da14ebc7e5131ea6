// The content script the manifest injects on the helpdesks it names, Zendesk and Gmail: it carries
// only their two adapters, so each page loads no code for the others (see ./any-helpdesk.ts).
import { gmail } from './sites/gmail';
import { zendesk } from './sites/zendesk';
import { startCoach } from './start';

startCoach([gmail, zendesk]);
