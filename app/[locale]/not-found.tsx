import { NotFoundContent } from "@/app/_components/NotFoundContent";

// notFound() inside a locale's pages (an unknown fact, quiz or attempt).
export default function NotFound() {
  return <NotFoundContent />;
}
