// What the worker reviews, shared by the worker and the content script (which does not even send a
// draft the worker would refuse).

/**
 * The longest draft the worker reviews (characters): a review stays within 50 ms up to here (see
 * `npm run bench`). A longer draft is not analysed at all: the coach says it is too long to review.
 */
export const MAX_REVIEW_CHARS = 30_000;
/** Only the start of a longer customer message (the newest message; quoted history follows it) is read for its feeling. */
export const MAX_CUSTOMER_CHARS = 10_000;

export const tooLongNotice = (length: number) =>
  `This draft is too long to review (${length.toLocaleString('en-US')} characters; the coach reviews up to ${MAX_REVIEW_CHARS.toLocaleString('en-US')}).`;
