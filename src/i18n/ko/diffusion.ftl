## Diffusion 페이지
diff-intro-a = Diffusion 모델은 noise를 걷어내는 법을 학습한다.{" "}
diff-intro-forward = 순방향 과정(forward process)
diff-intro-b = 은 데이터를 T개의 작은 단계에 걸쳐 가우시안으로 흐려 놓는 과정인데, 다음과 같은 닫힌 형태로 한 번에 쓸 수 있다:{" "}
diff-intro-c = {"."} 네트워크는 ε을 예측하는 방식으로{" "}
diff-intro-reverse = 역방향 단계(reverse step)
diff-intro-d = {" "}{ $step }를 학습한다. 순수한 noise에서 출발해 이 단계를 되풀이하면 noise가 데이터로 바뀐다.

diff-forward-title = 순방향 과정 q(x_t | x_0)
diff-forward-lede = 회색은 데이터 x_0, 파란색은 step t에서의 같은 점들이다. 점마다 ε을 하나씩 고정해 두고, 닫힌 형태로 단숨에 계산한다. t = T에 이르면 N(0, I)와 구별할 수 없어야 한다.
diff-forward-t = diffusion의 step t

diff-schedule-title = noise 스케줄
diff-schedule-lede = 각 step이 noise를 얼마나 더하는지(β_t), 그리고 step t까지 데이터가 얼마나 살아남는지(ᾱ_t = ∏(1 − β_s))를 보여 준다.
diff-schedule-kind = 종류
diff-kind-linear = 선형
diff-kind-cosine = 코사인
diff-kind-sigmoid = 시그모이드
diff-schedule-steps = step 수 T
diff-beta-start = β 시작값
diff-beta-end = β 끝값
diff-chart-alpha-bar = ᾱ_t (남은 신호)
diff-chart-log-snr = log 신호 대 noise 비 = ln ᾱ/(1−ᾱ)
diff-schedule-warning = — x_T에 데이터 크기의 { $percent } %(√ᾱ_T)가 아직 남아 있으므로 순수한 noise가 아니다. 샘플링은 N(0, I)에서 출발하기 때문에 결과가 틀어진다. T나 β 끝값을 키우자.
diff-schedule-ok = — 샘플링이 가정하는 대로 x_T는 순수한 noise다.

diff-model-title = ε 네트워크
diff-model-lede = [x_t, t의 사인파 임베딩]을 입력으로 받아 ε을 예측하는 MLP다. 유닛 { $hidden }개짜리 은닉층 { $layers }개, 파라미터는 { $params }개.
diff-stale = 지금 모델은 다른 설정(noise 스케줄, 크기, 옵티마이저)으로 학습되었다. 샘플도 이전 설정을 따른다.
diff-lr = 학습률 (log₁₀)
diff-lr-hint = Adam의 step 크기
diff-batch = batch 크기
diff-width = 너비
diff-depth = 은닉층 수

diff-reverse-title = 역방향 과정 { $step }
diff-reverse-lede = 순수한 noise x_T ~ N(0, I)에서 뽑은 점 2,000개로 출발해, 학습한 역방향 단계를 거듭 적용한다. 주황색 선은 몇몇 점의 궤적이고, 초록색 화살표는 −ε̂, 즉 현재 t에서 모델이 점을 미는 방향(score)이다.
diff-sampler-ddpm = DDPM (T step을 모두 밟는 ancestral 샘플링)
diff-ddim-steps = DDIM step 수
diff-ddim-eta = η (0이면 결정론적)
diff-run-reverse = 역방향 과정 실행
diff-showing-x0 = x̂_0 표시 중
diff-showing-xt = x_t 표시 중
diff-trails = 궤적
diff-field = noise 제거 방향
diff-canvas-empty = 조금 학습한 뒤 역방향 과정을 실행해 보자
diff-label-samples = 샘플 x_0
diff-label-x0 = t = { $t }에서 예측한 x̂_0
diff-label-xt = t = { $t }의 x_t
diff-label-frame = { $what }   (프레임 { $frame }/{ $frames })
diff-sampling-step = 샘플링 step
diff-no-chain = 아직 샘플링 전
diff-chain-info = 점 { $n }개, 프레임 { $frames }개. 학습 { $step } step 시점의 모델로 { $sampler } 샘플링, { $seconds }초 걸렸다.
diff-chain-ddim = DDIM (step { $steps }번, η = { $eta })
diff-alt-forward = t = { $t }의 x_t (ᾱ_t = { $ab }, 신호 { $signal }% 유지)
