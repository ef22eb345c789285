// A Cloudflare Worker behind an ad's landing page: it records the visitor's answer to the age gate
// as a Conversions API event, then redirects. Test mode was switched on by hand while setting it up.
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const choice = url.searchParams.get('choice');

    // --- settings ---
    const PIXEL_ID = '1091970342909970';
    const TEST_CODE = 'TEST89426';
    const USE_TEST_MODE = true; // change to false when going live
    // ----------------

    if (url.pathname !== '/gate') return new Response('ok');
    if (request.headers.get('Sec-GPC') === '1' || url.searchParams.get('consent') !== 'granted') {
      return Response.redirect(`${env.SITE_URL}/welcome`, 302);
    }

    let eventData = {
      event_name: 'ViewContent',
      event_time: Math.floor(Date.now() / 1000),
      action_source: 'website',
      event_source_url: request.headers.get('referer') || env.SITE_URL,
      user_data: {
        client_ip_address: request.headers.get('cf-connecting-ip'),
        client_user_agent: request.headers.get('user-agent'),
        fbp: url.searchParams.get('fbp') || undefined,
        fbc: url.searchParams.get('fbc') || undefined,
      },
      custom_data: { content_name: 'Age gate', value: 0.003, currency: 'USD' },
    };

    if (choice === 'yes') {
      eventData.event_name = 'Lead';
      eventData.custom_data = { content_name: 'Age gate - accepted', value: 3.5, currency: 'USD' };
    } else if (choice === 'no') {
      eventData.custom_data = { content_name: 'Age gate - declined', value: 0, currency: 'USD' };
    }

    const payload = {
      data: [eventData],
      ...(USE_TEST_MODE ? { test_event_code: TEST_CODE } : {}), // expect: meta-privacy/no-test-event-code
    };

    try {
      const fbResponse = await fetch(`https://graph.facebook.com/v21.0/${PIXEL_ID}/events?access_token=${env.FB_ACCESS_TOKEN}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
      });
      if (!fbResponse.ok) console.error('Meta error', await fbResponse.text());
    } catch (error) {
      console.error('Meta request failed', error);
    }

    return Response.redirect(choice === 'yes' ? `${env.SITE_URL}/offer` : `${env.SITE_URL}/goodbye`, 302);
  },
};
