import { describe, expect, it } from 'vitest';
import { scriptId, sitePattern } from '../../../src/shared/sites';

describe('sitePattern', () => {
  it('turns what an agent types into a host pattern', () => {
    expect(sitePattern('acme.freshdesk.com')).toBe('https://acme.freshdesk.com/*');
    expect(sitePattern('  https://Help.Example.org/tickets/1?x=2 ')).toBe('https://help.example.org/*');
    expect(sitePattern('http://intranet.example.net/desk')).toBe('http://intranet.example.net/*');
  });

  it('rejects what is not a web address', () => {
    for (const bad of ['', '   ', 'localhost', 'not a site', 'ftp://files.example.com', 'javascript:alert(1)', 'https://', '*.example.com']) {
      expect(sitePattern(bad), bad).toBeNull();
    }
  });

  it('names the registered script after the pattern', () => {
    expect(scriptId('https://help.example.org/*')).toBe('site:https://help.example.org/*');
  });
});
