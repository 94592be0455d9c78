## 같은 숫자 페이지: 세 모델, 같은 숫자

lineup-intro = seed 문서가 시작하는 그림이다. GAN, VAE, diffusion 모델이 모두 같은 실제 손글씨 숫자 8,000개(MNIST)로 학습했고, 모두 어떤 숫자를 그릴지 듣고 같은 class를 그린다. 좋은 생성형 모델은 품질(샘플 하나하나가 진짜 숫자처럼 보임)과 다양성(샘플들이 진짜 숫자의 여러 모양을 함께 덮음)을 모두 갖춘다. 먼저 그림을 보고, 다음에 숫자를 보자.
lineup-title = 세 모델이 그린 같은 숫자
lineup-lede = 모델마다 고른 class를 고정된 seed로 16개씩 그린다. 마지막 열은 비교용 진짜 숫자 16개다. 각 그림 아래에는 분류기가 요청한 class로 읽은 개수와, 이 장치에서 16개를 그리는 데 걸린 시간이 있다.
lineup-loaded = 모델 불러옴: GAN 파라미터 { $gan }개, VAE { $vae }개, diffusion U-Net { $unet }개, 분류기까지 모두 { $kb } kB (f16).
lineup-pick-aria = 그릴 숫자 class
lineup-each = 0–9 하나씩
lineup-class = 클래스 { $c }
lineup-again = 다시 그리기
lineup-info = { $what }, seed { $seed }: 그리고 평가하는 데 { $seconds }초
lineup-progress = 샘플 { $total }개 중 { $done }개 그리는 중 ({ $who })…
lineup-judging = 샘플을 모두 그렸다: 분류기가 평가하는 중…
lineup-gan = GAN
lineup-vae = VAE
lineup-diffusion = Diffusion
lineup-real = 진짜 숫자 (MNIST)
lineup-one-pass = 네트워크를 한 번 통과
lineup-chain = DDIM, 잡음 제거 { $steps }단계, guidance w = { $w }
lineup-real-sub = 학습에 쓰지 않은 숫자, 기준 세트와 겹치지 않음
lineup-reads = { $n }개 중 { $hits }개를 요청한 class로 읽음
lineup-ms = 16개에 { $ms } ms
lineup-alt = { $who }: { $what } 샘플 { $n }개. 분류기는 { $reads }(으)로 읽는다.

lineup-table-title = 측정한 다양성
lineup-table-lede = 모델마다 샘플 { $n }개(위의 16개와 그 밖의 것)와 학습에 쓰지 않은 진짜 숫자(MNIST) { $n }개를, 같은 class의 또 다른 평가용 진짜 숫자 { $n }개에 대해 같은 방법으로 평가한다. 모두 분류기의 feature 공간에서 잰다. 진짜 숫자 열은 이 크기에서 "진짜만큼 좋다"가 어떤 값인지 보여 준다.
lineup-share = 요청대로 읽힘
lineup-share-hint = 분류기가 요청한 class로 읽은 비율
lineup-classes = 읽힌 class
lineup-classes-hint = 분류기가 샘플을 각 class로 읽은 개수, 많은 순 (0–9면 나타난 class 수와 한 class의 최소·최대 개수). 한 번도 나오지 않는 class는 잃어버린 mode다
lineup-classes-each = 10개 중 { $k }개, 각 { $lo }–{ $hi }개
lineup-spread = 퍼짐
lineup-spread-hint = 같은 class의 두 샘플 사이 평균 거리를 진짜 숫자의 것과 비교한 값 (1 = 진짜만큼 다양, 1보다 작으면 샘플끼리 너무 닮음)
lineup-precision = 정밀도 (precision)
lineup-precision-hint = 진짜 숫자들 사이에 들어가는 샘플의 비율 (k-NN, k = 3): "진짜처럼 보임"
lineup-recall = 재현율 (recall)
lineup-recall-hint = 샘플들 사이에 들어가는 진짜 숫자의 비율 (k-NN, k = 3): "다양성을 덮음"
lineup-is = IS 유사 지표
lineup-is-hint = class 하나면 1 근처가 맞다 (분명한 한 class). 0–9면 10 근처
lineup-fd = FD 유사 지표
lineup-fd-hint = feature의 Gaussian 근사와 진짜 숫자의 것 사이 Fréchet 거리 (낮을수록 가까움)
lineup-verdict-recall = 덮은 다양성 (recall): { $order }.
lineup-verdict-precision = 진짜 숫자처럼 보임 (precision): { $order }.
lineup-verdict-seed = seed 문서는 diffusion 모델의 샘플이 GAN의 것보다 다양하다고 말한다. 여기서 diffusion 모델의 recall은 { $d }, GAN은 { $g }: { $agree }
lineup-agrees = seed 문서의 말과 같다.
lineup-disagrees = 이번에 그린 것에서는 seed 문서의 말과 다르다. 다시 그리거나 다른 class를 골라 그래도 그런지 보자.
lineup-ties = 각각 샘플 100개로는 가르기 어려울 만큼 가깝다 (차이 0.05 미만). 여기서는 둘이 진짜 숫자의 다양성을 비슷하게 덮는다. 다시 그리거나 다른 class를 골라 그래도 그런지 보자.
lineup-verdict-real = 따로 뽑은 진짜 숫자는 이 크기에서 precision { $p }, recall { $r }: 다른 열을 읽을 기준이다.

