// `--agents support@acme.com,@acme.com,acme.io`: who is an agent in an mbox, by address or domain.

export type AgentMatcher = (email: string) => boolean;

export function agentMatcher(spec: string): AgentMatcher {
  const entries = spec.split(/[,\s]+/).map((entry) => entry.trim().toLowerCase()).filter(Boolean);
  const addresses = new Set(entries.filter((entry) => /^[^@]+@[^@]+$/.test(entry)));
  const domains = entries.filter((entry) => !addresses.has(entry)).map((entry) => entry.replace(/^@/, ''));
  return (email) => {
    const address = email.toLowerCase();
    if (addresses.has(address)) return true;
    const domain = address.slice(address.lastIndexOf('@') + 1);
    return domains.some((candidate) => domain === candidate || domain.endsWith(`.${candidate}`));
  };
}
