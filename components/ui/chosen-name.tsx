/** Past this many characters a closed select may cut the chosen name: a phone shows about 30 of them. */
const CUT_AT = 30;

/**
 * The chosen option's whole text under a select whose options are long names (campaigns): a closed select
 * shows one line, cut at its edge on a phone. The select already gives screen readers the whole name, so
 * this line is for the eyes only.
 */
export function ChosenName({ text }: { text?: string }) {
  if (!text || text.length <= CUT_AT) return null;
  return (
    <p aria-hidden="true" className="mt-1 text-sm break-words text-slate-700">
      {text}
    </p>
  );
}
