export function thanks(user) {
  location.href = `/thanks?email=${user.email}`;
}
