/** Reads a Content-Security-Policy (one policy, or several joined with ", ") into directive -> sources. */
export type Policy = Map<string, string[]>;

export function parsePolicies(header: string): Policy[] {
  return header.split(',').map(
    (policy) =>
      new Map(
        policy
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...sources]) => [(name as string).toLowerCase(), sources]),
      ),
  );
}

/** The sources that govern scripts: script-src, else default-src (as the CSP spec falls back). */
export function scriptSources(policy: Policy): string[] | undefined {
  return policy.get('script-src') ?? policy.get('default-src');
}

/**
 * What is wrong with the script rules of the policies a page is served with, or an empty list. Every
 * policy is enforced, so one strict policy is enough; a policy that says nothing about scripts is fine.
 */
export function scriptPolicyProblems(policies: Policy[]): string[] {
  const governing = policies.map(scriptSources).filter((s): s is string[] => s !== undefined);
  if (!governing.length) return ['no script-src or default-src'];
  return governing.flatMap((sources) => [
    ...(sources.includes("'self'") ? [] : ["script-src lacks 'self'"]),
    ...["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']
      .filter((bad) => sources.includes(bad))
      .map((bad) => `script-src allows ${bad}`),
  ]);
}
