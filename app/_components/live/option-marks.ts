// Each option's mark: a shape, a colour and a number, so no option is told apart by colour alone.
export const OPTION_MARKS = [
  { shape: "▲", name: "triangle", className: "optRed" },
  { shape: "◆", name: "diamond", className: "optBlue" },
  { shape: "●", name: "circle", className: "optYellow" },
  { shape: "■", name: "square", className: "optGreen" },
] as const;
