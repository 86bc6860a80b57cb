/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies (and on grey print). */
export const PALETTE = {
  blue: "#0072B2",
  orange: "#E69F00",
  green: "#009E73",
  vermillion: "#D55E00",
  sky: "#56B4E9",
  purple: "#CC79A7",
} as const;
