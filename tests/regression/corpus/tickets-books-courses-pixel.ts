// src/lib/metaPixel.ts of a marketplace for concert tickets, books and online courses: the content
// people browse is named after people (performers, authors, instructors); none of them is the
// visitor. The pixel is started by the site's consent banner.
declare const fbq: (...args: unknown[]) => void;

interface Concert { id: string; performer: { name: string }; venue: { name: string; city: string }; price: number }
interface Book { isbn: string; title: string; author: { fullName: string }; price: number }
interface Course { slug: string; title: string; instructor: { firstName: string; lastName: string; displayName: string }; price: number }

export function trackConcertView(concert: Concert) {
  fbq('track', 'ViewContent', {
    content_ids: [concert.id],
    content_name: concert.performer.name,
    content_category: 'Concerts',
    venue: concert.venue.name,
    city: concert.venue.city,
    value: concert.price,
    currency: 'EUR',
  });
}

export function trackBookView(book: Book) {
  fbq('track', 'ViewContent', {
    content_ids: [book.isbn],
    content_name: book.title,
    author: book.author.fullName, // a book's author is catalogue data, not the visitor's name
    content_type: 'product',
    value: book.price,
    currency: 'EUR',
  });
}

export function trackCourseAdded(course: Course) {
  fbq('track', 'AddToCart', {
    content_ids: [course.slug],
    contents: [{ id: course.slug, quantity: 1, title: course.title, instructor: course.instructor.displayName }],
    content_name: `${course.title} with ${course.instructor.firstName} ${course.instructor.lastName}`, // the instructor named in a course title is not the visitor
    value: course.price,
    currency: 'EUR',
  });
}

export function trackGiftPurchase(order: { id: string; total: number; recipient: { name: string; email: string } }) {
  fbq('track', 'Purchase', {
    value: order.total,
    currency: 'EUR',
    order_id: order.id,
    gift_recipient: order.recipient.email, // expect: meta-privacy/no-raw-pii
  });
}
