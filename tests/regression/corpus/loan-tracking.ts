// src/tracking/meta.ts of a consumer-loan comparison site: pixel events along the application
// funnel. The pixel itself is started by the consent manager (see consent.ts).
declare const fbq: (...args: unknown[]) => void;

export type LoanProduct = 'personal' | 'auto' | 'home-improvement' | 'debt-consolidation';

export interface ApplicationStep {
  applicationId: string;
  product: LoanProduct;
  amount: number;
  termMonths: number;
  creditBand: 'excellent' | 'good' | 'fair' | 'poor';
}

const EVENTS = {
  calculator: 'LoanCalculatorUsed',
  started: 'ApplicationStarted',
  consolidation: 'DebtConsolidationQuote',
} as const;

export function trackCalculator(amount: number, termMonths: number) {
  fbq('trackCustom', EVENTS.calculator, { value: amount, currency: 'USD', term_months: termMonths });
}

export function trackProductView(product: LoanProduct) {
  fbq('track', 'ViewContent', {
    content_name: product === 'auto' ? 'Auto loan' : 'Personal loan',
    content_category: 'loans',
  });
}

export function trackApplicationStarted(step: ApplicationStep) {
  fbq('trackCustom', EVENTS.started, { value: step.amount, currency: 'USD' });
  if (step.product === 'debt-consolidation') {
    fbq('trackCustom', EVENTS.consolidation); // expect: meta-privacy/no-sensitive-event-data
  }
}

export function trackSubmitted(step: ApplicationStep) {
  fbq('track', 'SubmitApplication', {
    value: step.amount,
    currency: 'USD',
    credit_score_band: step.creditBand, // expect: meta-privacy/no-sensitive-event-data
  });
  window.location.assign(`/apply/submitted?application=${encodeURIComponent(step.applicationId)}`);
}

export function trackMembership() {
  fbq('trackCustom', 'CreditUnionMembershipViewed');
}
