const ADDRESS = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+\.[^\s<>"'(),;:@]+/g

/** Removes e-mail addresses from a message (SMTP replies often quote the recipient). */
export function redactAddresses(message: string) {
  return message.replace(ADDRESS, "<address>")
}
