import Script from 'next/script';

interface Order {
  id: string;
  total: number;
  customer: { email: string; phone: string };
}

export default function ThankYou({ order, consent }: { order: Order; consent: { marketing: boolean } }) {
  return (
    <main>
      <h1>Thank you</h1>
      {consent.marketing && (
        <Script id="fb-pixel-consented">
          {`!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script',
'https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '1234567890');`}
        </Script>
      )}
      <script
        id="fb-purchase"
        dangerouslySetInnerHTML={{
          __html: `fbq('track', 'Purchase', { value: ${order.total}, currency: 'EUR', email: '${order.customer.email}' });
fbq('trackCustom', 'PregnancyTestOrdered');`,
        }}
      />
      <script>{"fbq('track', 'Lead', { contact: \"x\", phone: window.checkoutPhone });"}</script>
    </main>
  );
}
