import { p } from '@mikro-orm/core';

/** The primary key every table of the hub uses: a UUID made by the application, so ids exist before the insert. */
export const uuidPrimaryKey = () =>
  p
    .uuid()
    .primary()
    .onCreate(() => crypto.randomUUID());
