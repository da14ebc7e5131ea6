import { generic } from './generic';
import { gmail } from './gmail';
import { NAMED_ADAPTERS } from './named';
import { pickSite } from './pick';
import type { SiteAdapter } from './types';
import { zendesk } from './zendesk';

export type { Conversation, SiteAdapter } from './types';

const SITES: readonly SiteAdapter[] = [zendesk, gmail, ...NAMED_ADAPTERS, generic];

/** The adapter that claims an address among every helpdesk's (each content script carries a part of them). */
export function siteFor(url: URL): SiteAdapter {
  return pickSite(SITES, url);
}
