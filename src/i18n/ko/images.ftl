## 이미지 페이지

# 숫자 데이터와 forward process
img-intro = 같은 diffusion을 이번에는 그림에 적용해 보자. 픽셀 하나가 좌표 하나이고, forward process인 x_t = √ᾱ_t · x_0 + √(1 − ᾱ_t) · ε가 모든 픽셀에 한꺼번에 noise를 더한다. 스케줄은 Diffusion 페이지에서 정한 것을 그대로 쓴다.
img-digits-title = 실제 손글씨 숫자 (MNIST)
img-digits-lede = 평가용으로 떼어 둔 MNIST 숫자 2,000개 중 { $n }개(클래스 0–9 차례로), seed { $seed }로 골랐다. MNIST: LeCun, Cortes, Burges, CC BY-SA 3.0. 여기 모델은 나머지 8,000개로 학습했고 이 숫자들과 비교해 평가한다.
img-digits-loading = 실제 숫자를 불러오는 중 (1.7 MB, 한 번만; 오프라인용으로 보관)…
img-own-title = 직접 고른 그림
img-own-hint = PNG나 JPEG 파일을 넣으면 forward process가 그 그림에 noise를 더하는 모습을 볼 수 있다. 그림은 흑백으로 바뀌고 MNIST 숫자와 같은 방식으로 준비된다(잉크 부분을 20픽셀 상자에 맞추고 모델의 입력 크기인 28×28 가운데에 놓는다). 그런 뒤 forward process 화면의 첫 칸에 놓인다.
img-upload = 내 그림 사용하기 (PNG 또는 JPEG)…
img-back = 숫자 데이터로 돌아가기
img-forward-title = 이미지에 적용한 forward process
img-forward-lede = step t = { $t } / { $last }: ᾱ_t = { $ab }, 신호 가중치 √ᾱ_t = { $signal }, noise 가중치 √(1 − ᾱ_t) = { $noise }.
img-t-aria = Diffusion의 step t
img-strip-upload = 내 그림의 t = 0 … T
img-strip-digit = 첫 번째 숫자의 t = 0 … T

# reverse process
img-reverse-title = Reverse process: 한 step씩 noise 걷어내기
img-reverse-lede = 이미지 16장이 순수한 noise에서 출발하고, U-Net이 그 noise를 한 step씩 걷어낸다. 왼쪽은 x_t이고, 오른쪽은 같은 step에서 모델이 추정한 깨끗한 이미지 x̂_0 = (x_t − √(1 − ᾱ_t)·ε̂)/√ᾱ_t이다. guidance 세기 w는 클래스 조건부 예측과 조건 없는 예측을 ε̂ = (1 + w)·ε(x, c) − w·ε(x, ∅)로 섞는다. w가 클수록 숫자는 깨끗해지지만 다양성은 줄어든다. 이 모델은 자체 스케줄(선형 β, T = 1000)로 학습했고, DDIM은 그 step 가운데 일부만 거쳐 간다.
img-loading = 기본 제공 모델을 불러오는 중…
img-loading-progress = 기본 제공 모델을 불러오는 중… { $total } kB 중 { $done } kB
img-model-loaded = 모델을 불러왔다: 파라미터 { $params }개짜리 U-Net ({ $kb } kB, f16).
img-working = 계산 중…
img-denoise = noise에서 이미지 16장 만들기
img-chain-info = { $sampler }: { $steps } step, { $seconds }초 (프레임 { $frames }개 보관), guidance { $w }, { $model } 모델
img-model-shipped = 기본 제공
img-model-trained = 여기서 { $steps } step 학습한
img-x0-title = x̂_0 (모델의 추정)
img-reads-title = 분류기가 읽은 숫자
img-reads-finished = …완성된 이미지에서 읽은 숫자
img-confidence = 신뢰도 { $percent }%
img-frame-aria = 샘플링 step
img-no-chain = 아직 생성 과정 없음
img-film-title = 첫 이미지가 noise(왼쪽)에서 완성된 숫자로 바뀌어 가는 과정
img-verdict-uncond = 조건 없이 생성: 16장이 서로 다른 숫자 { $k }가지로 읽힌다.
img-verdict-hits = { $n }장 중 { $hits }장이 요청한 클래스로 읽힌다 (초록색).

# 무엇을 샘플링할지: 클래스, guidance, 샘플러; 긴 작업의 진행
img-class = 클래스
img-class-each = 0–9를 하나씩 차례로
img-class-none = 없음: 조건 없이 생성 (∅)
img-class-only = { $c }번 클래스만
img-guidance = guidance 세기 w
img-guidance-none = 조건 없는 이미지에는 영향이 없다: ε̂ = ε(x, ∅).
img-sampler = 샘플러
img-sampler-ddim = DDIM (더 적은 step)
img-sampler-ddpm = DDPM (1000 step 전부, ancestral 샘플링)
img-ddim-steps = DDIM step 수
img-eta = η (0: 결정적, 1: DDPM과 같음)
img-task-score = 샘플링하고 채점하는 중
img-task-denoise = noise를 걷어내는 중
img-task-progress = { $what }: 전체 { $total } step 중 { $done } step · { $seconds }초
img-task-left = 약 { $seconds }초 남음
img-cancel = 취소

