export type EmailAddress = string;

export interface Account {
  replyTo: EmailAddress;
}
