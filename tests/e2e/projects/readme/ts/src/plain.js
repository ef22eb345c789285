export const pageView = () => fbq('track', 'PageView');
