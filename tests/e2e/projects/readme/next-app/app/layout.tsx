import Script from 'next/script';
import type { ReactNode } from 'react';

// The pixel started in an inline <Script> on every page, with no consent step.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        <Script id="fb-pixel" strategy="afterInteractive">
          {`
            fbq('init', '1234567890'); // ❌ require-consent
            fbq('track', 'PageView');
          `}
        </Script>
      </body>
    </html>
  );
}
