// A local script ignored by packages/api/.gitignore: never part of the inventory.
fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Debug', user_data: { em: 'x', ph: 'y' } }] }) });
