/**
 * Where an object goes when it does not go to Meta: the site's own database, cache, queue, log,
 * browser storage, HTTP response or API (issue 12: a lead row with `fbp` inserted into Supabase, or
 * the browser posting `{ email, phone, fbp, fbc }` to its own `/api/lead`, is not a Meta payload).
 * Words are matched against the split names of a call's receiver chain (`supabase.from('leads')
 * .insert(row)` → supabase from; `env.LEADS_KV.put(k, v)` → env leads kv).
 */

/** Receivers whose writes stay first-party (or go to a service that is not Meta). */
export const FIRST_PARTY_RECEIVER_WORDS: ReadonlySet<string> = new Set([
  // databases and ORMs
  'db', 'database', 'supabase', 'prisma', 'knex', 'drizzle', 'sql', 'pool', 'pg', 'mysql', 'sqlite', 'mongo',
  'mongodb', 'mongoose', 'collection', 'collections', 'table', 'tables', 'repository', 'repo', 'firestore',
  'firebase', 'dynamo', 'dynamodb', 'airtable', 'sheets', 'tx', 'trx', 'orm',
  // caches, key-value stores, queues
  'redis', 'kv', 'cache', 'queue', 'queues', 'sqs', 'sns', 'kafka', 'producer', 'pubsub', 'inngest', 'bull',
  // logs and error reporting
  'console', 'logger', 'log', 'winston', 'pino', 'bunyan', 'sentry',
  // browser storage
  'storage', 'cookies', 'cookie',
  // the HTTP response to the site's own client
  'res', 'response', 'reply', 'ctx',
  // mail, CRM and messaging services
  'mail', 'mailer', 'transporter', 'sendgrid', 'resend', 'mailchimp', 'hubspot', 'crm', 'slack', 'twilio',
  'telegram',
]);

/** Methods that write or send what they are given. */
export const FIRST_PARTY_WRITE_METHODS: ReadonlySet<string> = new Set([
  'insert', 'insertOne', 'insertMany', 'upsert', 'update', 'updateOne', 'updateMany', 'replaceOne', 'create',
  'createMany', 'save', 'values', 'set', 'setItem', 'put', 'add', 'push', 'append', 'send', 'sendMessage',
  'publish', 'enqueue', 'lpush', 'rpush', 'xadd', 'hset', 'hmset', 'write', 'log', 'info', 'warn', 'error',
  'debug', 'trace', 'json', 'end', 'invoke', 'captureMessage', 'captureException', 'sendMail',
]);

/** Methods of an ORM model class (`Lead.create(row)`, `AuditLog.insertMany(rows)`). */
export const MODEL_WRITE_METHODS: ReadonlySet<string> = new Set([
  'create', 'insertMany', 'bulkCreate', 'upsert', 'findOneAndUpdate', 'updateOne', 'findByIdAndUpdate',
]);

/** Plain functions that write to a first-party store (Firestore's modular API, Remix/Next responses). */
export const FIRST_PARTY_FUNCTIONS: ReadonlySet<string> = new Set(['addDoc', 'setDoc', 'updateDoc', 'json']);

/**
 * Words of a function's name that say it logs or reports an error (`logMetaEvent`, `debugCapi`,
 * `trackError`): what it is given is written to the site's own logs, even when the name also says Meta.
 */
export const LOG_NAME_WORDS: ReadonlySet<string> = new Set(['log', 'logs', 'logger', 'logging', 'debug', 'trace', 'warn', 'warning', 'error', 'errors', 'print', 'dump', 'audit']);

/**
 * Words of a function's name that say it returns its argument with parts left out (`compactObject`,
 * `omitUndefined`, `cleanPayload`, `pickBy`): what it is given goes where its result goes. Hashing and
 * normalizing helpers are not among them (their result is not the raw input).
 */
export const PRUNING_NAME_WORDS: ReadonlySet<string> = new Set(['compact', 'clean', 'prune', 'omit', 'pick', 'strip', 'remove', 'drop', 'without']);

/**
 * Functions that define an HTTP handler whose callback's return value is the response body
 * (h3 / Nuxt / Nitro): what the callback returns goes to the site's own client.
 */
export const RESPONSE_HANDLER_FUNCTIONS: ReadonlySet<string> = new Set(['defineEventHandler', 'eventHandler', 'defineCachedEventHandler']);

/** Constructors whose instance is the site's own HTTP response. */
export const RESPONSE_CONSTRUCTORS: ReadonlySet<string> = new Set(['Response', 'NextResponse']);

/**
 * AWS SDK v3 commands (`sqs.send(new SendMessageCommand({ MessageBody }))`, `PutItemCommand`,
 * `PublishCommand`): their input goes to an AWS service, never to Meta. Meta's SDK has no `…Command`.
 */
export const AWS_COMMAND_CONSTRUCTOR = /^[A-Z]\w*Command$/;

/** HTTP client functions (`fetch(url, init)`, `ky(url)`) and the methods of HTTP client objects (`axios.post(url, body)`). */
export const HTTP_FUNCTIONS: ReadonlySet<string> = new Set(['fetch', '$fetch', 'ofetch', 'ky', 'got', 'axios', 'request', 'superagent', 'needle', 'sendBeacon', 'useFetch']);
export const HTTP_METHODS: ReadonlySet<string> = new Set(['post', 'put', 'patch', 'get', 'request', 'sendBeacon']);

/** Text in a URL that points at Meta (the Graph API, the pixel endpoint). */
export const META_URL_PATTERN = /(?:^|[/.])(?:facebook\.com|fb\.com|facebook\.net)(?:[/:?#]|$)/i;

/**
 * Words in a callee, an import path or a variable name that say the code talks to Meta
 * (`sendFacebookEvent`, `metaCapi.send`, `import { send } from '@/lib/meta-capi'`). `meta` alone is
 * too common (`metaData`, page meta tags): it counts with a companion word, or as a whole module name.
 */
export const META_NAME_WORDS: ReadonlySet<string> = new Set(['facebook', 'fb', 'capi', 'fbq']);
export const META_COMPANION_WORDS: ReadonlySet<string> = new Set([
  'capi', 'conversion', 'conversions', 'pixel', 'event', 'events', 'ads', 'server', 'tracking', 'payload', 'user',
]);
