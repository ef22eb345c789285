// src/meta/orders.ts of an Express shop backend: purchase events through the Business SDK, which
// normalizes and hashes the customer's details itself.
import bizSdk from 'facebook-nodejs-business-sdk';
import type { Request } from 'express';

const { Content, CustomData, EventRequest, ServerEvent, UserData } = bizSdk;

const ACCESS_TOKEN = process.env.META_ACCESS_TOKEN!;
const PIXEL_ID = process.env.META_PIXEL_ID!;

interface Order {
  id: string;
  email: string;
  phone: string;
  firstName: string;
  lastName: string;
  customerId: string;
  total: number;
  currency: string;
  deliveryNote?: string;
  marketingConsent: boolean;
  lines: { sku: string; title: string; quantity: number; unitPrice: number }[];
}

function userDataFor(order: Order, req: Request) {
  return new UserData()
    .setEmails([order.email])
    .setPhones([order.phone])
    .setFirstName(order.firstName)
    .setLastName(order.lastName)
    .setExternalId(order.customerId)
    .setClientIpAddress(req.ip ?? '')
    .setClientUserAgent(req.get('user-agent') ?? '')
    .setFbp(req.cookies._fbp)
    .setFbc(req.cookies._fbc);
}

function customDataFor(order: Order) {
  const contents = order.lines.map((line) => new Content().setId(line.sku).setQuantity(line.quantity).setItemPrice(line.unitPrice).setTitle(line.title));
  return new CustomData()
    .setValue(order.total)
    .setCurrency(order.currency)
    .setOrderId(order.id)
    .setContents(contents)
    .setCustomProperties({
      delivery_note: order.deliveryNote,
      customer_phone: order.phone, // expect: meta-privacy/no-raw-pii
    });
}

export function purchaseEvent(order: Order, req: Request) {
  return new ServerEvent()
    .setEventName('Purchase')
    .setEventTime(Math.floor(Date.now() / 1000))
    .setEventId(`order-${order.id}`)
    .setActionSource('website')
    .setEventSourceUrl(`${req.protocol}://${req.get('host')}/checkout/complete`)
    .setUserData(userDataFor(order, req))
    .setCustomData(customDataFor(order));
}

export async function sendPurchase(order: Order, req: Request): Promise<number> {
  if (!order.marketingConsent) return 0;
  const request = new EventRequest(ACCESS_TOKEN, PIXEL_ID).setEvents([purchaseEvent(order, req)]);
  const response = await request.execute();
  return response.events_received;
}