# 채점표
img-measure-title = 얼마나 좋고, 얼마나 다양한가? IS와 FD에 해당하는 지표
img-measure-lede = 원문에서 소개한 지표를, Inception-v3 대신 이 페이지의 작은 숫자 분류기로 계산한다. 그래서 이 값은 대응 지표일 뿐, 논문에 발표된 IS나 FID 값과 견줄 수는 없다. IS 대응 지표 = exp(E KL(p(y|x) ‖ p(y))): 이미지 한 장 한 장이 분명히 한 숫자로 읽히고, 숫자들이 다양할수록 높다 (최대 10). FD 대응 지표: 샘플의 분류기 feature와 학습에 쓰지 않은 실제 숫자(MNIST) 1,000장의 feature에 각각 가우시안을 맞춘 뒤, 두 가우시안 사이의 Fréchet 거리를 잰다. 샘플이 품질과 다양성 모두에서 데이터를 닮을수록 낮다. 두 지표 모두 n에 따라 달라지므로, 실제 숫자와 순수한 noise도 같은 n으로 채점해 옆에 함께 둔다.
img-score-n = 샘플링할 이미지 수
img-measure = 샘플 { $n }장 측정 (w = { $w })
img-sweep = guidance 훑어보기: w = 0, 1, 2, 4
img-uses = 위에서 고른 클래스와 샘플러를 쓴다 ({ $class }, { $sampler }).
img-pick-each = 0–9 차례로
img-pick-none = 조건 없음
img-th-images = 이미지
img-th-is = IS 대응 지표 ↑
img-th-fd = FD 대응 지표 ↓
img-th-asked = 요청대로 읽힘
img-th-seen = 나타난 클래스 수
img-row-sampled = 샘플, w = { $w }
img-row-real = 실제 숫자 (같은 클래스)
img-row-noise = 순수한 noise
img-hist-sampled = 샘플
img-hist-real = 실제 숫자
img-hist-title = 분류기가 읽은 숫자: 이미지 { $n }장, { $classes }
img-classes-uncond = 조건 없음 (∅)
img-classes-one = 클래스 { $c }
img-classes-each = 0–9 차례로
img-history-title = 지금까지의 측정 (최신순)
img-th-classes = 클래스
img-th-sampler = 샘플러
img-th-model = 모델
img-th-asked-short = 요청대로
img-sweep-hint = w를 올리면 “요청대로 읽힘”과 IS는 올라가지만, 클래스 안의 다양성은 줄어든다. FD는 이 둘을 함께 따진다.

# 브라우저에서 학습
img-train-title = 브라우저에서 학습하기
img-train-lede = 여기 워커 안에서, 실제 학습용 숫자 8,000개(MNIST, 클래스 균형 batch)로 U-Net을 계속 학습한다. 기본 제공 가중치에서 이어 가도 되고, seed로 새로 뽑은 가중치에서 시작해도 된다. 매 step마다 batch에 대해 t와 ε를 뽑고, ‖ε − ε_θ(x_t, t, c)‖²에 대해 Adam step을 한 번 밟는다. 이때 15 %의 확률로 클래스 정보를 지워서 guidance가 계속 작동하게 한다. 기본 제공 모델은 네이티브 CPU에서 47분 동안 학습했다 (이미지 64장짜리 batch로 21,000 step). 여기 CPU 장치에서는 초당 10 step 정도를 예상하면 되므로, 처음부터 학습하려면 인내심이 필요하다.
img-train-batch = batch 크기
img-sample-with = 샘플링에 쓸 모델
img-use-shipped = 기본 제공 모델
img-use-trained = 여기서 학습한 모델 (EMA)
img-train-continue = ▶ 이어서 학습
img-train-continue-shipped = ▶ 기본 제공 모델에서 이어 학습
img-train-fresh = 처음부터 학습
img-train-info-fresh = 처음부터 { $steps } step · 초당 { $rate } step · loss { $loss } (최근 20개)
img-train-info-shipped = 기본 제공 모델 이후 { $steps } step · 초당 { $rate } step · loss { $loss } (최근 20개)
img-alt-xt = t = { $t }에서 이미지 { $n }장의 x_t
img-alt-reads = 분류기는 이것들을 { $classes }(으)로 읽습니다
img-alt-x0 = t = { $t }에서 이미지 { $n }장에 대한 모델의 추정 x̂_0
img-alt-strip = 이미지 한 장의 체인 { $frames }프레임, t = { $first }부터 t = 0까지
img-alt-grid = seed { $seed }로 고른 평가용 MNIST 숫자 { $n }개
img-alt-forward = t = { $t }까지 노이즈를 더한 숫자 { $n }개, 신호 { $signal }% 유지
img-alt-strip-upload = 올린 그림
img-alt-strip-digit = 숫자 하나
img-alt-forward-strip = t = 0부터 t = { $last }까지 { $frames }단계로 본 { $what }: 그림에서 노이즈로
