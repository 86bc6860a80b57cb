import { CardSkeleton, LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function PortalLoading() {
  return (
    <LoadingRegion>
      <Skeleton className="h-8 w-64 max-w-full" />
      <Skeleton className="mt-3 h-4 w-96 max-w-full" />
      <div className="mt-8 grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-hidden="true">
        <CardSkeleton />
        <CardSkeleton />
        <CardSkeleton />
      </div>
    </LoadingRegion>
  );
}
