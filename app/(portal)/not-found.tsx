import { NotFoundContent } from "@/components/feedback/not-found-content";

/** notFound() inside the portal (unknown id, forbidden section) keeps the header and navigation. */
export default function PortalNotFound() {
  return <NotFoundContent />;
}
