'use client';

// Booking page of the in-store clinic. Reports bookings to Meta through react-facebook-pixel (the
// pixel itself is loaded by layout.tsx) and sends the visitor on to a confirmation page.
import ReactPixel from 'react-facebook-pixel';
import Link from 'next/link';
import { useRouter } from 'next/navigation';

interface Patient {
  id: string;
  email: string;
}

type Service = 'checkup' | 'rehab';

/** Custom event names, kept in one place. */
const CLINIC_EVENTS = {
  checkup: 'AppointmentBooked',
  rehab: 'RehabIntakeBooked',
  promo: 'BlackFridaySale',
} as const;

async function saveBooking(service: Service, slot: string): Promise<{ bookingId: string }> {
  const response = await fetch('/api/bookings', { method: 'POST', body: JSON.stringify({ service, slot }) });
  return response.json();
}

export default function ClinicBooking({ patient }: { patient: Patient }) {
  const router = useRouter();

  async function book(service: Service, slot: string): Promise<void> {
    const { bookingId } = await saveBooking(service, slot);
    if (service === 'rehab') {
      // ❌ no-sensitive-event-data: the event name (defined in CLINIC_EVENTS) tells Meta this visitor booked an addiction-rehab intake
      ReactPixel.trackCustom(CLINIC_EVENTS.rehab, { value: 0, currency: 'EUR' });
    } else {
      // ✅ a neutral custom event name
      ReactPixel.trackCustom(CLINIC_EVENTS.checkup, { value: 0, currency: 'EUR' });
    }
    // ❌ no-pii-in-url: the confirmation page URL carries the patient's email, and the pixel on that page sends its URL to Meta
    router.push(`/clinic/confirmed?booking=${bookingId}&email=${encodeURIComponent(patient.email)}`);
  }

  function openPromo(): void {
    // ✅ "Black Friday" is a sale, not ethnicity
    ReactPixel.trackCustom(CLINIC_EVENTS.promo);
    // ✅ an opaque patient id and static values in the URL
    router.push(`/clinic/offers?patient=${patient.id}&source=booking-page&channel=email`);
  }

  return (
    <section>
      <button type="button" onClick={() => void book('checkup', 'next-free')}>
        Book a check-up
      </button>
      <button type="button" onClick={openPromo}>
        Offers
      </button>
      <Link href={{ pathname: '/clinic/help', query: { from: 'booking' } }}>Need help?</Link>
    </section>
  );
}
