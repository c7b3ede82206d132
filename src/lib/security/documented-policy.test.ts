import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyHeader } from './content-security-policy.js';

// The README's "Security and privacy" section: the policy itself and the
// header for nginx, Apache and IIS. An administrator copies these, so each
// must be exactly the policy the app is built with.
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Security and privacy'));
const next = section.indexOf('\n## ', 1);
const securitySection = next === -1 ? section : section.slice(0, next);

/** Every policy written out in the section: from `default-src` to the end of its quoted value or line. */
function documentedPolicies(text: string): string[] {
	return [...text.matchAll(/default-src[^"\n]*/g)].map((match) => match[0].trim());
}

describe('the policy documented in the README', () => {
	it('is given once on its own and once for each of nginx, Apache and IIS', () => {
		expect(securitySection).toContain('```nginx');
		expect(securitySection).toContain('```apache');
		expect(securitySection).toContain('```xml');
		expect(documentedPolicies(securitySection)).toHaveLength(4);
	});

	it('equals the policy in code, every time it is written', () => {
		for (const policy of documentedPolicies(securitySection)) {
			expect(policy).toBe(contentSecurityPolicyHeader());
		}
	});

	it('sends the header on every response, errors included, in each server', () => {
		expect(securitySection).toMatch(/add_header Content-Security-Policy \$scrutiny_csp always;/);
		expect(securitySection).toMatch(/Header always set Content-Security-Policy "/);
		expect(securitySection).toContain('serverVariable="RESPONSE_Content_Security_Policy"');
	});
});
