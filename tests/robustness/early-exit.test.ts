// The early exit, rule by rule: a file whose text cannot contain a Meta sink (the `mayReachMeta`
// text gate) builds no sink tracker, no payload collector and no consent facts, and every rule
// returns no listeners — so ESLint's traversal calls nothing of ours — except no-pii-in-url in a file
// that builds URLs, whose check waits for the end of the traversal (`Program:exit`). The two token
// rules have their own text gates (a token can sit in a config file with no sink): without their
// words they return no listeners either. no-pii-in-url looks at URL-shaped tokens only and never
// asks for the sinks of such a file. A file that can reach Meta is analysed only after ESLint's
// traversal: every rule's check of it runs at `Program:exit`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import basePlugin from '../../src/index.js';
import { mayReachMeta } from '../../src/analysis/sinks/index.js';
import { mayRequestMetaEndpoint } from '../../src/analysis/sinks/requests.js';
import { mayHoldUrls } from '../../src/analysis/facts/urls.js';
import { readSettings } from '../../src/settings.js';
import { ALL_ON_SETTINGS, configFor, virtualName } from './lib/all-rules.mjs';
import type { Kind } from './lib/all-rules.mjs';
import { packageSample } from './lib/corpus.mjs';

const { counts, counted } = vi.hoisted(() => {
  const counts = { tracker: 0, payloads: 0, consent: 0, classifier: 0 };
  /** The same class or function, counting each construction or call under `key`. */
  function counted<T extends object>(target: T, key: keyof typeof counts): T {
    return new Proxy(target, {
      construct(base, args, newTarget) {
        counts[key]++;
        return Reflect.construct(base as new (...args: unknown[]) => object, args, newTarget) as object;
      },
      apply(base, thisArg, args) {
        counts[key]++;
        return Reflect.apply(base as (...args: unknown[]) => unknown, thisArg, args);
      },
    });
  }
  return { counts, counted };
});

vi.mock('../../src/analysis/sinks/tracker.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/analysis/sinks/tracker.js')>();
  return { ...original, FileTracker: counted(original.FileTracker, 'tracker') };
});
vi.mock('../../src/analysis/sinks/capi.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/analysis/sinks/capi.js')>();
  return { ...original, PayloadCollector: counted(original.PayloadCollector, 'payloads') };
});
vi.mock('../../src/analysis/values/classify.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/analysis/values/classify.js')>();
  return { ...original, ValueClassifier: counted(original.ValueClassifier, 'classifier') };
});
vi.mock('../../src/analysis/facts/consent.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/analysis/facts/consent.js')>();
  return { ...original, getConsent: counted(original.getConsent, 'consent') };
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const settings = readSettings({ 'meta-privacy': ALL_ON_SETTINGS });
/** Rules with a text gate of their own: listeners only when their words are in the file (not checked on real files). */
const SELF_GATED = new Set(['no-exposed-access-token', 'no-test-event-code']);

/** The plugin with each rule's `create` wrapped to record which listeners it returned (and the trackers built by then). */
function recordingPlugin(listenersByRule: Map<string, string[]>, trackersAtCreate: number[] = []) {
  const rules = Object.fromEntries(
    Object.entries(basePlugin.rules).map(([id, rule]) => [
      id,
      {
        ...rule,
        create(context: Parameters<typeof rule.create>[0]) {
          const listeners = rule.create(context);
          listenersByRule.set(id, Object.keys(listeners));
          trackersAtCreate.push(counts.tracker);
          return listeners;
        },
      },
    ]),
  );
  return { meta: basePlugin.meta, rules };
}

interface Run {
  readonly counts: typeof counts;
  readonly listeners: Map<string, string[]>;
  /** For each rule in turn, the sink trackers built when its `create` returned. */
  readonly trackersAtCreate: number[];
}

function lint(text: string, kind: Kind, only?: string): Run {
  const listeners = new Map<string, string[]>();
  const trackersAtCreate: number[] = [];
  const plugin = recordingPlugin(listeners, trackersAtCreate);
  const config = configFor(plugin, kind);
  if (only) config[0]!.rules = Object.fromEntries(Object.entries(config[0]!.rules!).filter(([id]) => id === `meta-privacy/${only}`));
  const messages = new Linter({ configType: 'flat' }).verify(text, config, { filename: virtualName(kind) });
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return { counts: { ...counts }, listeners, trackersAtCreate };
}

