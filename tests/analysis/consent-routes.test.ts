// Route middleware (src/analysis/facts/consent/route-middleware.ts) on the shapes the rule tests leave
// out: paths, prefixes, hooks, chains, mounts and middleware bodies, by the coverage the rules read.
import { describe, expect, it } from 'vitest';
import { getConsent } from '../../src/analysis/facts/consent.js';
import { probe } from './probe.js';

/** The coverage kind of each `deliver('x')` call, as for Conversions API sends (no revoke). */
function covered(code: string, labels: readonly string[], typescript = false): (string | undefined)[] {
  const result = probe(code, { typescript });
  const consent = getConsent(result.analysis);
  return labels.map((label) => consent.coverage(result.node(`deliver('${label}')`), { afterRevoke: false })?.kind);
}

describe('route calls', () => {
  it('takes a regular-expression path, a path held in a constant, a koa-router name before the path, a path written with as', () => {
    const code = `
      const EVENTS_PATH = '/api/events';
      app.post(/^\\/api\\/a$/, requireConsent, async (req, res) => { await deliver('a'); });
      app.post(EVENTS_PATH, requireConsent, async (req, res) => { await deliver('b'); });
      router.post('lead', '/c', requireConsent, async (ctx) => { await deliver('c'); });
      app.post('/d' as const, requireConsent, async (req: Request, res: Response) => { await deliver('d'); });
    `;
    expect(covered(code, ['a', 'b', 'c', 'd'], true)).toEqual(['check', 'check', 'check', 'check']);
  });

  it('takes no call that is not a route: another method, a plain function, a first argument that is no path, a number', () => {
    const code = `
      queue.process('lead', requireConsent, async (job) => { await deliver('a'); });
      post('/b', requireConsent, async (req, res) => { await deliver('b'); });
      settings.get(key, requireConsent, async () => { await deliver('c'); });
      store.get(1, requireConsent, async () => { await deliver('d'); });
    `;
    expect(covered(code, ['a', 'b', 'c', 'd'])).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('middleware arguments', () => {
  it('takes a consent middleware in an array, after a hole or another one, or among hook options after another hook', () => {
    const code = `
      app.post('/a', [, requireConsent], async (req, res) => { await deliver('a'); });
      app.post('/b', [cors(), requireConsent], async (req, res) => { await deliver('b'); });
      fastify.post('/c', { onRequest: authenticate, preHandler: requireConsent }, async (request) => { await deliver('c'); });
    `;
    expect(covered(code, ['a', 'b', 'c'])).toEqual(['check', 'check', 'check']);
  });

  it('takes no middleware after the handler, none that is not about consent, no hook that runs after the handler', () => {
    const code = `
      app.post('/a', async (req, res) => { await deliver('a'); }, requireConsent);
      app.post('/b', [cors(), bodyParser.json()], async (req, res) => { await deliver('b'); });
      app.post('/c', cors(), async (req, res) => { await deliver('c'); });
      fastify.post('/d', { onResponse: requireConsent }, async (request) => { await deliver('d'); });
      app.post('/e', analyticsConsent, async (req, res) => { await deliver('e'); });
    `;
    expect(covered(code, ['a', 'b', 'c', 'd', 'e'])).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('takes a consent factory given options, and a local factory only when what it returns checks consent', () => {
    const code = `
      const logger = () => (req, res, next) => { console.log(req.path); next(); };
      const limit = () => rateLimit();
      app.post('/a', requireConsent(options), async (req, res) => { await deliver('a'); });
      app.post('/b', logger(), async (req, res) => { await deliver('b'); });
      app.post('/c', limit(), async (req, res) => { await deliver('c'); });
    `;
    expect(covered(code, ['a', 'b', 'c'])).toEqual(['check', undefined, undefined]);
  });
});

describe('middleware registered before the route', () => {
  it('looks past other middleware: later links of a chain, later hooks and later use calls', () => {
    const code = `
      createRouter().use(requireConsent).use(cors()).post(async (req, res) => { await deliver('a'); });
      fastify.addHook('preHandler', authenticate);
      fastify.addHook('preHandler', requireConsent);
      fastify.post('/b', async (request) => { await deliver('b'); });
      app.use(cors());
      app.use(requireConsent);
      app.post('/c', async (req, res) => { await deliver('c'); });
    `;
    expect(covered(code, ['a', 'b', 'c'])).toEqual(['check', 'check', 'check']);
  });

  it('takes no hook that runs after the handler, for a route whose path is not known either', () => {
    const code = `
      server.addHook('onSend', requireConsent);
      server.post(/\\/e/, async (request, reply) => { await deliver('a'); });
    `;
    expect(covered(code, ['a'])).toEqual([undefined]);
  });

  it('takes no middleware on another app or router: a global of another name, a local of the same name elsewhere, another member chain', () => {
    const code = `
      app.use(requireConsent);
      server.post('/a', async (req, res) => { await deliver('a'); });
      export function admin() { const router = express.Router(); router.use(requireConsent); return router; }
      export function api() { const router = express.Router(); router.post('/b', async (req, res) => { await deliver('b'); }); return router; }
      class Server { start() { this.admin.use(requireConsent); this.api.post('/c', async (req, res) => { await deliver('c'); }); } }
    `;
    expect(covered(code, ['a', 'b', 'c'])).toEqual([undefined, undefined, undefined]);
  });

  it('leaves a plain function named use alone', () => {
    expect(covered("const config = use(loadConfig());\napp.post('/a', async (req, res) => { await deliver('a'); });", ['a'])).toEqual([undefined]);
  });
});

describe('middleware used under a path', () => {
  it('covers a route under a wildcard prefix, one with a trailing slash, at the prefix itself, under /, and when a path is not known', () => {
    const code = `
      app.use('/api/*', requireConsent);
      app.post('/api/a', async (req, res) => { await deliver('a'); });
      koa.use('/b(.*)', requireConsent);
      koa.post('/b', async (ctx) => { await deliver('b'); });
      server.use('/', requireConsent);
      server.post('/c', async (req, res) => { await deliver('c'); });
      hono.use('/d/', requireConsent);
      hono.post('/d/e', async (c) => { await deliver('d'); });
      api.use(config.prefix, requireConsent);
      api.post('/e', async (req, res) => { await deliver('e'); });
      web.use('/f', requireConsent);
      web.post(/\\/f\\/.*/, async (req, res) => { await deliver('f'); });
      site.use((req, res, next) => { if (req.cookies.ad_consent) next(); });
      site.post('/g', async (req, res) => { await deliver('g'); });
    `;
    expect(covered(code, ['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toEqual(['check', 'check', 'check', 'check', 'check', 'check', 'check']);
  });

  it('does not cover a route whose path only starts with the same letters, or a handler for every path', () => {
    const code = `
      app.use('/api', requireConsent);
      app.post('/apiary', async (req, res) => { await deliver('a'); });
      router.use('/api', requireConsent);
      router.post(async (req, res) => { await deliver('b'); });
    `;
    expect(covered(code, ['a', 'b'])).toEqual([undefined, undefined]);
  });
});

describe('mounted routers', () => {
  it('takes no middleware written after the router it mounts', () => {
    const code = "const capi = express.Router();\ncapi.post('/events', async (req, res) => { await deliver('a'); });\napp.use('/capi', capi, requireConsent);";
    expect(covered(code, ['a'])).toEqual([undefined]);
  });
});

describe('Fastify route options', () => {
  it('takes a hook in options held in a variable; without one, nothing', () => {
    const code = `
      const guarded = { method: 'POST', url: '/a', preHandler: requireConsent, handler: async (request) => { await deliver('a'); } };
      const plain = { method: 'POST', url: '/b', handler: async (request) => { await deliver('b'); } };
      fastify.route(guarded);
      fastify.route(plain);
    `;
    expect(covered(code, ['a', 'b'])).toEqual(['check', undefined]);
  });
});

describe('middleware bodies', () => {
  it('takes a middleware whose next(error) in a catch passes no request on, and one whose early exit answers before other work', () => {
    const code = `
      function gate(req, res, next) {
        try { if (!req.cookies.ad_consent) return res.sendStatus(403); next(); } catch (error) { next(error); }
      }
      function answers(req, res) { log(req.path); if (!req.cookies.ad_consent) { res.statusCode = 403; return; } }
      app.post('/a', gate, async (req, res) => { await deliver('a'); });
      app.post('/b', answers, async (req, res) => { await deliver('b'); });
    `;
    expect(covered(code, ['a', 'b'])).toEqual(['check', 'check']);
  });

  it('takes no answer made later by a callback, nor one that falls through', () => {
    const code = `
      function later(req, res) { if (!req.cookies.ad_consent) { setTimeout(() => res.end()); return; } }
      function fallsThrough(req, res) { if (!req.cookies.ad_consent) res.status(403); }
      app.post('/a', later, async (req, res) => { await deliver('a'); });
      app.post('/b', fallsThrough, async (req, res) => { await deliver('b'); });
    `;
    expect(covered(code, ['a', 'b'])).toEqual([undefined, undefined]);
  });
});
