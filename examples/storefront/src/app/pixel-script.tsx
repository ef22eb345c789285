// Meta's base code pasted into the root layout the way Meta's setup guide shows it for Next.js: as
// the text of a <Script> element. The plugin checks that text with the same rules as any file.
import Script from 'next/script';

const PIXEL_ID = '1234567890123456';

interface Visitor {
  email: string;
  consent: { marketing: boolean };
}

export function MetaPixel() {
  return (
    <Script id="fb-pixel" strategy="afterInteractive">
      {`
        // ✅ the base code as Meta ships it: defines fbq and loads fbevents.js
        !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
        n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
        n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
        t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script',
        'https://connect.facebook.net/en_US/fbevents.js');

        // ❌ require-consent: the pixel starts on every page, before the visitor has chosen anything
        fbq('init', '${PIXEL_ID}');

        // ✅ a plain PageView
        fbq('track', 'PageView');
      `}
    </Script>
  );
}

/** The newsletter thank-you page reports the sign-up from an inline script. */
export function NewsletterThanks({ visitor }: { visitor: Visitor }) {
  return (
    <>
      {visitor.consent.marketing && (
        <script
          dangerouslySetInnerHTML={{
            __html: `
              // ❌ no-raw-pii: the visitor's email address, written into the script, goes to Meta in clear
              fbq('trackCustom', 'NewsletterSignup', { source: 'footer', subscriber: '${visitor.email}' });
            `,
          }}
        />
      )}
    </>
  );
}
