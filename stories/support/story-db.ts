import { createMockDb } from '../../mocks/db.js';

/** One mock database for the Storybook tab: edits in one story show in the next, like the demo. */
export const storyDb = createMockDb();
