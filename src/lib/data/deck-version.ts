/**
 * The deck file format's version. Apart from the schema (./deck.ts), so that making a new deck
 * does not load zod.
 */
export const DECK_VERSION = 1;
