location.href = `/thanks?email=${user.email}`;
