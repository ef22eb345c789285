// In-memory stand-in for the shop database, so the example is self-contained.
// ✅ nothing here talks to Meta: storing contact details in our own database is not a finding.
import { randomUUID } from 'node:crypto';

const orders = new Map();
const leads = new Map();

export async function createOrder(cart, email) {
  const total = cart.reduce((sum, line) => sum + line.price * line.quantity, 0);
  const order = { id: randomUUID(), email, total, lines: cart };
  orders.set(order.id, order);
  return order;
}

export async function saveLead({ email, phone }) {
  const lead = { id: randomUUID(), email, phone, createdAt: new Date().toISOString() };
  leads.set(lead.id, lead);
  return lead;
}
