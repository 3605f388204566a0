/** What credential-directed requests accept: JSON-LD first, then JSON (OB 2.0 §HostedBadge). */
export const JSON_ACCEPT = 'application/ld+json, application/json';
