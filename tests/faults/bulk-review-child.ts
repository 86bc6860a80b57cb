// A separate portal process for lib/review/bulk-review-kill.test.ts: runs one bulk review (the real use
// case, on DATABASE_URL) and is killed by the test while an item's transaction is open.
// Run: node --conditions=react-server --import tsx tests/faults/bulk-review-child.ts '<json>'
import { bulkReview } from "../../lib/review/bulk-review";
import type { Actor } from "../../lib/auth/types";
import type { BulkReviewInput } from "../../lib/review/schema";

const { actor, input } = JSON.parse(process.argv[2]) as { actor: Actor; input: BulkReviewInput };
const result = await bulkReview(actor, input);
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
