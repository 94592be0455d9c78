
## Text alternatives of the canvases (src/describe.rs): what a view shows now, for screen readers.
alt-left-cluster = left cluster
alt-right-cluster = right cluster
alt-mode = mode { $n }
alt-share = { $pct } % { $mode }
alt-cloud-empty = { $what }: nothing drawn yet
alt-cloud-modes = { $what }: { $n } points — { $shares }
alt-cloud-spread = { $what }: { $n } points around ({ $x }, { $y }), spread { $sd }
alt-value = { $name } { $value }
alt-series-empty = { $title }: no values yet
alt-series = { $title }, { $at }: { $values }
alt-at-step = at step { $step }
alt-after-seconds = after { $s } s of training
alt-bars = { $title }: { $shares }; empty bars: { $empty }
alt-raw = { $text }
alt-curve = { $title }: { $first } at the first step, { $last } at step { $steps }
alt-both = { $a }. { $b }
alt-what-ddpm-samples = DDPM samples at step { $step }
