
## 캔버스의 대체 텍스트 (src/describe.rs): 화면 낭독기를 위해, 지금 보이는 내용을 말로 옮긴 것.
alt-left-cluster = 왼쪽 군집
alt-right-cluster = 오른쪽 군집
alt-mode = 모드 { $n }
alt-share = { $mode } { $pct }%
alt-cloud-empty = { $what }: 아직 그려진 점이 없습니다
alt-cloud-modes = { $what }: 점 { $n }개 — { $shares }
alt-cloud-spread = { $what }: 점 { $n }개, 중심 ({ $x }, { $y }), 퍼짐 { $sd }
alt-value = { $name } { $value }
alt-series-empty = { $title }: 아직 값이 없습니다
alt-series = { $title }, { $at }: { $values }
alt-at-step = { $step } step 시점
alt-after-seconds = 학습 { $s }초 후
alt-bars = { $title }: { $shares }; 빈 막대 { $empty }개
alt-raw = { $text }
alt-curve = { $title }: 첫 step에서 { $first }, { $steps } step에서 { $last }
alt-both = { $a }. { $b }
alt-what-ddpm-samples = { $step } step의 DDPM 샘플
