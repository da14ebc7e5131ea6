import type { SiteAdapter } from './types';

/** The first of `sites` that claims the address, else the last (the one that reads any page of them). */
export function pickSite(sites: readonly SiteAdapter[], url: URL): SiteAdapter {
  return sites.find((site) => site.matches(url)) ?? sites[sites.length - 1]!;
}
