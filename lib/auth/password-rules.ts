/** Passwords longer than this are refused before hashing so a huge body cannot burn CPU. */
export const MAX_PASSWORD_LENGTH = 256;
