import { UserData } from 'facebook-nodejs-business-sdk';

// The SDK hashes what UserData's setters receive (fine).
export const userData = (customer) => new UserData().setEmail(customer.email).setPhone(customer.phone);
