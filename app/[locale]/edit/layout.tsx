import type { ReactNode } from "react";
import { SectionMessages } from "@/app/_components/SectionMessages";

// This section's browser code needs its own message catalogs, which the site shell leaves out.
export default function EditLayout({ children }: { children: ReactNode }) {
  return <SectionMessages>{children}</SectionMessages>;
}
