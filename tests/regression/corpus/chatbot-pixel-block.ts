// packages/embeds/src/features/pixel.ts of an embeddable chatbot: site owners add a "Meta pixel"
// block to their bot; the embed injects the base code and sends the events the block defines.
export interface PixelBlockOptions {
  pixelId: string;
  eventType: 'Lead' | 'Contact' | 'Schedule' | 'Custom';
  name?: string;
  params?: { key: string; value: string }[];
}

declare const window: Window & {
  fbq?: (command: string, ...args: unknown[]) => void;
};

let initialisedIds: string[] = [];

export const initPixel = (pixelIds: string[]) => {
  const ids = pixelIds.filter((id) => !initialisedIds.includes(id));
  if (ids.length === 0) return;
  initialisedIds = [...initialisedIds, ...ids];
  const script = document.createElement('script');
  script.innerHTML = `!function(f,b,e,v,n,t,s)
  {if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};
  if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
  n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];
  s.parentNode.insertBefore(t,s)}(window, document,'script',
  'https://connect.facebook.net/en_US/fbevents.js');`;
  document.head.appendChild(script);
  for (const id of ids) window.fbq?.('init', id); // expect: meta-privacy/require-consent
};

const toParams = (params: PixelBlockOptions['params']) =>
  params?.reduce<Record<string, string>>((all, param) => ({ ...all, [param.key]: param.value }), {});

export const trackPixelEvent = (options: PixelBlockOptions) => {
  if (!options.pixelId || !window.fbq) return;
  const params = toParams(options.params);
  if (options.eventType === 'Custom') {
    if (!options.name) return;
    window.fbq('trackSingleCustom', options.pixelId, options.name, params);
    return;
  }
  window.fbq('trackSingle', options.pixelId, options.eventType, params);
};
