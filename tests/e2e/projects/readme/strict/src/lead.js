// A request URL with an email in it: only configs.strict (includeRequests) reports it.
export const saveLead = (form) => fetch(`/api/lead?email=${form.email}`); // ❌ no-pii-in-url
