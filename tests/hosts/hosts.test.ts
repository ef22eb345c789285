// Where pixel code lives besides .js files: a Next.js app router project (inline <Script> and
// dangerouslySetInnerHTML, through the inline-scripts processor), a plain HTML page (eslint-plugin-html
// plus the image-pixels processor) and Vue SFCs (vue-eslint-parser, the nuxt `$fb` wrapper). Each
// fixture project under tests/hosts/projects has its own eslint.config.js and is linted through the
// real `ESLint` class of ESLint 10 and ESLint 9. Needs `npm run build`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint9';
import { describe, expect, it } from 'vitest';

const projects = path.join(path.dirname(fileURLToPath(import.meta.url)), 'projects');

type Engine = 'eslint10' | 'eslint9';

interface LintMessageLike {
  ruleId: string | null;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

interface LintResultLike {
  filePath: string;
  messages: LintMessageLike[];
}

/** `file rule@line:column-endLine:endColumn` for every message of a fixture project. */
async function lintProject(engine: Engine, project: string): Promise<string[]> {
  const cwd = path.join(projects, project);
  const results: LintResultLike[] = engine === 'eslint10' ? await new ESLint10({ cwd }).lintFiles(['.']) : await new ESLint9({ cwd }).lintFiles(['.']);
  return results.flatMap((result) =>
    result.messages.map((m) => {
      const file = path.relative(cwd, result.filePath).split(path.sep).join('/');
      return `${file} ${m.ruleId?.replace('meta-privacy/', '') ?? 'fatal'}@${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
    }),
  );
}

const engines: Array<[label: string, engine: Engine]> = [
  [`ESLint ${ESLint10.version} (eslint)`, 'eslint10'],
  [`ESLint ${ESLint9.version} (eslint9)`, 'eslint9'],
];

const EXPECTED: Array<[host: string, project: string, findings: string[]]> = [
  [
    'Next.js app router: inline <Script> children and dangerouslySetInnerHTML, at their host positions',
    'next-app',
    [
      // fbq('init', '${PIXEL_ID}') in the pasted base code, replacing the host's report on the whole literal
      'app/layout.tsx require-consent@19:13-19:39',
      // (the base code rendered under `consent.marketing &&` stays quiet)
      // email: '${order.customer.email}' in a dangerouslySetInnerHTML template
      'app/thank-you/page.tsx no-raw-pii@25:87-25:119',
      // fbq('trackCustom', 'PregnancyTestOrdered')
      'app/thank-you/page.tsx no-sensitive-event-data@26:20-26:42',
      // phone: window.checkoutPhone in a <script>{"…"}</script> string with escaped quotes before it
      'app/thank-you/page.tsx no-raw-pii@29:56-29:83',
    ],
  ],
  [
    'plain HTML: inline base code through eslint-plugin-html, the image pixels through image-pixels',
    'html',
    [
      // fbq('init', '1234567890') without consent
      'index.html require-consent@15:7-15:32',
      // dataProcessingOptions after init
      'index.html valid-data-processing-options@16:7-16:53',
      // <noscript><img src="…&amp;ev=HivTestBooked…">: the URL in the attribute
      'index.html no-sensitive-event-data@20:12-20:89',
      // <img src="…&dpo=LDU…"> without dpoco/dpost (the commented-out <img> is skipped)
      'index.html valid-data-processing-options@26:15-26:83',
    ],
  ],
  [
    'Vue SFCs: <script> and <script setup lang="ts">, this.$fb and useNuxtApp().$fb, template event handlers, a template image pixel',
    'vue',
    [
      // <noscript><img src="…ev=DiabetesScreening…"> in the template
      'components/CheckoutButton.vue no-sensitive-event-data@3:23-3:96',
      // this.$fb.enable() in mounted(): the pixel starts whatever the visitor chose
      'components/CheckoutButton.vue require-consent@10:5-10:22',
      // email: this.user.email in this.$fb.track()
      'components/CheckoutButton.vue no-raw-pii@14:64-14:86',
      // email: form.email in a template @submit handler's $fb.track() (its $fb.enable() is under v-if consent)
      'components/LeadForm.vue no-raw-pii@9:71-9:88',
      // content_name: 'Rehab intake' in $fb.track() ($fb from useNuxtApp(); its enable() is consent-guarded)
      'pages/booking.vue no-sensitive-event-data@10:41-10:55',
      // customer_email: props.email in useNuxtApp().$fb.track()
      'pages/booking.vue no-raw-pii@11:36-11:63',
    ],
  ],
];

describe.each(engines)('%s', (_label, engine) => {
  it.each(EXPECTED)('%s', async (_host, project, findings) => {
    expect(await lintProject(engine, project)).toEqual(findings);
  });
});
