import { generic } from './generic';
import { gmail } from './gmail';
import { freshdesk, front, helpscout, hubspot, intercom, zohodesk } from './named';
import type { SiteAdapter } from './types';
import { zendesk } from './zendesk';

export type { Conversation, SiteAdapter } from './types';

const SITES: readonly SiteAdapter[] = [zendesk, gmail, freshdesk, helpscout, front, intercom, zohodesk, hubspot, generic];

export function siteFor(url: URL): SiteAdapter {
  return SITES.find((site) => site.matches(url)) ?? generic;
}
