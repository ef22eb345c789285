// corpus: clean
// js/listing-events.js of a property and car marketplace: the pixel parameters Meta's dynamic ads
// for real estate, travel and automotive ask for. Place names and postal codes here describe the
// listing, the hotel or the dealer, never the visitor.

function trackHomeListing(listing) {
  fbq('track', 'ViewContent', {
    content_type: 'home_listing',
    content_ids: [listing.id],
    city: listing.city,
    region: listing.state,
    country: listing.country,
    neighborhood: listing.neighborhood,
    property_type: listing.propertyType,
    listing_type: listing.forSale ? 'for_sale_by_agent' : 'for_rent_by_agent',
    price: listing.price,
    currency: listing.currency,
  });
}

function trackHotelSearch(search, hotel) {
  fbq('track', 'Search', {
    content_type: 'hotel',
    content_ids: hotel ? [hotel.id] : [],
    checkin_date: search.checkIn,
    checkout_date: search.checkOut,
    num_adults: search.adults,
    num_children: search.children,
    city: search.destinationCity,
    country: search.destinationCountry,
  });
}

function trackVehicle(vehicle, dealer) {
  fbq('track', 'ViewContent', {
    content_type: 'vehicle',
    content_ids: [vehicle.vin],
    make: vehicle.make,
    model: vehicle.model,
    year: vehicle.year,
    state_of_vehicle: vehicle.isNew ? 'new' : 'used',
    exterior_color: vehicle.color,
    postal_code: dealer.postalCode,
    price: vehicle.price,
    currency: 'USD',
  });
}

function trackFlight(offer) {
  fbq('track', 'InitiateCheckout', {
    content_type: 'flight',
    origin_airport: offer.from,
    destination_airport: offer.to,
    departing_departure_date: offer.departAt,
    num_adults: offer.passengers,
    value: offer.total,
    currency: offer.currency,
  });
}

document.addEventListener('listing:viewed', (event) => trackHomeListing(event.detail));
document.addEventListener('hotel:searched', (event) => trackHotelSearch(event.detail.search, event.detail.hotel));
document.addEventListener('vehicle:viewed', (event) => trackVehicle(event.detail.vehicle, event.detail.dealer));
document.addEventListener('flight:checkout', (event) => trackFlight(event.detail));
