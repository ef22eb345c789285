/* global fbq */
// Build output, ignored by the monorepo's .gitignore: never part of the inventory.
fbq('init', '1234567890123456', { em: 'someone@example.com' });
