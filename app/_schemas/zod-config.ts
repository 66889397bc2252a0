// In the browser, zod checks whether it may compile parsers with `new Function`; under the app's
// Content-Security-Policy (no 'unsafe-eval') that probe is reported as a violation even though zod
// catches it. Browsers parse only small forms, so they skip the compiler; the server keeps it (imports).
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });
