import { generic } from './generic';
import { gmail } from './gmail';
import { NAMED_ADAPTERS } from './named';
import type { SiteAdapter } from './types';
import { zendesk } from './zendesk';

export type { Conversation, SiteAdapter } from './types';

const SITES: readonly SiteAdapter[] = [zendesk, gmail, ...NAMED_ADAPTERS, generic];

export function siteFor(url: URL): SiteAdapter {
  return SITES.find((site) => site.matches(url)) ?? generic;
}
