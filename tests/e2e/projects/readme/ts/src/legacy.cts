declare const fbq: (...args: unknown[]) => void;

export = function trackScreening(): void {
  fbq('trackCustom', 'DepressionScreeningStarted'); // ❌ no-sensitive-event-data
};