/**
 * What a sink-free file must satisfy: no sink analysis at all, and no listeners (but maybe the
 * self-gated rules', and no-pii-in-url's end-of-file check of a file that builds URLs).
 */
function expectNoMetaWork(run: Run, text: string, { skipSelfGated }: { skipSelfGated: boolean }): void {
  expect({ tracker: run.counts.tracker, payloads: run.counts.payloads, consent: run.counts.consent }).toEqual({ tracker: 0, payloads: 0, consent: 0 });
  for (const [id, keys] of run.listeners) {
    if (skipSelfGated && SELF_GATED.has(id)) continue;
    const expected = id === 'no-pii-in-url' && holdsUrls(text) ? ['Program:exit'] : [];
    expect({ id, keys }).toEqual({ id, keys: expected });
  }
}

/** `mayHoldUrls` of a script file's text (only Vue files have a template). */
const holdsUrls = (text: string) => mayHoldUrls({ text, ast: {} } as Parameters<typeof mayHoldUrls>[0]);

const SINK_FREE = `
import express from 'express';
const app = express();
app.get('/search', async (req, res) => {
  const { email, q } = req.query;
  const user = await fetch('https://api.example.com/users?email=' + email).then((r) => r.json());
  if (!user) return res.redirect('/signup?email=' + encodeURIComponent(email));
  res.json({ user, results: await search(q), user_id: user.id, name: user.fullName });
});
export function track(name, data) { analytics.send({ event: name, ...data }); }
`;

const META = `fbq('init', '123', { em: email }); fbq('track', 'Purchase', { email });`;