## 숫자의 latent 평면
plane-title = 숫자의 latent 평면: VAE와 보통 autoencoder
plane-lede = 두 네트워크 모두 숫자 하나를 두 수, 곧 평면 위의 점 z로 줄이고, 평면의 어느 점이든 그림으로 되살린다. 점: 진짜 숫자 300개의 코드, class별 색, 각 class 숫자를 그 중심에 적었다. 뒤의 그림: 10×10 격자의 점을 decoder가 그린 것. 평면 위를 끌면 포인터 아래 점을 decode한다. seed 문서는 보통 autoencoder가 구멍, 곧 코드 사이에서 어떤 숫자로도 decode되지 않는 자리를 남기고, VAE의 KL 항이 모든 코드를 N(0, I) 쪽으로 당겨 구멍을 메운다고 말한다. 둘을 보고, 아래 숫자도 보자.
plane-working = 숫자를 encode하고 격자를 decode하는 중…
plane-vae2d = VAE (2차원 latent)
plane-ae2d = 보통 autoencoder (2차원 코드)
plane-vae2d-sub = KL 항과 함께 학습: 코드가 N(0, I) 쪽으로 당겨진다. 평면은 ±3σ까지
plane-ae2d-sub = 같은 네트워크, KL 항 없음: 코드는 복원에 좋은 곳 어디에나 놓인다
plane-alt = { $who }: decoder 격자 위에 class별 색으로 칠한 진짜 숫자 { $n }개의 코드. 포인터는 z = ({ $x }, { $y }).
plane-reads = z = ({ $x }, { $y })는 분류기가 { $class }(으)로 읽는 숫자로 decode된다 (확신 { $percent } %).
plane-stats = { $grid } 칸 중 { $empty } %에는 진짜 숫자의 코드가 없다. 격자 점의 { $sure } %가 p ≥ { $p }로 읽히는 숫자로 decode된다.

## 직접 숫자 그리기
pad-title = 직접 숫자 그리기
pad-lede = 마우스, 펜, 손가락으로 판에 그려 보자. 손을 떼면 분류기가 숫자를 읽고, 두 coder가 encode한다. 그 코드는 위 평면에 초록 점으로 나타나고 (VAE에는 1σ 타원도: VAE는 숫자를 점이 아니라 작은 구름으로 encode한다), 복원한 그림은 여기 나온다. 아래에서는 forward process가 닫힌 형태 식으로 그림에 noise를 더한다. schedule은 Diffusion 페이지에서 정한 것이다.
pad-empty = 판에 숫자를 그려 보자.
pad-reads = 분류기는 { $class }(으)로 읽는다 (확신 { $percent } %).
pad-clear = 지우기
pad-real = 진짜 숫자에서 시작
pad-recon-title = 복원: VAE, autoencoder
pad-recon-none = 아직 그린 것이 없어 복원한 것도 없다.
pad-recon-vae2d = VAE: { $class }(으)로 읽음 ({ $percent } %)
pad-recon-ae2d = autoencoder: { $class }(으)로 읽음 ({ $percent } %)
pad-forward-title = noise가 더해지는 그림: t = 0 … { $last }
pad-forward-alt = 깨끗한 그림부터 순수한 noise까지, forward process의 일곱 단계에서 본 그림.

