# GenLab 메시지 (한국어). en.ftl의 모든 id가 여기에도 있어야 한다 (tests/i18n.rs가 확인).
# 숫자는 이미 형식을 맞춘 문자열로 들어온다.

## 공통 화면
app-tagline = 생성형 모델이 noise를 데이터로 바꾸는 과정을 직접 본다
nav-data = 데이터·장치
nav-diffusion = Diffusion
nav-flow = Flow matching
nav-gan = GAN
nav-vae = VAE
nav-images = 이미지
nav-compare = 비교
lang-switch = 언어

## 비교 페이지
compare-intro = 네 가지 모델, 하나의 데이터셋, 하나의 seed, 하나의 시계. 네 모델은 한 chunk씩 번갈아 학습하므로, 어느 모델도 토글이 정한 몫보다 더 많은 계산을 가져가지 못한다. 몇 초마다 모델마다 샘플 2,000개를 뽑아 같은 함수로 채점한다. 어느 모델이 모든 mode를 지켜낼까? 어느 모델의 샘플이 가장 선명할까? 데이터의 likelihood를 말할 수 있는 모델은 어느 것일까?
compare-train-all = ▶ 모두 학습
compare-pause-all = ❚❚ 모두 멈춤
compare-step = 한 라운드 진행
compare-reset = 모두 초기화
compare-equal-time = 같은 시간
compare-equal-steps = 같은 step 수
compare-clock = 시계를 나누는 방식
compare-preset-9010 = 불균형 90/10
compare-preset-9010-q = 작은 mode를 놓치는 모델은?
compare-preset-far = 멀리 떨어진 두 군집
compare-preset-far-q = 두 군집 사이가 멀어도 둘 다 찾아내는 모델은?
compare-preset-eight = 가우시안 8개
compare-preset-eight-q = 8개 mode를 모두, 고르게 덮는 모델은?
compare-preset-ring = 고리
compare-preset-ring-q = 얇은 고리를 그리는 모델과 가운데 구멍을 메워버리는 모델은?
compare-preset-drawn = 직접 그린 데이터
compare-preset-drawn-q = 데이터 페이지에서 점을 그려 보자. 그 모양을 따라가는 모델은?

family-diffusion = DDPM
family-flow = Flow matching
family-gan = GAN
family-vae = VAE
family-diffusion-what = noise를 한 단계씩 걷어내는 법을 학습한다 (explicit model: likelihood의 하한)
family-flow-what = noise에서 데이터로 가는 속도장을 학습한다 (explicit model: 정확한 likelihood)
family-gan-what = generator와 critic의 경쟁 (implicit model: 샘플만 있고 밀도는 없다)
family-vae-what = 가우시안 latent를 decode한다 (explicit model: ELBO)

panel-at-bar = ✓ 기준 통과
panel-not-yet = ✗ 아직
panel-status = { $step } step · { $seconds }초 학습
panel-waiting = 첫 측정을 기다리는 중
panel-not-measured = 아직 측정 전: 모두 학습 또는 한 라운드 진행을 누른다
panel-samples-alt = { $name }: 데이터 위에 그린 샘플 2,000개
panel-density = 정확한 log 밀도 (파랑, 8 nats)

table-title = 같은 방식으로 측정
table-lede = 측정할 때마다 모델마다 샘플 2,000개를 뽑아, 새로 뽑은 데이터와 같은 함수로 비교한다. 실제 비율: { $shares }.
table-shares = mode별 비율
table-shares-hint = 실제 가중치와 비교
table-covered = 덮은 mode
table-covered-hint = 가중치의 절반 이상
table-covered-value = { $modes }개 중 { $covered }개
table-near = 데이터 근처
table-near-hint = 중심에서 3σ 이내
table-mmd-hint = 기준 < { $bar }
table-frechet = 2차원 Fréchet
table-frechet-hint = FID에 해당하는 값
table-js = 격자 JS
table-js-hint = nats, ≤ ln 2
table-loglik = Log-likelihood
table-loglik-hint = 학습에 쓰지 않은 데이터, 점당 nats
table-tobar = 품질 기준까지
table-tobar-hint = 처음 기준을 통과한 측정
table-tobar-value = { $steps } step · { $seconds }초
table-not-yet = 아직
table-no-modes = mode 없음
table-implicit = 없음: implicit model
table-bound = ≥ { $nats } (하한)
table-exact = { $nats } (정확한 값)
table-nan = 숫자가 아님
table-measuring = 측정 중…
table-truth = 데이터의 실제 밀도로 계산하면 점당 { $nats } nats이다. 평균적으로 어떤 모델도 이 값을 넘을 수 없다. 하한(≥)은 모델의 실제 값보다 한참 아래일 수 있는데, DDPM의 하한이 가장 느슨하다. 처음 몇 단계가 거칠기 때문이다.
table-no-truth = 이 데이터에는 닫힌 형태의 밀도가 없어서, log-likelihood를 비교할 실제 값이 없다.

charts-title = 학습 시간에 따른 변화
charts-lede = 점 하나가 측정 한 번이다. x축은 그 모델이 공유 시계에서 학습한 시간이다 (같은 step 수로 두면 느린 모델이 시간을 더 쓴다).
chart-mmd2 = MMD² (log 눈금)
chart-frechet = 2차원 Fréchet 거리 (log 눈금)
chart-js = 격자 JS divergence (nats)
chart-loglik = 학습에 쓰지 않은 데이터의 log-likelihood (nats)
chart-x = 학습 시간 (초)
chart-truth = 실제 밀도

history-title = 학습 기록
history-live = 현재
history-resume = 여기서 이어 학습
history-resume-hint = 이 시점부터 네 모델을 다시 학습한다. 이후의 기록은 지워진다
history-slider = 네 패널이 보여 줄 학습 시점
history-live-label = 현재: 지금 상태의 모델
history-time-label = 각 모델이 약 { $seconds }초 학습했을 때의 모습 (멈춤)
history-step-label = 각 모델이 약 { $step } step일 때의 모습 (멈춤)
