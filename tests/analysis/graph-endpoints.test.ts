/** The Graph API endpoints the request check reads: each URL pattern needs the host it is searched for first. */
import { describe, expect, it } from 'vitest';
import { APP_EVENTS_API_PATTERN } from '../../src/analysis/catalog/app-events.js';
import { AUDIENCE_USERS_PATTERN } from '../../src/analysis/catalog/audiences.js';
import { CAPI_ENDPOINT_PATTERN, GRAPH_API_HOST } from '../../src/analysis/catalog/capi.js';
import { probe } from './probe.js';

const PATTERNS = [CAPI_ENDPOINT_PATTERN, APP_EVENTS_API_PATTERN, AUDIENCE_USERS_PATTERN];

describe('Graph API endpoint URLs', () => {
  it.each(PATTERNS.map((pattern) => [pattern.source, pattern]))('%s matches no URL without the Graph host', (_source, pattern) => {
    expect(pattern.source.startsWith(GRAPH_API_HOST.replace(/\./g, '\\.'))).toBe(true);
    expect(pattern.test(`https://${GRAPH_API_HOST}/v21.0/1/events`.replace('graph.', 'graph-'))).toBe(false);
  });

  it('finds each endpoint behind the host, and no request to another host', () => {
    const kinds = (url: string) => {
      const { sinks } = probe(`export const send = (body) => fetch(\`${url}\`, { method: 'POST', body: JSON.stringify({ data: [body] }) });`);
      return [sinks.requests.length, sinks.appEventsRequests.length, sinks.audienceRequests.length];
    };
    expect(kinds('https://graph.facebook.com/v21.0/${id}/events')).toEqual([1, 0, 0]);
    expect(kinds('https://graph.facebook.com/${id}/activities')).toEqual([0, 1, 0]);
    expect(kinds('https://graph.facebook.com/v21.0/${id}/users')).toEqual([0, 0, 1]);
    expect(kinds('https://api.example.com/facebook/v21.0/${id}/events')).toEqual([0, 0, 0]);
  });
});