## 두 샘플 사이를 걷기
walk-title = 두 샘플 사이를 걷기
walk-lede = 모델마다 첫 class의 샘플 하나와 둘째 class의 샘플 하나를 그리고, 그 사이를 걷는다. GAN은 noise z 안에서, VAE는 latent 코드 안에서, 두 코드 사이의 큰 원(Gaussian 코드가 주로 놓이는 곳)을 따라 걷고, class 라벨도 한쪽에서 다른 쪽으로 옮겨 간다. 각 장면 아래는 분류기가 읽은 것이다. 그림이 부드럽게 바뀌는가, 읽기는 어디서 뒤집히는가?
walk-from = 출발 class
walk-to = 도착 class
walk-again = 다른 샘플
walk-gan = GAN, z 안에서 걷기
walk-vae = VAE, latent 공간에서 걷기
walk-reads = 분류기가 읽은 것: { $reads }
walk-alt = 한 샘플에서 다른 샘플까지 아홉 장면. 분류기는 { $reads }(으)로 읽는다.
lineup-psi = latent 퍼짐 ψ (GAN과 VAE)
lineup-psi-hint = z ~ N(0, ψ²I). 1보다 작으면 GAN과 VAE가 중심에 더 가까운 코드를 뽑는다. 더 전형적인 숫자, 더 적은 다양성이다(truncation trick). 0이면 한 class의 샘플이 모두 같은 그림이 된다. mode collapse가 이렇게 보인다. 1보다 크면 학습 때 드물게 본 코드를 뽑는다. 퍼짐은 커지지만 진짜 숫자와는 덜 닮는다(precision이 떨어진다). diffusion 모델은 바뀌지 않는다.
lineup-verdict-copies = 거의 복사본: { $who } (한 class 안의 퍼짐, 진짜 숫자 = 1). 한 class의 샘플이 이만큼 닮은 것은 붕괴한 생성기가 그리는 모습이고, 잃은 다양성은 recall에 드러난다.
lineup-verdict-copies-psi = 여기서는 ψ = { $psi }가 만들었다. 모델이 학습한 것보다 좁은 Gaussian에서 코드를 뽑았기 때문이다.

## 여기서 학습해 보는 mode collapse (숫자 GAN을 페이지에서 이어서 학습한다)
dg-title = 여기서 직접 만드는 mode collapse
dg-lede = 위의 GAN을 브라우저에서 이어서 학습한다. 반복마다 D가 진짜 숫자와 G의 숫자를 가려내도록 배우고, 이어서 G가 새 D를 속이도록 배운다. 여기서는 G가 D에 비해 얼마나 빨리 배우는지를 정한다. 1(학습할 때의 값)이면 게임이 균형을 유지한다. G를 훨씬 빠르게 하면 G는 지금의 D가 가장 좋아하는 것을 D가 대응하는 것보다 빨리 쫓아가고, 모든 클래스가 한 이미지로 무너진다: mode collapse다. 샘플, 측정값, 읽힌 클래스를 학습을 시작한 때와 나란히 지켜보자.
dg-ratio = G의 학습률 ÷ D의 학습률
dg-ratio-hint = D는 2·10⁻⁴로 배우고 G는 그 몇 배로 배운다. 실제 숫자로 학습해 배포된 GAN에서 측정한 결과: 9 이하에서는 200번 반복 동안 건강하게 유지되었고, 10에서는 seed 두 개 중 하나에서 무너졌으며, 12, 15, 20에서는 시험한 모든 seed에서 30번 반복 안에 무너졌다. 바꾼 값은 학습 중에도 다음 반복부터 적용된다.
dg-train-shipped = ▶ 배포된 GAN에서 학습
dg-continue = ▶ 계속
dg-train-fresh = 새 가중치로 시작
dg-info-shipped = 배포된 GAN에서 반복 { $steps } · 초당 { $rate }회 · G는 D의 { $ratio }배 속도
dg-info-fresh = 새 가중치에서 반복 { $steps } · 초당 { $rate }회 · G는 D의 { $ratio }배 속도
dg-info-none = 아직 여기서 학습하지 않았다: 학습을 누르면 GAN, 분류기, 학습에 쓸 실제 숫자(처음에 약 1.9 MB, 그 뒤 오프라인용으로 보관)를 받아 시작한다.
dg-meter = 요청한 클래스로 읽힘 { $read } % · 퍼짐 { $spread } · 10개 중 { $classes }개 클래스가 읽힘
dg-verdict-start = 시작할 때(반복 0): { $now }. 진짜 숫자의 퍼짐은 1이다.
dg-verdict-healthy = 반복 { $step }: { $now }. 시작할 때: { $start }. 무너지지 않았다: 각 클래스가 여전히 다양하다(퍼짐 0.5 이상).
dg-verdict-collapsed = 반복 { $step }에서 무너졌다: { $now } (시작할 때: { $start }). 모든 클래스가 한 이미지의 거의 같은 복사본을 그리고, 분류기는 그것을 모두 같은 몇 개의 클래스로 읽는다: 아래의 빈 막대가 잃어버린 mode다.
dg-verdict-blank = 반복 { $step }에서 무너졌다: { $now } (시작할 때: { $start }). 이제 G는 모든 잡음 z와 모든 클래스에 같은 빈 페이지를 그리고(잉크가 시작할 때의 { $ink } %), 분류기는 그 페이지를 한 숫자로 읽는다: 아래의 빈 막대가 잃어버린 mode다. G는 D가 아직 거부하지 않는 출력 하나를 찾아 더 이상 바뀌지 않는다. (더 약한 형태, 진짜 같은 숫자 하나의 거의 같은 복사본은 위에서 ψ = 0이 보여 준다.)
dg-grid-start = 학습을 시작한 때
dg-grid-now = 지금 (반복 { $step })
dg-grid-alt = 고정된 잡음에서 뽑은 숫자 클래스별 샘플 여섯 개, 한 행에 한 클래스, 지금의 GAN이 그린 것.
dg-grid-caption = 클래스마다 샘플 여섯 개, 위에서부터 0부터 9까지. 반복마다 같은 잡음 z를 쓰므로 여기서 보이는 변화는 모델의 변화다.
dg-chart-read = 요청한 클래스로 읽힘
dg-chart-spread = 클래스 안의 퍼짐
dg-chart-meter = 측정값 (점선: 0.5, 아래는 거의 같은 복사본)
dg-bars-start = 시작할 때
dg-bars-now = 지금
dg-chart-bars = 샘플 200개가 읽힌 클래스 (클래스마다 20개 요청)

