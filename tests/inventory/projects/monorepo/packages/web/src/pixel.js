/* global fbq, analytics */
// Web package: the pixel paused until the visitor chooses, a project wrapper and an image pixel.
const PIXEL_ID = '1234567890123456';

export function startPixel(choices) {
  fbq('consent', 'revoke');
  fbq('init', PIXEL_ID);
  if (choices.marketing) fbq('consent', 'grant');
}

export function trackSignup(user) {
  analytics.track('CompleteRegistration', { email: user.email, plan: user.plan });
}

export function pixelImage(user, hashedEmail) {
  return `https://www.facebook.com/tr?id=${PIXEL_ID}&ev=Lead&ud[em]=${hashedEmail}&cd[phone]=${user.phone}&dpo=LDU&dpoco=1&dpost=1000`;
}
