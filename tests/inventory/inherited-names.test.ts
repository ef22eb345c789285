// Names of members every object inherits (`constructor`, `toString`) are no catalog entries in the
// data inventory either: no clear-text SDK setter, no match key data, no Expo config option.
import { describe, expect, it } from 'vitest';
import { collectSites } from '../../src/inventory/collect.js';
import { probe } from '../analysis/probe.js';

const sitesOf = (code: string) => collectSites(probe(code).analysis).map((collected) => collected.site);

describe('inventory sites with names every object inherits', () => {
  it('lists an SDK method named like an inherited member as a call, not as a custom_data key', () => {
    const [site] = sitesOf("import { CustomData } from 'facebook-nodejs-business-sdk';\nnew CustomData().toString(user.email);");
    expect(site!.fields.map((field) => `${field.key}:${field.data ?? ''}`)).toEqual(['toString():email']);
  });

  it('gives a match key named like an inherited member no data of its own', () => {
    const [site] = sitesOf("const offline = { event_name: 'Purchase', match_keys: { constructor: order.ref, email: [h] } };");
    expect(site!.fields.map((field) => `${field.key}:${field.data ?? ''}`)).toEqual(['match_keys.constructor:', 'match_keys.email:email']);
  });

  it('lists only the Expo config options the catalog knows', () => {
    const sites = sitesOf("export default { plugins: [['react-native-fbsdk-next', { autoLogAppEventsEnabled: true, constructor: true, toString: false }]] };");
    expect(sites[0]!.fields.map((field) => field.key)).toEqual(['autoLogAppEventsEnabled']);
  });
});
