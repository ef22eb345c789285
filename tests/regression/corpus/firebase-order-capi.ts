// functions/src/metaPurchase.ts of a Firebase shop: a Cloud Function sends the purchase to the
// Conversions API when the order document is written, for customers who opted in to marketing at
// checkout. The checkout stored the browser's IP, user agent and Meta cookies on the order.
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { defineSecret } from 'firebase-functions/params';
import * as logger from 'firebase-functions/logger';
import axios from 'axios';
import { createHash } from 'node:crypto';

const metaToken = defineSecret('META_CAPI_TOKEN');
const PIXEL_ID = '1357924680135792';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const normEmail = (email: string) => email.trim().toLowerCase();
const normPhone = (phone: string) => phone.replace(/[^0-9]/g, '');

interface OrderDoc {
  total: number;
  currency: string;
  items: { sku: string; quantity: number; price: number }[];
  customer: { email: string; phone?: string; firstName: string; lastName: string; zip: string; country: string };
  client: { ip: string; userAgent: string; fbp?: string; fbc?: string; pageUrl: string };
  marketingOptIn: boolean;
}

export const sendMetaPurchase = onDocumentCreated({ document: 'orders/{orderId}', secrets: [metaToken] }, async (snapshot) => {
  const order = snapshot.data?.data() as OrderDoc | undefined;
  if (!order || !order.marketingOptIn) return;
  const { customer, client } = order;

  const userData = {
    em: [sha256(normEmail(customer.email))],
    ph: customer.phone ? [sha256(normPhone(customer.phone))] : undefined,
    fn: [sha256(customer.firstName.trim().toLowerCase())],
    ln: [sha256(customer.lastName.trim().toLowerCase())],
    zp: [sha256(customer.zip.replace(/\s/g, '').toLowerCase())],
    country: [sha256(customer.country.toLowerCase())],
    client_ip_address: sha256(client.ip), // expect: meta-privacy/no-unhashed-identifiers
    client_user_agent: client.userAgent,
    fbp: client.fbp,
    fbc: client.fbc,
  };

  const { data } = await axios.post(
    `https://graph.facebook.com/v21.0/${PIXEL_ID}/events`,
    {
      data: [
        {
          event_name: 'Purchase',
          event_time: Math.floor(Date.now() / 1000),
          event_id: `order_${snapshot.params.orderId}`,
          event_source_url: client.pageUrl,
          action_source: 'website',
          user_data: userData,
          custom_data: {
            value: order.total,
            currency: order.currency,
            contents: order.items.map((item) => ({ id: item.sku, quantity: item.quantity, item_price: item.price })),
            content_type: 'product',
          },
        },
      ],
    },
    { params: { access_token: metaToken.value() } },
  );
  logger.info('Meta purchase sent', { orderId: snapshot.params.orderId, eventsReceived: data.events_received });
});
