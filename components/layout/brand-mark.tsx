/** The portal's own mark: a simple star on a red tile (deliberately not a state or Party emblem). */
export function BrandMark({ className = "size-9" }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 40 40" className={className}>
      <rect width="40" height="40" rx="8" fill="#b91c1c" />
      <path fill="#fde68a" d="M20 8.5l3.1 8.1 8.7.4-6.8 5.4 2.3 8.4L20 26l-7.3 4.8 2.3-8.4-6.8-5.4 8.7-.4z" />
    </svg>
  );
}
