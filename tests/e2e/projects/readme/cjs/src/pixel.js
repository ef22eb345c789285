function bookTest() {
  fbq('trackCustom', 'HivTestBooked'); // ❌ no-sensitive-event-data
}

module.exports = { bookTest };
