// Public library entry point of talkdex.
export {};