dv-title = 여기서 직접 학습하는 latent 평면
dv-lede = 위의 2차원 VAE를 브라우저에서 이어서 학습한다. loss에는 두 항이 있다: 코드에서 각 숫자를 얼마나 못 복원하는지, 그리고 β 곱하기 KL 항, 곧 각 숫자의 코드 분포 q(z | x)가 페이지가 샘플을 뽑는 prior N(0, I)에서 얼마나 먼지. 여기서 β를 정한다. 1(ELBO, 학습할 때의 값)이면 코드가 prior의 정사각형을 채운다. 0이면 코드를 모으는 힘이 없다: autoencoder의 loss다. β가 크면 모든 코드가 가운데로 당겨지고 decoder는 흐릿한 평균 숫자를 그린다. 새 가중치로 시작하면 평면이 생겨나는 것을 볼 수 있다.
dv-beta = KL 가중치 β
dv-beta-hint = 실제 숫자로 새 가중치에서 600 step에 측정한 결과: β = 1은 KL 4.8, 평면에 클래스 4개가 나타났고, β = 8은 KL 1.8, 클래스 2개였으며 재구성도 더 나빴다 (162 대 179 nats). 바꾼 값은 학습 중에도 다음 step부터 적용된다.
dv-train-shipped = ▶ 배포된 VAE에서 학습
dv-info-shipped = 배포된 VAE에서 step { $steps } · 초당 { $rate } step · β = { $beta }
dv-info-fresh = 새 가중치에서 step { $steps } · 초당 { $rate } step · β = { $beta }
dv-info-none = 아직 여기서 학습하지 않았다: 학습을 누르면 VAE, 분류기, 학습에 쓸 실제 숫자(처음에 약 1.9 MB, 그 뒤 오프라인용으로 보관)를 받아 시작한다.
dv-kl-none = 아직 측정 전
dv-meter = 정사각형 칸의 { $empty } %에 코드가 없다 · 격자의 { $sure } %가 확실한 숫자로 decode된다(클래스 { $classes }개) · 코드의 { $outside } %가 정사각형 밖 · KL { $kl }
dv-verdict-start = 시작할 때(step 0): { $now }.
dv-verdict = step { $step }: { $now }. 시작할 때: { $start }.
dv-plane-now = 지금 (step { $step })
dv-plane-alt = step { $step }의 latent 평면: decoder가 그린 코드 격자 위에 class별 색으로 칠한 진짜 숫자 { $n }개의 코드.
dv-plane-caption = prior의 정사각형, 두 축 모두 ±3σ, 페이지가 샘플을 뽑는 곳. 점: 진짜 숫자 300개의 코드 μ(x), class별 색, 각 class 숫자를 그 평균에 적었다. 뒤: { $grid } 코드 격자를 decoder가 그린 것. 분류기가 p ≥ { $p }를 주면 확실한 숫자로 센다.
dv-chart-meter = 평면 (비율)
dv-chart-empty = 빈 칸
dv-chart-sure = 확실한 숫자
dv-chart-outside = 밖의 코드
dv-chart-recon = 복원 항 (숫자당 nats)
dv-chart-kl = KL 항 (숫자당 nats)
dv-chart-recon-short = 복원
dv-chart-kl-short = KL