describe('early exit for files that cannot reach Meta', () => {
  beforeEach(() => {
    counts.tracker = counts.payloads = counts.consent = counts.classifier = 0;
  });

  it('the gate says so for the sink-free sample and not for pixel code', () => {
    expect(mayReachMeta(SINK_FREE, settings)).toBe(false);
    expect(mayReachMeta(META, settings)).toBe(true);
  });

  it('a wrapper setting opens the gate only for files that name the whole wrapper (`fpixel.event`, not any `event`)', () => {
    expect(SINK_FREE).toContain('event');
    expect(mayReachMeta("import * as fpixel from '../lib/fpixel'; fpixel.event('Lead', { email });", settings)).toBe(true);
    expect(mayReachMeta("trackIt('Lead', { email })", settings)).toBe(true);
  });

  it('short user_data keys open the gate as object keys or members, not as a variable of that name', () => {
    const opens = (text: string) => mayReachMeta(text, settings);
    expect(['const data = { em: sha256(email), ph };', 'const { em, ph } = user;', 'userData.fbp = cookies._fbp;', 'send({\n  fbc: clickId })', 'const ud = {\n  // hashed\n  em: hash(email),\n};'].map(opens)).toEqual([true, true, true, true, true]);
    expect(['const ph = fh === -1 ? -1 : uncHost(pattern);', 'let em = 16;', "if (format === 'email') check(value);"].map(opens)).toEqual([false, false, false]);
    expect(opens("upload({ schema: ['EMAIL', 'PHONE'], data: rows })")).toBe(true);
  });

  it('a file reads its calls as Conversions API requests only when its text can name the endpoint', () => {
    const gateway = ['fetch(`https://graph.facebook.com/v19.0/${id}/events`)', 'fetch(`${CAPI_BASE}/${id}/events`)', 'fetch(`${base}/v21.0/${id}/events`)', 'post(`${api}/${FB_PIXEL_ID}/events`)'];
    expect(gateway.map(mayRequestMetaEndpoint)).toEqual([true, true, true, true]);
    expect(['fetch(`${API}/${calendarId}/events`)', 'axios.get(`/api/users/${id}`)', 'emitter.on("events", handle)'].map(mayRequestMetaEndpoint)).toEqual([false, false, false]);
  });

  it('analyses a Meta file only after the traversal: every check waits for Program:exit', () => {
    const run = lint(META, 'esm');
    expect(run.trackersAtCreate).toEqual(Object.keys(basePlugin.rules).map(() => 0));
    expect(run.counts.tracker).toBe(1);
    // The pixel calls build no URL (no-pii-in-url's check finds nothing at once) and name no token.
    const waiting = (id: string) => !SELF_GATED.has(id) && id !== 'no-pii-in-url';
    for (const [id, keys] of run.listeners) expect({ id, keys }).toEqual({ id, keys: waiting(id) ? ['Program:exit'] : [] });
  });

  it('counts the analysis of a Meta file (the counters work)', () => {
    const run = lint(META, 'esm');
    expect(run.counts.tracker).toBe(1);
    expect(run.counts.payloads).toBe(1);
    expect(run.counts.consent).toBe(1);
  });

  it.each(['esm', 'ts'] as const)('builds no sink analysis and returns no listeners on a sink-free file (%s)', (kind) => {
    expect(holdsUrls(SINK_FREE)).toBe(true);
    expectNoMetaWork(lint(SINK_FREE, kind), SINK_FREE, { skipSelfGated: false });
  });

  it('no-pii-in-url alone: looks at the URLs of a sink-free file without asking for its sinks', () => {
    const run = lint(SINK_FREE, 'esm', 'no-pii-in-url');
    expect(run.listeners.get('no-pii-in-url')).toEqual(['Program:exit']);
    expect({ tracker: run.counts.tracker, payloads: run.counts.payloads, consent: run.counts.consent }).toEqual({ tracker: 0, payloads: 0, consent: 0 });
  });

  it('no-pii-in-url: no listener, and no UrlFinder, in a file with no URL step (only request URLs, not asked for)', () => {
    const requestOnly = "await axios({ method: 'get', url: 'https://api.example/users', params: { email: user.email } });";
    expect(holdsUrls(requestOnly)).toBe(false);
    expect(lint(requestOnly, 'esm', 'no-pii-in-url').listeners.get('no-pii-in-url')).toEqual([]);
  });

  it('mayHoldUrls: each of UrlFinder\'s steps alone opens it', () => {
    const steps = ["import qs from 'qs';", 'ev.event_source_url = here;', 'go(`/thanks/${id}`);', "router.push('/next');", 'const a = `https://shop.example${path}`;'];
    expect(steps.map(holdsUrls)).toEqual([true, true, true, true, true]);
    expect(mayHoldUrls({ text: '', ast: { templateBody: {} } } as unknown as Parameters<typeof mayHoldUrls>[0])).toBe(true);
    expect(holdsUrls("const a = 'https://shop.example'; list.push(a);")).toBe(false);
  });

  it('every rule but no-pii-in-url: not even a value classifier on a sink-free file', () => {
    for (const id of Object.keys(basePlugin.rules).filter((rule) => rule !== 'no-pii-in-url')) {
      counts.classifier = 0;
      expect({ id, classifier: lint(SINK_FREE, 'esm', id).counts.classifier }).toEqual({ id, classifier: 0 });
    }
  });

  it('no-test-event-code: visits nodes only in a file that names the key or the SDK setter, not one that only builds an EventRequest', () => {
    const sdk = "import { EventRequest } from 'facebook-nodejs-business-sdk';\n";
    const listenersFor = (code: string) => lint(`${sdk}${code}`, 'esm', 'no-test-event-code').listeners.get('no-test-event-code');
    expect(listenersFor('await new EventRequest(token, pixel).setEvents(events).execute();')).toEqual(['Program:exit']);
    expect(listenersFor("const body = { test_event_code: code };")).not.toEqual([]);
    expect(listenersFor('new EventRequest(token, pixel).setTestEventCode(code);')).not.toEqual([]);
  });

  it('holds on every sink-free file of a node_modules sample', { timeout: 60_000 }, () => {
    const files = packageSample(root, 120, 30_000).filter((file) => !file.endsWith('.ts'));
    let sinkFree = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (mayReachMeta(text, settings)) continue;
      sinkFree++;
      counts.tracker = counts.payloads = counts.consent = 0;
      const kinds: Kind[] = ['esm', 'script'];
      let run: Run | undefined;
      for (const kind of kinds) {
        const messages = new Linter({ configType: 'flat' }).verify(text, configFor(basePlugin, kind, { rules: false }), { filename: virtualName(kind) });
        if (messages.some((message) => message.fatal)) continue;
        run = lint(text, kind);
        break;
      }
      if (run) expectNoMetaWork(run, text, { skipSelfGated: true });
    }
    expect(sinkFree).toBeGreaterThan(files.length / 2);
  });
});
